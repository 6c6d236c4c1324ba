/**
 * Classes found in blind corpus Y's disagreements (issue 12, the decouple day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC realized volatility 33.9 % on 7 days and 29.0 % on 30, ETH's 72.0 % and
 * 42.5 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus Y classes', () => {
  it('a metric named in a table corner heads the columns that name none: `| Realized vol | 7d | 30d |`', () => {
    const table = (eth30: string) =>
      `| Realized vol (ann.) | 7d | 30d |\n|---|---|---|\n| BTC | 33.9% | 29.0% |\n| ETH | 72.0% | ${eth30} |\n`;
    expect(verdictsAt(table('42.5%'), '33.9%')).toEqual(['supported']);
    expect(verdictsAt(table('42.5%'), '42.5%')).toEqual(['supported']);
    expect(verdictsAt(table('62.5%'), '62.5%')).toEqual(['contradicted']);
  });
  it('a sentence opening with a window label keeps the metric before it: `On a 30-day basis: BTC 29.0%`', () => {
    const text = (btc30: string) =>
      `Realized vol (7d, annualized): BTC 33.9%, ETH 72.0%. On a 30-day basis: BTC ${btc30}.`;
    expect(verdictsAt(text('29.0%'), '29.0%')).toEqual(['supported']);
    expect(verdictsAt(text('39.0%'), '39.0%')).toEqual(['contradicted']);
    expect(verdictsAt(text('29.0%').replace('On a 30-day basis', 'Over 30 days'), '29.0%')).toEqual(['supported']);
  });
});
