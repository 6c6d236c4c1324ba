/**
 * Classes found in blind corpus E's disagreements (issue 12), each tested on sentences written for the test, not
 * copied from the corpus. Checked on the rally day: BTC $112,486 (+3.84% 24h); ETH $3,987.42 (+4.62%); SOL $171.36;
 * ADA $0.5873; DOGE $0.18412.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('a symbol written in lower or title case (edited copy)', () => {
  it('`sol`, `Eth`, `ada`, `doge` name their asset when the symbol is no word', () => {
    expect(verdictsAt('Late on, sol traded at $171.36.', '$171.36')).toEqual(['supported']);
    expect(verdictsAt('Late on, sol traded at $181.36.', '$181.36')).toEqual(['contradicted']);
    expect(verdictsAt('Eth gained 4.6% over the day.', '4.6%')).toEqual(['supported']);
    expect(verdictsAt('Eth gained 7.6% over the day.', '7.6%')).toEqual(['contradicted']);
    expect(verdictsAt('In the afternoon ada changed hands at $0.5873.', '$0.5873')).toEqual(['supported']);
    expect(verdictsAt('Meanwhile doge sat at $0.1841.', '$0.1841')).toEqual(['supported']);
  });
});
