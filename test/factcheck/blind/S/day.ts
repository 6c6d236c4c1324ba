export const day = 'mania';
