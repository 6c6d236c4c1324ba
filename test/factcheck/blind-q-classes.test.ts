/**
 * Classes found in blind corpus Q's disagreements (issue 12, the doldrums day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: Layer 1 +3.86 %, AI +9.2 % the best sector, memes +1.8 %; ETH $3,987.42,
 * +4.62 %, support $3,800, resistance $4,000, funding +0.0094 %; SOL funding -0.0027 %; VIRTUAL +14.3 % the best AI
 * member; TAO +8.7 %; GRT $0.07214; HNT support $3, resistance $3.20; NEAR $2.906, +8.93 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus Q classes', () => {
  it('`the only group up by more than 2%`: a threshold a group is sorted by has no 1.5x cap', () => {
    expect(verdictsAt('Layer 1 was the only group up by more than 2%.', '2%')).toEqual(['supported']);
    expect(verdictsAt('Layer 1 was the only group up by more than 5%.', '5%')).toEqual(['contradicted']);
    // (a plain bound keeps its cap: `rose more than 2%` for +3.86 % misleads)
    expect(verdictsAt('Layer 1 rose more than 2%.', '2%')).toEqual(['contradicted']);
  });
  it('`while ether funding turned negative`: the sign word is the nearest asset’s before `funding`', () => {
    const text = 'Bitcoin funding was 0.0081% per 8h, while solana funding turned negative at -0.0027%.';
    expect(verdictsAt(text, 'negative')).toEqual(['supported']);
    expect(verdictsAt(text.replace('solana', 'ether'), 'negative')).toEqual(['contradicted']);
  });
  it('lines of a wire brief that end on a figure are items of their own', () => {
    const text = 'BRIEF-The Graph up 6.4 pct at $0.0721\nBRIEF-Helium support seen at $3.00, resistance at $3.20';
    expect(verdictsAt(text, '$0.0721')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$0.0721', '$0.0821'), '$0.0821')).toEqual(['contradicted']);
    expect(verdictsAt(text, '$3.20')).toEqual(['supported']);
  });
  it('`on the week.Ether edged up`: a space missing after the full stop still ends the sentence', () => {
    const text = 'BTC is up 11.0 % on the week.Ether edged up 4.6 % to $3,987.';
    expect(verdictsAt(text, '4.6 %')).toEqual(['supported']);
    expect(verdictsAt(text.replace('4.6 %', '1.6 %'), '1.6 %')).toEqual(['contradicted']);
  });
  it('`Tao + 8.7 %`, `, Near $2.906 (+8.93 %)`: list items of word-like names', () => {
    expect(verdictsAt('Fil +3.1 %, Tao + 8.7 %, WLD +2%.', '8.7 %')).toEqual(['supported']);
    expect(verdictsAt('Fil +3.1 %, Tao + 4.7 %, WLD +2%.', '4.7 %')).toEqual(['contradicted']);
    const prices = 'Avax $19.84 (+6.3%), Near $2.906 (+8.93 %), Sui $2.54.';
    expect(verdictsAt(prices, '+8.93 %')).toEqual(['supported']);
    expect(verdictsAt(prices.replace('+8.93 %', '+6.93 %'), '+6.93 %')).toEqual(['contradicted']);
  });
  it('`Virtuals topped the group at +14.3%`: the group a name leads does not own the name’s figure', () => {
    const text = 'AI rose 9.2%. Virtuals topped the group at +14.3%, and Bittensor added 8.7%.';
    expect(verdictsAt(text, '+14.3%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+14.3%', '+12.3%'), '+12.3%')).toEqual(['contradicted']);
  });
  it('`memes led the whole market +1.8%`: leading the market is a claim about who was best', () => {
    expect(verdictsAt('AI led the whole market today, +9.2%.', '+9.2%')).toEqual(['supported']);
    expect(verdictsAt('Memes led the whole market today, +1.8%.', '+1.8%')).toEqual(['contradicted']);
    expect(verdictsAt('Memes led the whole market today, +1.8%.', 'led the whole market')).toEqual(['contradicted']);
  });
  it('`inside the box $3,800 / $4,000`: a slash pair is two levels (or the day’s ends), never a price band', () => {
    expect(verdictsAt('ETH is still inside the box $3,800 / $4,000.', '$3,800')).toEqual(['supported']);
    expect(verdictsAt('ETH is still inside the box $3,700 / $4,100.', '$3,700')).toEqual(['contradicted']);
  });
  it('`the worst member at -0.6%` ranks the sector, though `watchlist cap` stands in the sentence', () => {
    const text =
      'Memes rose 1.8% to a watchlist cap of about $37 billion; Shiba Inu was the worst member at -0.6% and ' +
      'dogwifhat the best at +4.8%.';
    expect(verdictsAt(text, '-0.6%')).toEqual(['supported']);
    expect(verdictsAt(text, '+4.8%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('dogwifhat', 'Pepe').replace('+4.8%', '+3.4%'), '+3.4%')).toEqual(['contradicted']);
    // (`the worst member of the watchlist` still ranks the watchlist: OP -2.41 %)
    expect(verdictsAt('Shiba Inu was the worst member of the watchlist at -0.6%.', '-0.6%')).toEqual(['contradicted']);
  });
  it('`$WIF best at +4.8% 💀 $DOGE +2.1%`: an emoji ends the superlative’s clause in a post', () => {
    expect(verdictsAt('memes sector +1.8% today, $WIF best at +4.8% 💀 $DOGE +2.1%', '+2.1%')).toEqual(['supported']);
    expect(verdictsAt('memes sector +1.8% today, $WIF best at +4.8% $DOGE +2.1%', '+2.1%')).toEqual(['contradicted']);
  });
  it('`..., over the week, and Solana’s 24h low was $162.14`: a level’s own `24h` wins', () => {
    const text = "Ether's realized volatility ran at 72% over the week, and Solana's 24h low was $162.14.";
    expect(verdictsAt(text, '$162.14')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$162.14', '$152.14'), '$152.14')).toEqual(['contradicted']);
  });
  it('`Dogecoin’s annualized funding rate was -6.35%`: the annual word before `funding` (DOGE -6.35 % a year)', () => {
    const text = "Dogecoin's annualized funding rate was -6.35%, and its open interest fell.";
    expect(verdictsAt(text, '-6.35%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('-6.35%', '-9.35%'), '-9.35%')).toEqual(['contradicted']);
    expect(verdictsAt('eth annualized funding ~10.3%, sol -3%. longs tired', '-3%')).toEqual(['supported']);
  });
  it('`ETH funding apr 10.3%` is no date; a `Funding (apr)` column is annualized, a `Vol 7d (ann.)` one is not', () => {
    expect(verdictsAt('ETH funding apr 10.3%', '10.3%')).toEqual(['supported']);
    const table = '| Asset | Funding (apr) | Vol 7d (ann.) |\n|---|---|---|\n| ETH | 10.3% | 72.0% |';
    expect(verdictsAt(table, '10.3%')).toEqual(['supported']);
    expect(verdictsAt(table, '72.0%')).toEqual(['supported']);
    expect(verdictsAt(table.replace('10.3%', '12.3%'), '12.3%')).toEqual(['contradicted']);
  });
  it('`Ether positions rose by 7.8 per cent` is open interest; `$340M of long positions` is not', () => {
    expect(verdictsAt('Ether positions rose by 7.8 per cent.', '7.8 per cent')).toEqual(['supported']);
    expect(verdictsAt('Ether positions rose by 9.8 per cent.', '9.8 per cent')).toEqual(['contradicted']);
    // (no open interest figure is that size: a liquidation figure stays unsupported, not contradicted)
    const liquidated = 'Bitcoin rose 3.8%, and more than $340 million of short positions were liquidated.';
    expect(verdictsAt(liquidated, '$340 million')).toEqual(['unsupported']);
  });
});
