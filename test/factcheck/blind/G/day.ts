export const day = 'squeeze';
