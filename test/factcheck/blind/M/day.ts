export const day = 'whipsaw';
