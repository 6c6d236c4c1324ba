export const day = 'flush';
