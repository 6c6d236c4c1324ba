/**
 * Defects a code review found on the fixtures day (facts from `npm run -s cli -- metrics`): the funding
 * payer/receiver sign, price vs a named level (swing / support / resistance), member superlatives, and a
 * linear-time number scan. Expected verdicts come from the facts, not from checker output:
 * BTC funding +0.0062% (longs pay shorts), DOGE funding -0.0041% (shorts pay longs), market average +0.0054%;
 * BTC price $103,812 vs 30-day swing low $104,565 (below it), swing high $115,683, support $100K, resistance $105K;
 * AI sector 24h: best member GRT -5.62%, worst VIRTUAL -8.84%; 7d worst RENDER.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { readNumbers } from '../../src/factcheck/read/read-numbers.ts';
import { fixtureSheet } from './fixture-sheet.ts';

const sheet = fixtureSheet();
const check = (markdown: string) => checkBrief({ markdown, sheet, registry: defaultRegistry });
/** Verdicts of the claims whose text overlaps `find` (first occurrence). */
const verdictsAt = (markdown: string, find: string) => {
  const at = markdown.indexOf(find);
  if (at === -1) throw new Error(`${find} not in text`);
  return check(markdown)
    .claims.filter((c) => c.span[0] < at + find.length && c.span[1] > at)
    .map((c) => c.verdict);
};
const flagged = (v: string[]) => v.some((x) => x === 'contradicted' || x === 'unsupported');

describe('funding payer / receiver sign', () => {
  it('positive funding: longs pay shorts, so "shorts are paying longs" is contradicted', () => {
    const wrong = 'Bitcoin perpetual funding is 0.006% per 8h, so shorts are paying longs.';
    expect(verdictsAt(wrong, 'shorts are paying longs')).toEqual(['contradicted']);
    expect(check(wrong).ok).toBe(false);
    const right = 'Bitcoin perpetual funding is 0.006% per 8h, so longs are paying shorts.';
    expect(verdictsAt(right, 'longs are paying shorts')).toEqual(['supported']);
    expect(check(right).ok).toBe(true);
  });

  it('negative funding (DOGE): shorts pay longs', () => {
    expect(verdictsAt('On Dogecoin perps, shorts pay longs.', 'shorts pay longs')).toEqual(['supported']);
    expect(verdictsAt('On Dogecoin perps, longs pay shorts.', 'longs pay shorts')).toEqual(['contradicted']);
  });

  it('no asset named: the market average decides; receivers count too', () => {
    expect(
      verdictsAt('Across venues, longs are paying shorts to hold their positions.', 'longs are paying shorts'),
    ).toEqual(['supported']);
    expect(
      verdictsAt('Across venues, shorts collect funding from longs.', 'shorts collect funding from longs'),
    ).toEqual(['supported']);
    expect(
      verdictsAt('Across venues, longs collect funding from shorts.', 'longs collect funding from shorts'),
    ).toEqual(['contradicted']);
  });

  it('words that only look alike make no claim', () => {
    expect(check('Traders held longs as long as the bid held; shorts were scarce.').claims).toEqual([]);
  });
});

describe('price vs a named level', () => {
  it('the 30-day swing low: BTC at $103.8K is below $104.6K', () => {
    expect(verdictsAt('Bitcoin trades above its 30-day swing low of $104.6K.', '$104.6K')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin trades below its 30-day swing low of $104.6K.', '$104.6K')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin trades at $103,812, above its 30-day swing low of $104.6K.', '$104.6K')).toEqual([
      'contradicted',
    ]);
  });

  it('the 30-day swing high and the 24h low', () => {
    expect(verdictsAt('Bitcoin sits over its 30-day swing high of $115.7K.', '$115.7K')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin remains well below its 30-day high of $115.7K.', '$115.7K')).toEqual(['supported']);
    expect(verdictsAt('BTC slipped under its 24h low of $103.2K.', '$103.2K')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin is above its 24h low of $103,195.', '$103,195')).toEqual(['supported']);
  });

  it('support and resistance, with the level before or after the figure', () => {
    expect(verdictsAt('Bitcoin trades above support at $100,000.', '$100,000')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin trades below support at $100,000.', '$100,000')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin trades above resistance at $105,000.', '$105,000')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin trades below the $105,000 resistance.', '$105,000')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin trades above the $100,000 support.', '$100,000')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin trades above the $105,000 resistance.', '$105,000')).toEqual(['contradicted']);
  });

  it('a level as the subject states no price relation', () => {
    // the 24h high ($106.8K) is above resistance ($105K) although the price is not
    expect(check("Bitcoin's 24h high of $106.8K sits above resistance at $105,000.").ok).toBe(true);
  });

  it('a wrong level value is still contradicted whatever the relation', () => {
    expect(verdictsAt('Bitcoin trades below its 30-day swing low of $108.6K.', '$108.6K')).toEqual(['contradicted']);
  });
});

describe('member superlatives against the sector best / worst facts', () => {
  it('GRT was the smallest AI drop over 24h, VIRTUAL the steepest', () => {
    const wrong = 'The Graph (GRT) fell 5.6% over 24h, the steepest drop among the AI tokens.';
    expect(flagged(verdictsAt(wrong, 'steepest drop'))).toBe(true);
    expect(check(wrong).ok).toBe(false);
    expect(check('The Graph (GRT) fell 5.6% over 24h, the smallest drop among the AI tokens.').ok).toBe(true);
    expect(check('Virtuals Protocol (VIRTUAL) fell 8.8% over 24h, the steepest drop among the AI tokens.').ok).toBe(
      true,
    );
    expect(verdictsAt('VIRTUAL held up best among AI tokens on the day.', 'held up best')).toEqual(['contradicted']);
    expect(verdictsAt('GRT was the best performer among AI tokens on the day.', 'best performer')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('GRT was the worst performer among AI tokens on the day.', 'worst performer')).toEqual([
      'contradicted',
    ]);
  });

  it('the window is the stated one: RENDER had the biggest AI loss over the week', () => {
    expect(verdictsAt('Among AI tokens, RENDER posted the biggest loss over the week.', 'biggest loss')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('Among AI tokens, FET posted the biggest loss over the week.', 'biggest loss')).toEqual([
      'contradicted',
    ]);
  });

  it("a comparison with the asset's own past or with the whole watchlist is not a member superlative", () => {
    const memberClaims = (text: string) =>
      check(text).claims.filter((c) => c.metric === 'best_change' || c.metric === 'worst_change');
    expect(memberClaims('AI tokens fell 6.4%, with FET posting its steepest drop since March.')).toEqual([]);
    expect(memberClaims('FET posted the steepest drop in weeks as AI tokens slid.')).toEqual([]);
    // VIRTUAL is the AI sector's worst member but the watchlist is the peer group here: ranked among all assets
    expect(memberClaims('VIRTUAL led losses across the watchlist, as AI tokens slid.')).toEqual([]);
    expect(verdictsAt('FET was the worst performer in the AI sector over the week.', 'worst performer')).toEqual([
      'contradicted',
    ]);
    expect(check('FET was the worst performer in the AI sector over the week.').claims[0]!.reason).toBe(
      '"worst performer" names FET, but the worst 7d member of the AI sector is RENDER (-18.9% over 7d)',
    );
  });

  it('no sector named: no member claim', () => {
    expect(check('GRT fell 5.6% over 24h, its steepest drop in weeks.').claims.filter((c) => c.value === null)).toEqual(
      [],
    );
  });
});

describe('long digit-and-dash runs', () => {
  it('100 KB of "1-" repeated is read as numbers, not dates, and gives a report', () => {
    const text = '1-'.repeat(50_000);
    const numbers = readNumbers(text);
    expect(numbers.length).toBeGreaterThan(10_000);
    expect(numbers.every((n) => n.kind !== 'date')).toBe(true);
    expect(readNumbers('On 2025-11-12 and 11/12/2025 it fell 5-7%.').map((n) => n.kind)).toEqual([
      'date',
      'date',
      'number',
    ]);
    // a run longer than any date shape is not a date, however it starts
    expect(readNumbers('1234-11-12-13-14').every((n) => n.kind !== 'date')).toBe(true);
  }, 30_000); // a hang guard, not a timing assertion (before the bounded date scan this input took over a minute)
});
