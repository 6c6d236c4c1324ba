export const day = 'grind';
