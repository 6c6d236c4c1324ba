export const day = 'doldrums';
