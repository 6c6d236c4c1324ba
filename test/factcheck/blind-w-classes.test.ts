/**
 * Classes found in blind corpus W's disagreements (issue 12, the fakeout day), each tested on sentences written for
 * the test on ANOTHER day (the rally day unless a test names another).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

const whipsaw = (text: string, find: string) => verdictsAt(text, find, '24h', 'whipsaw');

describe('corpus W classes', () => {
  it('a point the day passed: `after an early spike to`, `after printing ... overnight`, `wicked to X then dumped to Y`', () => {
    // (whipsaw day: BTC $108,450, its 24h high $111,921 and low $104,130)
    const spike = 'Bitcoin closed at $108,450 after an early spike to $111,921.';
    expect(whipsaw(spike, '$111,921')).toEqual(['supported']);
    expect(whipsaw(spike.replace('$111,921', '$113,921'), '$113,921')).toEqual(['contradicted']);
    // (a spike reaches the high, never the low)
    expect(whipsaw(spike.replace('$111,921', '$104,130'), '$104,130')).toEqual(['contradicted']);
    const push = 'Bitcoin sits near $108,450 after a brief push to roughly one hundred and twelve thousand.';
    expect(whipsaw(push, 'one hundred and twelve thousand')).toEqual(['supported']);
    const printed = 'After printing $104,130 overnight, bitcoin climbed back to $108,450.';
    expect(whipsaw(printed, '$104,130')).toEqual(['supported']);
    expect(whipsaw(printed.replace('$104,130', '$101,130'), '$101,130')).toEqual(['contradicted']);
    expect(whipsaw('$BTC wicked to 111.9k then dumped to 108.4k', '111.9k')).toEqual(['supported']);
    expect(whipsaw('$BTC wicked to 115.9k then dumped to 108.4k', '115.9k')).toEqual(['contradicted']);
  });
});
