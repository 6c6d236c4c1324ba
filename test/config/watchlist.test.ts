import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { registrySchema } from '../../src/domain/registry.ts';

// The default registry is a plain constant (not parsed at import, to keep CLI starts and cold isolates cheap):
// this is where it is validated.
describe('defaultRegistry', () => {
  it('is a valid registry, returned unchanged by registrySchema.parse (nothing stripped or defaulted)', () => {
    const parsed = registrySchema.parse(defaultRegistry);
    expect(parsed).toStrictEqual(defaultRegistry);
  });

  it('the schema it is checked with refuses a sector member that is not an asset', () => {
    const broken = { ...defaultRegistry, sectors: [{ ...defaultRegistry.sectors[0]!, members: ['btc', 'nope'] }] };
    expect(registrySchema.safeParse(broken).success).toBe(false);
  });
});
