/** Number reading, checked against values computed by hand from the written text. */
import { describe, expect, it } from 'vitest';
import { readNumbers, type ReadNumber } from '../../src/factcheck/read/read-numbers.ts';

const only = (text: string): ReadNumber[] => readNumbers(text).filter((n) => n.kind === 'number');
const one = (text: string): ReadNumber => {
  const found = only(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('readNumbers', () => {
  it.each([
    ['BTC at $103.8K', 103_800, 'usd', 50],
    ['about 104k', 104_000, 'none', 500],
    ['$1.2M raised', 1_200_000, 'usd', 50_000],
    ['a $3T market', 3e12, 'usd', 0.5e12],
    ['$2.97 trillion', 2.97e12, 'usd', 0.005e12],
    ['$53bn erased', 53e9, 'usd', 0.5e9],
    ['1,234.5 units', 1234.5, 'none', 0.05],
    ['USD 104,000', 104_000, 'usd', 500],
    ['down 6%', 6, 'pct', 0.5],
    ['6.1 percent', 6.1, 'pct', 0.05],
    ['15 bps', 0.15, 'pct', 0.005],
    ['25 basis points', 0.25, 'pct', 0.005],
    ['2x its average', 2, 'ratio', 0.5],
    ['1.4 times', 1.4, 'ratio', 0.05],
  ] as const)('%s -> %d %s (±%d)', (text, value, unit, half) => {
    const n = one(text);
    expect(n.value).toBeCloseTo(value, 6);
    expect(n.unit).toBe(unit);
    expect(n.halfUnit).toBeCloseTo(half, 9);
  });

  it('reads comma decimals and dot thousands when the document uses them', () => {
    const found = only('from $70,67 billion to $17,67 billion after a 3.500% run and 1.234,5 more');
    expect(found.map((n) => n.value)).toEqual([70.67e9, 17.67e9, 3500, 1234.5]);
    // in a dot-decimal document the same 3.500 is three and a half
    expect(only('rose 3.500% while 1,234.5 tokens moved and 2.5 more').map((n) => n.value)).toEqual([3.5, 1234.5, 2.5]);
  });

  it('reads signs: -6.1%, −6.1%, +2%, -$53B, $-53B', () => {
    expect(only('-6.1% then −6.1% then +2% then -$53B then $-53B').map((n) => [n.value, n.sign])).toEqual([
      [-6.1, -1],
      [-6.1, -1],
      [2, 1],
      [-53e9, -1],
      [-53e9, -1],
    ]);
  });

  it('reads ranges with units carried across', () => {
    const a = one('resistance at $107,000–$110,000');
    expect([a.value, a.high?.value, a.unit]).toEqual([107_000, 110_000, 'usd']);
    const b = one('between 5% and 7%');
    expect([b.value, b.high?.value, b.unit]).toEqual([5, 7, 'pct']);
    const c = one('the 107–110K zone');
    expect([c.value, c.high?.value]).toEqual([107_000, 110_000]);
  });

  it('reads counts: 8 of 11, eight of the top ten, half of, a third of', () => {
    expect(only('8 of 11 L1s fell').map((n) => [n.value, n.denominator, n.unit])).toEqual([[8, 11, 'count']]);
    expect(only('eight of the top ten AI tokens fell').map((n) => [n.value, n.denominator])).toEqual([[8, 10]]);
    expect(
      only('half of the tokens, a third of them, two-thirds of the rest').map((n) => [n.value, n.fraction]),
    ).toEqual([
      [0.5, true],
      [1 / 3, true],
      [2 / 3, true],
    ]);
  });

  it('recognizes dates, durations and ranks and returns them with their kind', () => {
    const kinds = readNumbers(
      'On Nov 12, 2025 at 08:00 UTC the 7-day, 24h and 30 days windows; top 10, No. 2, #1, 3rd; in 2024; 2025-11-12',
    ).map((n) => [n.text, n.kind]);
    expect(kinds).toEqual([
      ['12, 2025', 'date'],
      ['08:00', 'date'],
      ['7-day', 'duration'],
      ['24h', 'duration'],
      ['30', 'duration'],
      ['10', 'rank'],
      ['2', 'rank'],
      ['1', 'rank'],
      ['3rd', 'rank'],
      ['2024', 'date'],
      ['2025-11-12', 'date'],
    ]);
  });

  it('skips digits inside names: L2, Web3, GMCI-30, S&P 500', () => {
    expect(only('L2 and Web3 and GMCI-30 and the S&P 500')).toEqual([]);
  });

  it('gives plain numbers unit none and exact integer tolerance', () => {
    const n = one('payrolls added 119,000 jobs');
    expect([n.value, n.unit, n.halfUnit]).toEqual([119_000, 'none', 500]);
  });
});

describe('versions are not quantities', () => {
  it('reads `0.1.0`, `4.86.0` and `pkg@2.15` as other, and keeps `1.234.567` a number', () => {
    const kinds = (text: string) => readNumbers(text).map((n) => [n.text, n.kind]);
    expect(kinds('> groundbrief@0.1.0 start')).toEqual([['0.1.0', 'other']]);
    expect(kinds('wrangler 4.86.0 and msw@2.15')).toEqual([
      ['4.86.0', 'other'],
      ['2.15', 'other'],
    ]);
    expect(readNumbers('1.234.567 tokens').find((n) => n.kind === 'number')?.value).toBe(1234567);
  });
});
