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
  it('counts of movers over the list: `only 3 decliners on the list`, `Advancers beat decliners 27 to 3`', () => {
    const lead = 'Layer 1 rose 3.9%. A broad rally, with only ';
    expect(verdictsAt(`${lead}3 decliners on the list.`, '3 decliners')).toEqual(['supported']);
    expect(verdictsAt(`${lead}5 decliners on the list.`, '5 decliners')).toEqual(['contradicted']);
    // (`beat`, `led`, `topped` pair the two counts in order, as `outnumbered` does)
    const beat = 'Gaming rose 6.1%. Advancers beat decliners 27 to 3 across the list.';
    expect(verdictsAt(beat, '27')).toEqual(['supported']);
    expect(verdictsAt(beat, '3 across')).toEqual(['supported']);
    expect(verdictsAt(beat.replace('27 to 3', '25 to 5'), '25')).toEqual(['contradicted']);
    // (the pool itself still reads as the pool: `27 tracked on the list`)
    expect(verdictsAt('All 30 coins on the list were priced.', '30')).toEqual(['supported']);
  });
  it('`Market capitalization total 3.6 trn USD, +3.7% in day`: `total` right before a figure is the market', () => {
    const text = '- ETH +4.6%.\n- Market capitalization total 3.6 trn USD, +3.7% in day.';
    expect(verdictsAt(text, '3.6 trn USD')).toEqual(['supported']);
    expect(verdictsAt(text, '+3.7%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+3.7%', '+4.7%'), '+4.7%')).toEqual(['contradicted']);
  });
});
