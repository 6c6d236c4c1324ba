/**
 * Classes found in blind corpus C's disagreements (issue 12), each tested on sentences written for the test, not
 * copied from the corpus. Rally day: AI sector +9.2% 24h (7 of 7 up), watchlist market cap of its members $13.64B,
 * up $1.15B on the day; Layer 1 +3.9% 24h; Layer 2 -0.44% 24h; total market cap $3.62T.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('European magnitudes and currency after the figure', () => {
  it('`Mrd. $` / `Mio. $` are billions / millions of dollars, and the dot does not end the sentence', () => {
    const text = 'The AI sector now weighs 13,64 Mrd. $, up 1,15 Mrd. $ on the day.';
    expect(verdictsAt(text, '13,64')).toEqual(['supported']);
    expect(verdictsAt(text, '1,15')).toEqual(['supported']);
    expect(verdictsAt(text.replace('13,64', '15,64'), '15,64')).toEqual(['contradicted']);
    expect(verdictsAt('Layer 2 lost 24,8 Mio. $ of market cap today.', '24,8')).toEqual(['supported']);
  });
});

describe('sector names in the languages of translated recaps', () => {
  it('`KI` (German) and `IA` (French, Spanish) name the AI sector; `capa 1` names Layer 1, its digit a name', () => {
    expect(verdictsAt('Der KI-Sektor stieg um 9,2 %.', '9,2 %')).toEqual(['supported']);
    expect(verdictsAt('El sector de IA ganó un 9,2 %.', '9,2 %')).toEqual(['supported']);
    expect(verdictsAt('El sector de IA ganó un 4,2 %.', '4,2 %')).toEqual(['contradicted']);
    const text = 'Resumen: la capa 1 subió un 3,9 %.';
    expect(verdictsAt(text, '3,9 %')).toEqual(['supported']);
    expect(verdictsAt(text, 'capa 1')).toEqual([]);
  });
});

describe("the day's movers are the watchlist's", () => {
  it('`biggest loser` / `top gainer` / `biggest winner` with no group named rank the whole watchlist', () => {
    // OP (-2.41%) was the watchlist's biggest loser and VIRTUAL (+14.27%) its biggest gainer; ARB fell 1.93%
    expect(verdictsAt("The day's biggest loser was Arbitrum, down 1.9%.", '1.9%')).toEqual(['contradicted']);
    expect(verdictsAt("The day's biggest loser was Optimism, down 2.4%.", '2.4%')).toEqual(['supported']);
    expect(verdictsAt('- Top gainer FET, +11.8%.', '11.8%')).toEqual(['contradicted']);
    expect(verdictsAt('The biggest winner was FET, up 11.8%.', '11.8%')).toEqual(['contradicted']);
    expect(verdictsAt('The biggest winner was Virtuals Protocol, up 14.3%.', '14.3%')).toEqual(['supported']);
    // a sector named in the sentence is the group: FET was not the AI sector's best either, GRT was its worst
    expect(verdictsAt('Among AI tokens the biggest loser was The Graph, up 6.4%.', '6.4%')).toEqual(['supported']);
  });
});

describe('leader words of translated recaps', () => {
  it('`der schwächste`, `plus faible`, `meilleur` name the worst / best member like `weakest` / `best`', () => {
    // gaming 24h: GALA +9.81% best, IMX +2.6% worst
    expect(verdictsAt('Gaming: Gala war der schwächste Wert mit +9,81 %.', '+9,81 %')).toEqual(['contradicted']);
    expect(verdictsAt('Gaming: Immutable war der schwächste Wert mit +2,60 %.', '+2,60 %')).toEqual(['supported']);
    expect(verdictsAt('Gaming : meilleur membre Immutable, +2,60 %.', '+2,60 %')).toEqual(['contradicted']);
    expect(verdictsAt('Gaming : plus faible Immutable, +2,60 %.', '+2,60 %')).toEqual(['supported']);
  });
});

describe('a share written as a change or as a part of a per cent', () => {
  it('`rose a fifth`, `fell by about a third`, `a tenth` after a change verb are 20 %, 33 %, 10 %', () => {
    // SOL +5.41% 24h, SOL open interest -13.4% 24h, GRT +10.3% 7d
    expect(verdictsAt('Solana rose a fifth.', 'a fifth')).toEqual(['contradicted']);
    expect(verdictsAt("Solana's open interest fell by about a third.", 'a third')).toEqual(['contradicted']);
    expect(verdictsAt('The Graph rose a tenth this week.', 'a tenth')).toEqual(['supported']);
  });

  it('`a third of a per cent` is 0.33 %, not a share of the watchlist', () => {
    // POL +0.31% 24h
    expect(verdictsAt('Polygon barely moved, up about a third of a per cent.', 'a third')).toEqual(['supported']);
    expect(verdictsAt('Polygon barely moved, up about a tenth of a per cent.', 'a tenth')).toEqual(['contradicted']);
  });
});

describe('a decimal point set apart by a stray space inside a percentage', () => {
  it('`4. 6%`, `3 .1%`, `3 . 7%` are 4.6 %, 3.1 %, 3.7 % (one figure, and no sentence ends at the dot)', () => {
    // ETH +4.62% 24h, FIL +3.1% 24h, total market cap +3.71% 24h
    expect(verdictsAt('Ether gained 4. 6% to $3,987 on the day.', '4. 6%')).toEqual(['supported']);
    expect(verdictsAt('Filecoin gained 3 .1% today.', '3 .1%')).toEqual(['supported']);
    expect(verdictsAt('Total market cap: $3.62T, up 3 . 7%.', '3 . 7%')).toEqual(['supported']);
    expect(verdictsAt('Filecoin gained 5 .1% today.', '5 .1%')).toEqual(['contradicted']);
  });
});

describe('a figure right after a name inside an aside', () => {
  it("`led by Sui (+7.14%)`, `led by Sui, which rose 7.1%` are the named asset's, not the sector's", () => {
    // SUI +7.14% 24h, Layer 1 +3.86% 24h
    expect(verdictsAt('Layer 1 gained 3.9%, led by Sui (+7.14%).', '+7.14%')).toEqual(['supported']);
    expect(verdictsAt('Layer 1 gained 3.9%, led by Sui (+5.14%).', '+5.14%')).toEqual(['contradicted']);
    expect(verdictsAt('Layer-1 tokens gained 3.9% on the day, led by Sui, which rose 7.1%.', '7.1%')).toEqual([
      'supported',
    ]);
    // a figure in an aside that follows no name still belongs to the clause's subject
    expect(verdictsAt('Layer 1 gained 3.9% (its members rose 3.9% on average).', 'rose 3.9%')).toEqual(['supported']);
  });
});

describe('a list lead names the metric of its items', () => {
  it('`Realized volatility (annualised):` over `- BTC 7d 33,9%` makes the items volatilities, not changes', () => {
    // BTC realized volatility 33.92% (7d), 29.01% (30d); BTC +11% 7d
    const text = 'Realized volatility (annualised):\n- BTC 7d 33,9%, 30d 29,0%.\n- ETH 7d 72,0%.';
    expect(verdictsAt(text, '33,9%')).toEqual(['supported']);
    expect(verdictsAt(text, '29,0%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('33,9%', '43,9%'), '43,9%')).toEqual(['contradicted']);
    // an item with its own metric word keeps it
    expect(verdictsAt('Realized volatility (annualised):\n- BTC price 7d +11%.', '+11%')).toEqual(['supported']);
  });
});

describe('a later window stays with the figure of the opposite sign it follows', () => {
  it("`$HNT +1.2%, -6.2% on the week`: the week is the second figure's, the first keeps the day", () => {
    // HNT +1.24% 24h, -6.21% 7d; WLD +7.5% 24h, -14% 30d
    expect(verdictsAt('$HNT +1.2%, -6.2% on the week.', '+1.2%')).toEqual(['supported']);
    expect(verdictsAt('$HNT +1.2%, -6.2% on the week.', '-6.2%')).toEqual(['supported']);
    expect(verdictsAt('$WLD +7.5% price $0.79, still -14% 30d', '+7.5%')).toEqual(['supported']);
    // figures of the same sign before a window share it (`BTC +11% and SOL +8.3% on the week`)
    expect(verdictsAt('$BTC +11%, $SOL +8.3% on the week.', '+11%')).toEqual(['supported']);
  });
});
