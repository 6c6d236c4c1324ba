/**
 * The general rules added after the held-out corpus run (docs/factcheck.md "Held-out corpus"), one small
 * case each, checked against the fixtures-day facts (BTC -2.07% 24h, ETH OI $5.14B / -4.6% 24h, 28 of 30
 * assets down, SOL funding APR 4.16%, AXS/GALA, market funding +0.0054%/8h, HNT +2.38%, ARB $0.2981).
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { readNumbers } from '../../src/factcheck/read/read-numbers.ts';
import { withinTolerance } from '../../src/factcheck/facts/tolerance.ts';
import { fixtureSheet } from './fixture-sheet.ts';

const sheet = fixtureSheet();
const verdictOf = (markdown: string, figure: string) => {
  const at = markdown.indexOf(figure);
  const claim = checkBrief({ markdown, sheet, registry: defaultRegistry }).claims.find(
    (c) => c.span[0] < at + figure.length && c.span[1] > at,
  );
  return claim?.verdict ?? 'none';
};

describe('number words', () => {
  it('reads compound number words, words with percent, and words with a scale', () => {
    const [n] = readNumbers('Twenty-eight of the thirty assets');
    expect([n!.value, n!.denominator, n!.text]).toEqual([28, 30, 'Twenty-eight of the thirty']);
    expect(readNumbers('slid two percent').map((r) => [r.value, r.unit])).toEqual([[2, 'pct']]);
    expect(readNumbers('three trillion dollars').map((r) => [r.value, r.unit])).toEqual([[3e12, 'usd']]);
    expect(readNumbers('29.8 cents').map((r) => [r.value, r.unit])).toEqual([[0.298, 'usd']]);
  });

  it('gives them verdicts like digits', () => {
    expect(verdictOf('Bitcoin slid two percent on the day.', 'two percent')).toBe('supported');
    expect(verdictOf('Bitcoin slid twenty percent on the day.', 'twenty percent')).toBe('contradicted');
    expect(verdictOf('Five watchlist assets rose over 24 hours.', 'Five')).toBe('contradicted');
    expect(verdictOf('Twenty-eight of the thirty assets we track fell over the past day.', 'Twenty-eight')).toBe(
      'supported',
    );
  });
});

describe('claim context', () => {
  it('a bare subject clause keeps the metric of the clause before', () => {
    const text = 'BTC perp OI: $8.92B (-3.8% d/d); ETH: $5.14B (-4.6%).';
    expect(verdictOf(text, '$5.14B')).toBe('supported');
    expect(verdictOf(text, '-4.6%')).toBe('supported');
    expect(verdictOf('BTC perp OI: $8.92B; ETH: $6.14B.', '$6.14B')).toBe('contradicted');
  });

  it("a window in a later clause with its own verb is not the earlier figure's", () => {
    expect(
      verdictOf('It fell 3.1% to $3,413 and is now down 10.6% on the week.'.replace('It', 'Ethereum'), '3.1%'),
    ).toBe('supported');
    // an elliptical tail still lends its window: BTC fell 4.95% over 7 days, 2.07% over 24h
    expect(verdictOf('Bitcoin fell 2.1% and Ether 10.6% over the week.', '2.1%')).toBe('contradicted');
  });

  it('`of the 30 assets` is the pool, `ticked up to` is not a bound, `-weighted` is not a metric', () => {
    expect(verdictOf('Of the 30 assets on our watchlist, 28 finished in the red.', '30')).toBe('supported');
    expect(verdictOf('Of the 40 assets on our watchlist, 28 finished in the red.', '40')).toBe('contradicted');
    expect(verdictOf('Bitcoin dominance ticked up to 62.9%.', '62.9%')).toBe('supported');
    expect(verdictOf('Funding, at 0.0054% per 8h on an open-interest-weighted basis, is positive.', '0.0054%')).toBe(
      'supported',
    );
    expect(verdictOf('Solana funding annualizes to 4.2%.', '4.2%')).toBe('supported');
  });

  it('pronoun subjects, partitive groups and `respectively` pick the right entity', () => {
    expect(
      verdictOf('Helium bucked the trend. It rose 2.4% over the day, one of only two watchlist gainers.', '2.4%'),
    ).toBe('supported');
    expect(verdictOf('XRP is the only one of the Layer 1s to gain, at 0.94%.', '0.94%')).toBe('supported');
    expect(verdictOf('NEAR Protocol was the weakest L1 over the day at -2.1%.', '-2.1%')).toBe('contradicted');
    expect(verdictOf('Helium and XRP were the only gainers, up 2.4% and 0.9% respectively.', '2.4%')).toBe('supported');
    expect(verdictOf('Helium and XRP were the only gainers, up 0.9% and 2.4% respectively.', '2.4%')).toBe(
      'contradicted',
    );
  });

  it('a distance to a level is unsupported; a source figure needs the outlet when no entity is named', () => {
    expect(verdictOf('Bitcoin remains roughly 10% below its 30-day swing high.', '10%')).toBe('unsupported');
    expect(verdictOf("Starknet's STRK dropped 9% on the day, traders said.", '9%')).toBe('unsupported');
  });
});

describe('bounds follow the documented tolerance', () => {
  it('more than X allows at most 1.5x, less than X at least X/1.5, without extra rounding slack', () => {
    expect(withinTolerance(6, 0.5, 9.5, 'more-than', false)).toBe(false); // the documented example
    expect(withinTolerance(6, 0.5, 6.1, 'more-than', false)).toBe(true);
    expect(withinTolerance(5, 0.5, 3.08, 'less-than', false)).toBe(false);
    expect(withinTolerance(4, 0.5, 3.62, 'less-than', false)).toBe(true);
  });
});
