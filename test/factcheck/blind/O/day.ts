export const day = 'meltup';
