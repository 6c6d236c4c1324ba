import { describe, expect, it } from 'vitest';
import { verifyTokenEquals } from '../../src/http/require-bearer.ts';

describe('verifyTokenEquals', () => {
  it('is true only for the identical string', async () => {
    expect(await verifyTokenEquals('secret-token', 'secret-token')).toBe(true);
    expect(await verifyTokenEquals('secret-tokeN', 'secret-token')).toBe(false);
    expect(await verifyTokenEquals('secret', 'secret-token')).toBe(false);
    expect(await verifyTokenEquals('', 'secret-token')).toBe(false);
  });
});
