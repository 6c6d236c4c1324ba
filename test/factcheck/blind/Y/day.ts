export const day = 'decouple';
