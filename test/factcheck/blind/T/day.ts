export const day = 'rollup';
