export const day = 'bleed';
