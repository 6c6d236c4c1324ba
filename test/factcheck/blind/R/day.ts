export const day = 'breakdown';
