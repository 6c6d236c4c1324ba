export const day = 'rebound';
