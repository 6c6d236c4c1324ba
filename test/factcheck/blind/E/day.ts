export const day = 'chop';
