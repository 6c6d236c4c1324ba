/**
 * Classes found in blind corpus V's disagreements (issue 12, the rebound day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC $112,486, 24h low $108,050; BTC dominance 62.1 %; 27 of 30 up).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus V classes', () => {
  it('`up to` is the value reached unless a word that takes a bound stands before it', () => {
    expect(verdictsAt('btc dom up to 62.1% today', '62.1%')).toEqual(['supported']);
    expect(verdictsAt('btc dom up to 66.1% today', '66.1%')).toEqual(['contradicted']);
    expect(verdictsAt('went to bed early, woke up to $BTC at 112.5k', '112.5k')).toEqual(['supported']);
    expect(verdictsAt('went to bed early, woke up to $BTC at 118.5k', '118.5k')).toEqual(['contradicted']);
    // (`a dominance of up to 70%`: a bound, which 62.1 % meets)
    expect(verdictsAt('Bitcoin holds a dominance of up to 70%.', '70%')).toEqual(['supported']);
  });
});
