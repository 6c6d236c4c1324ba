export const day = 'ethdump';
