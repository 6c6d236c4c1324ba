export const day = 'capitulation';
