export const day = 'day';
