/**
 * Mechanisms the session review of 7 December asked to change (issue 12), each tested on sentences written for the
 * test on the rally day (L2 -0.44 % on 24h, BTC +3.84 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('review classes', () => {
  it('`quarter` is three months only after a window lead, anywhere else it is a share', () => {
    // (`a little more than a quarter` later in the sentence is a share: it sets no window for the L2 figure)
    const share = 'Layer 2 tokens slipped a bit under half a per cent, and Shiba Inu a little more than a quarter.';
    expect(verdictsAt(share, 'half a per cent')).toEqual(['supported']);
    // (`this quarter`, `the second quarter`, `a quarter ago`: three months, a window no fact covers)
    for (const lead of ['this quarter', 'over the second quarter', 'since a quarter ago'])
      expect(verdictsAt(`Layer 2 tokens slipped a bit under half a per cent ${lead}.`, 'half a per cent')).toEqual([
        'unsupported',
      ]);
  });
});
