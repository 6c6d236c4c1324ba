/**
 * Classes found in blind corpus B's disagreements (issue 12), each tested on sentences written for the test, not
 * copied from the corpus. Rally day: BTC $112,486 (+3.84% 24h, +11% 7d), support $110K, resistance $115K, total
 * market cap $3.62T, total open interest $19.11B, ETH funding 0.0094% per 8h, ETH +4.33% 7d, DOT +5.75% 7d.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('desk shorthand', () => {
  it('`bln` / `tln` (and the slip `trilion`) scale a figure like `bn` / `trillion`', () => {
    expect(verdictsAt('Total OI stands at 19,11 bln.', '19,11')).toEqual(['supported']);
    expect(verdictsAt('Total market cap: 3,62 tln.', '3,62')).toEqual(['supported']);
    expect(verdictsAt('The total market cap reached $3.62 trilion.', '3.62')).toEqual(['supported']);
  });

  it('`S` / `R` before a level are support / resistance', () => {
    const row = '- BTC 112 486 | S 110 000 | R 115 000';
    expect(verdictsAt(row, '110 000')).toEqual(['supported']);
    expect(verdictsAt(row, '115 000')).toEqual(['supported']);
    expect(verdictsAt('- BTC 112 486 | S 105 000 | R 115 000', '105 000')).toEqual(['contradicted']);
  });

  it('`p.a.` after a funding figure is the annualized rate', () => {
    expect(verdictsAt('ETH funding 0,0094% (10,3% p.a.).', '10,3%')).toEqual(['supported']);
    expect(verdictsAt('ETH funding 0,0094% (19,3% p.a.).', '19,3%')).toEqual(['contradicted']);
  });
});

describe('numbers in words', () => {
  it('a list that declares its unit after the items (`— all in per cent`) is a list of percentages', () => {
    const text = 'Over the week, in words: Bitcoin up eleven; Ether up nine; Polkadot up six — all in per cent.';
    expect(verdictsAt(text, 'eleven', '7d')).toEqual(['supported']);
    expect(verdictsAt(text, 'nine', '7d')).toEqual(['contradicted']);
    expect(verdictsAt(text, 'six', '7d')).toEqual(['supported']);
  });
});

describe('a bare `sector` / `market` word before a figure names its subject', () => {
  it('`whole sector +9.2%` after a list of members is the sector, not the last member', () => {
    const text = 'AI names today: $FET +11.8% $RENDER +9.5% $NEAR +8.9% — whole sector +9.2%.';
    expect(verdictsAt(text, '+9.2%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+9.2%', '+4.2%'), '+4.2%')).toEqual(['contradicted']);
  });

  it('`vs market +3.7%` is the market, not the asset before it', () => {
    const text = 'Solana +5.4% vs market +3.7% today.';
    expect(verdictsAt(text, '+3.7%')).toEqual(['supported']);
  });
});

describe('annual funding words', () => {
  it('a funding figure of half a per cent or more in a sentence about the annual rate is the annualized rate', () => {
    const text = 'Funding, annualised: BTC funding is 8.9 % and ETH 10.3 %.';
    expect(verdictsAt(text, '8.9 %')).toEqual(['supported']);
    expect(verdictsAt(text.replace('10.3 %', '14.3 %'), '14.3 %')).toEqual(['contradicted']);
  });
});

describe('counts of movers after members of a sector', () => {
  it('`the split was 4 up and 0 down` after gaming members counts the gaming sector, not the watchlist', () => {
    // Gaming over 24h: all four members rose (AXS, SAND, GALA, IMX)
    const text = 'Axie Infinity rose 8.9% and Gala 9.8%, so the split was 4 up and 0 down.';
    expect(verdictsAt(text, '4 up')).toEqual(['supported']);
    expect(verdictsAt(text.replace('4 up and 0 down', '3 up and 1 down'), '3 up')).toEqual(['contradicted']);
  });

  it('a count with the watchlist as its pool stays the watchlist', () => {
    const text = 'Of the 30 assets we track, Immutable among them, 27 rose and 3 fell.';
    expect(verdictsAt(text, '3 fell')).toEqual(['supported']);
  });
});
