export const day = 'drift';
