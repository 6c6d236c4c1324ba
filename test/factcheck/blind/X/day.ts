export const day = 'spotlight';
