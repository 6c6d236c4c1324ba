export const day = 'rotation';
