/**
 * Classes found in blind corpus T's disagreements (issue 12, the rollup day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: SOL $171.36, +5.41 %; memes +1.82 % with SHIB -0.58 % its only loser; AI
 * +9.2 % with VIRTUAL +14.27 % its best; CoinDesk's headline `U.S. Spot Bitcoin ETFs Draw $612M in Net Inflows`).
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { daySheet } from './blind/score.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus T classes', () => {
  it('an outlet’s figure is sourced though the paragraph before spoke of another asset', () => {
    // (the rally day has no headline figure of that kind filed under an asset: this one is on the rollup day, whose
    // Decrypt headline `Lending Protocol on a Layer-2 Network Drained of $18 Million` is filed under the rollups)
    const sheet = daySheet('rollup');
    const verdict = (markdown: string) =>
      checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow: '24h' }).claims.at(-1)?.verdict;
    const text = 'Ether rose 4.8%. Decrypt said a lending protocol was drained of $18 million.';
    expect(verdict(text)).toBe('supported-by-source');
    // (a figure no headline carries stays unsupported, and an unnamed outlet attributes nothing)
    expect(verdict(text.replace('$18 million', '$28 million'))).toBe('unsupported');
    expect(verdict(text.replace('Decrypt said', 'Reports said'))).toBe('unsupported');
  });
  it('`$171.40`: a price of ten dollars or more written to cents with a last zero holds its dimes only', () => {
    expect(verdictsAt('Solana added 5.4% to $171.40.', '$171.40')).toEqual(['supported']);
    expect(verdictsAt('Solana added 5.4% to $181.40.', '$181.40')).toEqual(['contradicted']);
    // (cents that are not a zero keep their precision)
    expect(verdictsAt('Solana added 5.4% to $171.31.', '$171.31')).toEqual(['contradicted']);
  });
  it('a figure read as the sector’s that is its named best or worst member’s is that member’s', () => {
    expect(verdictsAt('Memes rose 1.8%, with only Shiba Inu lower (-0.6%).', '-0.6%')).toEqual(['supported']);
    expect(verdictsAt('AI tokens jumped 9.2%, led by Virtuals, up 14.3%.', '14.3%')).toEqual(['supported']);
    // (the member must be named, and the figure must be its)
    expect(verdictsAt('Memes rose 1.8%, with only Shiba Inu lower (-2.6%).', '-2.6%')).toEqual(['contradicted']);
    expect(verdictsAt('AI tokens jumped 9.2%, led by the agents, up 14.3%.', '14.3%')).not.toEqual(['supported']);
  });
});
