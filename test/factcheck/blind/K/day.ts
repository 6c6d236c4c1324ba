export const day = 'altseason';
