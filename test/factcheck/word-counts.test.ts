/**
 * Counts of movers written in words and the groups they count (issue 12: the words voice of corpora A-R missed
 * `nineteen rose and eleven fell`, `only five fell`, `six rose and four fell` as no claim at all, while `19 rose` was
 * read). Sentences written for the test on the rally day: 27 of 30 assets up and 3 down (ARB, OP and SHIB), Layer 1 10
 * of 10 up, Layer 2 2 up and 2 down, memes 3 up and 1 down, 5 of the 6 sectors up (Layer 2 down).
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { daySheet } from './blind/score.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('counts of movers in words', () => {
  it('`twenty-seven rose and three fell`, `just one fell`: a number word before a word of moving is a count', () => {
    const text = 'Across the market, twenty-seven rose and three fell.';
    expect(verdictsAt(text, 'twenty-seven')).toEqual(['supported']);
    expect(verdictsAt(text, 'three')).toEqual(['supported']);
    const wrong = 'Across the market, nineteen rose and eleven fell.';
    expect(verdictsAt(wrong, 'nineteen')).toEqual(['contradicted']);
    expect(verdictsAt(wrong, 'eleven')).toEqual(['contradicted']);
    expect(verdictsAt('The watchlist was green and just one fell.', 'one')).toEqual(['contradicted']);
    expect(verdictsAt('Only three of them slipped; the other twenty-seven all rose.', 'twenty-seven')).toEqual([
      'supported',
    ]);
  });
  it('`**five** gainers`: the number’s own emphasis does not hide the counted noun', () => {
    expect(verdictsAt('### Layer 1\n\nThe group had **ten** gainers.', 'ten')).toEqual(['supported']);
    expect(verdictsAt('### Layer 1\n\nThe group had **five** gainers.', 'five')).toEqual(['contradicted']);
  });
  it('a pool is no count of movers: `none of the four rose`, `all but three rose`, `of those thirty`', () => {
    // (Layer 1's ten all rose: a `four` or `ten` read as movers would be contradicted or bound to the wrong group)
    expect(verdictsAt('Layer 2 slipped, and only two of the four rose.', 'four')).not.toContain('contradicted');
    expect(verdictsAt('Every asset on the watchlist but three rose.', 'three')).not.toContain('contradicted');
    expect(verdictsAt('Twenty-seven of those thirty rose.', 'thirty')).not.toContain('contradicted');
  });
  it('`the thirty coins we watch`: the watchlist named as the pool, and the counts after it are the market’s', () => {
    // (a sector named in the sentence before must not take the count)
    const text = 'Layer 1 rose 3.9%. Across the thirty coins we watch, twenty-seven rose.';
    expect(verdictsAt(text, 'thirty')).toEqual(['supported']);
    expect(verdictsAt(text, 'twenty-seven')).toEqual(['supported']);
    expect(verdictsAt(text.replace('twenty-seven', 'nineteen'), 'nineteen')).toEqual(['contradicted']);
  });
  it('a count with no group of its own counts in the group of the count before it in its sentence', () => {
    const text = 'DePIN rose 5.4%. Twenty-seven of the thirty coins finished higher, and only three slipped.';
    expect(verdictsAt(text, 'three')).toEqual(['supported']);
    expect(verdictsAt(text.replace('three slipped', 'four slipped'), 'four')).toEqual(['contradicted']);
  });
  it('movers listed after or before a count name its group: the one sector holding them all, else the watchlist', () => {
    expect(verdictsAt('Only three fell: Arbitrum, Optimism and Shiba Inu.', 'three')).toEqual(['supported']);
    expect(verdictsAt('Only two fell: Arbitrum and Optimism.', 'two')).toEqual(['supported']);
    const before = 'Arbitrum (-1.9%) and Optimism (-2.4%) down, Immutable and Polygon up: two up, two down.';
    expect(verdictsAt(before, 'two up')).toEqual(['supported']);
    expect(verdictsAt(before.replace('two up', 'three up'), 'three up')).toEqual(['contradicted']);
  });
  it('`Of the six sectors, five rose and one fell`: counts after a pool of sectors count sectors', () => {
    const text = 'Of the six sectors, five rose and one fell.';
    expect(verdictsAt(text, 'six')).toEqual(['supported']);
    expect(verdictsAt(text, 'five')).toEqual(['supported']);
    expect(verdictsAt(text, 'one')).toEqual(['supported']);
    const wrong = 'Of the six sectors, four rose and two fell.';
    expect(verdictsAt(wrong, 'four')).toEqual(['contradicted']);
    expect(verdictsAt(wrong, 'two')).toEqual(['contradicted']);
    expect(verdictsAt('Summary: five sectors up, one down.', 'one')).toEqual(['supported']);
    expect(verdictsAt('Summary: two sectors up, four down.', 'four')).toEqual(['contradicted']);
  });
  it('`less than half of Solana’s.`: a part of another figure left unsaid is a comparison no fact states', () => {
    const text = 'Bitcoin’s volatility is now **less than half** of Solana’s. Half of the memecoins rose.';
    expect(verdictsAt(text, 'half')).toEqual(['unsupported']);
    // (a share of a group stays one)
    expect(verdictsAt(text, 'Half')).not.toContain('unsupported');
  });
  it('`a quarter of the memecoins declined` is a share of a group, not a window of three months', () => {
    const text = 'A quarter of the memecoins declined, while Layer 1 was unanimous: ten up, none down.';
    expect(verdictsAt(text, 'A quarter')).toEqual(['supported']);
    expect(verdictsAt(text, 'ten')).toEqual(['supported']);
  });
  it('a fraction of its value is a round figure: `a quarter` is 25 % give or take a twentieth of it', () => {
    // the flush day: PEPE -24.39 % and WIF -25.62 % over 30 days
    const sheet = daySheet('flush');
    const verdict = (markdown: string) =>
      checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow: '24h' }).claims.map((c) => c.verdict);
    expect(verdict('Pepe has lost a quarter of its value this month.')).toEqual(['supported']);
    expect(verdict('Dogwifhat has lost a third of its value this month.')).toEqual(['contradicted']);
  });
});
