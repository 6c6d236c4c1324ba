export const day = 'solstorm';
