export const day = 'fakeout';
