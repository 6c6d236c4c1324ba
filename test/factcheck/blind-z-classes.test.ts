/**
 * Classes found in blind corpus Z's disagreements (issue 12, the solstorm day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: ETH +4.6 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus Z classes', () => {
  it('a fee, a yield or an exploit is no market metric: `a 0.25% fee on its ether ETF` is unsupported', () => {
    expect(verdictsAt('An asset manager set a 0.25% fee on its spot ether ETF.', '0.25%')).toEqual(['unsupported']);
    expect(verdictsAt('Ether rose 4.6%, and a $30 million hack hit a lending app.', '$30 million')).toEqual([
      'unsupported',
    ]);
    // (the exchanges' `funding fee` is funding, which facts measure)
    expect(verdictsAt('The ETH funding fee is 0.0094% per 8h.', '0.0094%')).toEqual(['supported']);
    expect(verdictsAt('The ETH funding fee is 0.0194% per 8h.', '0.0194%')).toEqual(['contradicted']);
    // (a change of ether stays checked)
    expect(verdictsAt('Ether rose 0.25% on the day.', '0.25%')).toEqual(['contradicted']);
  });
  it('a window written `(7 d)` is a window, not a figure', () => {
    // (rally day: BTC realized volatility 33.9 % on 7 days, 29.0 % on 30)
    const text = 'Bitcoin: volatility (7 d) 33,9 %, (30 d) 29,0 %.';
    expect(verdictsAt(text, '(7 d)')).toEqual([]);
    expect(verdictsAt(text, '(30 d)')).toEqual([]);
    expect(verdictsAt(text.replace('29,0', '39,0'), '39,0 %')).toEqual(['contradicted']);
  });
  it('a table of gainers beside losers: each figure is the asset in the cell left of it', () => {
    // (rally day: WIF +4.8 %, DOGE +2.1 %, OP -2.4 %, SHIB -0.6 %)
    const table = (op: string) =>
      '| Gainer | Change | Loser | Change |\n|---|---|---|---|\n' +
      `| WIF | +4.8% | OP | ${op} |\n| DOGE | +2.1% | SHIB | -0.6% |\n`;
    expect(verdictsAt(table('-2.4%'), '-2.4%')).toEqual(['supported']);
    expect(verdictsAt(table('-2.4%'), '-0.6%')).toEqual(['supported']);
    expect(verdictsAt(table('-3.4%'), '-3.4%')).toEqual(['contradicted']);
    expect(verdictsAt(table('-2.4%'), '+2.1%')).toEqual(['supported']);
  });
});
