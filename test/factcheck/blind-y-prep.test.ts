/**
 * Classes left from blind corpora W and X (issue 12), mended before corpus Y's first run, each tested on sentences
 * written for the test on ANOTHER day (the rally day: ETH 7d volatility 72 %, SOL's 45 %; ETH OI $5.91B, +7.8 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus W/X leftovers', () => {
  it("a possessive with any move verb elides the metric before it: `and SOL's reached 45%`", () => {
    const text = (sol: string) => `ETH 7-day realized volatility hit 72%, and **SOL**'s reached **${sol}**.`;
    expect(verdictsAt(text('45%'), '45%')).toEqual(['supported']);
    expect(verdictsAt(text('61%'), '61%')).toEqual(['contradicted']);
  });
  it('`vola` is volatility', () => {
    expect(verdictsAt('Clients ask about ETH: the 7d vola is 72%.', '72%')).toEqual(['supported']);
    expect(verdictsAt('Clients ask about ETH: the 7d vola is 52%.', '52%')).toEqual(['contradicted']);
  });
  it('a sign before Markdown emphasis signs its figure: `(+**7.8%**)` after a carried metric', () => {
    const text = (eth: string) => `BTC OI stands at **$9.84B** (+**6.2%**), ETH at **$5.91B** (${eth}).`;
    expect(verdictsAt(text('+**7.8%**'), '7.8%')).toEqual(['supported']);
    expect(verdictsAt(text('-**7.8%**'), '7.8%')).toEqual(['contradicted']);
  });
  it('a scale glued to its figure ends a sentence before a lower-case word: `$SOL 1.63B. nobody levers up`', () => {
    const text = (sol: string) => `$BTC OI 9.84B, $ETH 5.91B, $SOL ${sol}. nobody levers up`;
    expect(verdictsAt(text('1.63B'), '1.63B')).toEqual(['supported']);
    expect(verdictsAt(text('2.63B'), '2.63B')).toEqual(['contradicted']);
  });
});
