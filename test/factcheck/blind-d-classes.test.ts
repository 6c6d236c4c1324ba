/**
 * Classes found in blind corpus D's disagreements (issue 12), each tested on sentences written for the test, not
 * copied from the corpus. Rally day: BTC $112,486 (+3.84% 24h), 24h low $108,050 / high $112,512; ETH $3,987.42
 * (+4.62%), funding +0.0094% per 8h; SOL $171.36; ADA $0.5873; DOGE $0.18412; FET +11.8% 24h.
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('one figure split by a stray space (edited copy)', () => {
  it('a dollar figure whose decimal point or thousands comma is set apart is one figure', () => {
    expect(verdictsAt('Solana traded at $171. 36 late on Wednesday.', '$171. 36')).toEqual(['supported']);
    expect(verdictsAt('Solana traded at $181. 36 late on Wednesday.', '$181. 36')).toEqual(['contradicted']);
    expect(verdictsAt('Ether changed hands at $3,987 .42 in Europe.', '$3,987 .42')).toEqual(['supported']);
    expect(verdictsAt('Ether closed at $3 ,987 on the day.', '$3 ,987')).toEqual(['supported']);
    expect(verdictsAt('Ether closed at $3 ,587 on the day.', '$3 ,587')).toEqual(['contradicted']);
  });
  it('a decimal fraction continued after a space, and a split integer part, are one figure', () => {
    expect(verdictsAt('Cardano sits at $0.58 73 after the move.', '$0.58 73')).toEqual(['supported']);
    expect(verdictsAt('Dogecoin sits at $0.1 8412 after the move.', '$0.1 8412')).toEqual(['supported']);
    expect(verdictsAt('Ether funding is 0.0 094% per 8 hours.', '0.0 094%')).toEqual(['supported']);
    expect(verdictsAt('FET rallied 1 1.8% on the day.', '1 1.8%')).toEqual(['supported']);
    expect(verdictsAt('FET rallied 1 4.8% on the day.', '1 4.8%')).toEqual(['contradicted']);
  });
});

describe('a word-like name in lower case before a dollar figure (a price list)', () => {
  it('`avalanche $19.84`, `the graph $0.0721` name the asset; `near $4,000` stays a hedge', () => {
    // AVAX $19.84 +6.27%, GRT $0.07214 +6.38%, IMX $0.5208
    const text = 'Prices: avalanche $19.84, up 6.3 pct; the graph $0.0721, up 6.4 pct; immutable $0.5208.';
    expect(verdictsAt(text, '$19.84')).toEqual(['supported']);
    expect(verdictsAt(text, '6.3 pct')).toEqual(['supported']);
    expect(verdictsAt(text, '$0.0721')).toEqual(['supported']);
    expect(verdictsAt(text, '$0.5208')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$0.5208', '$0.6208'), '$0.6208')).toEqual(['contradicted']);
    expect(verdictsAt('Ether rose 4.6% and trades near $3,990.', '$3,990')).toEqual(['supported']);
  });
});

describe('annualized funding where funding is spoken of', () => {
  // funding annualized: BTC +8.89%, ETH +10.3%, XRP +3.94%, SOL -2.96%, DOGE -6.35%; ETH 24h change +4.62%
  it('an annual word before the figure carries over elliptical clauses and from the sentence before', () => {
    const text = 'Funding stays positive on the majors. Annualised, BTC pays about 8.9%, ETH near 10.3% and XRP 3.9%.';
    expect(verdictsAt(text, '10.3%')).toEqual(['supported']);
    expect(verdictsAt(text, '3.9%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('3.9%', '6.9%'), '6.9%')).toEqual(['contradicted']);
    expect(verdictsAt('Funding check: ETH 10.3% APR, DOGE -6.4% APR.', '-6.4%')).toEqual(['supported']);
    // a clause that moves a price keeps the price change
    expect(verdictsAt('Funding annualises to 8.9% on BTC, while ETH rose 4.6%.', '4.6%')).toEqual(['supported']);
  });
  it('who pays is the sign of an unsigned annual funding figure', () => {
    expect(verdictsAt('On SOL funding, shorts pay about 3% a year.', '3%')).toEqual(['supported']);
    expect(verdictsAt('On SOL funding, longs pay about 3% a year.', '3%')).toEqual(['contradicted']);
  });
});

describe('a percentage in parentheses after an open-interest figure is its change', () => {
  // BTC open interest $9.84B, +6.2% 24h (price +3.84%); SOL open interest $1.63B, -3.4% 24h (price +5.41%)
  it('`BTC: $9.84B (+6.2%)` checks the change of open interest', () => {
    const text = '### Derivatives\n\n- BTC: **$9.84B** (+6.2%)\n- SOL: **$1.63B** (-3.4%)';
    expect(verdictsAt(text, '+6.2%')).toEqual(['supported']);
    expect(verdictsAt(text, '-3.4%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('-3.4%', '-8.4%'), '-8.4%')).toEqual(['contradicted']);
    // after a price the parenthesis is the price change
    expect(verdictsAt('BTC: $112,486 (+3.84%)', '+3.84%')).toEqual(['supported']);
  });
});

describe('the ends of a stated range are its low and high', () => {
  // ETH 24h low $3,809.12, high $3,997.92, price 24h ago $3,811.34, price $3,987.42
  it('`range ran from $X to $Y` checks X against the low and Y against the high', () => {
    const text = "Ether's 24-hour range ran from $3,809 to $3,998.";
    expect(verdictsAt(text, '$3,809')).toEqual(['supported']);
    expect(verdictsAt(text, '$3,998')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$3,998', '$4,198'), '$4,198')).toEqual(['contradicted']);
    // without a range word, `from X to Y` is still a move from the price 24h ago to the price
    expect(verdictsAt('Ether rose from $3,811 to $3,987.', '$3,987')).toEqual(['supported']);
  });
  it('the window the range names picks its ends: the day, the 30-day swing, none for a week', () => {
    // BTC 24h low $108,050, high $112,512; 30-day swing low $97,150, high $111,308
    const day = "Bitcoin's 24-hour range ran from $108,050 to $112,511.";
    expect(verdictsAt(day, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(day.replace('24-hour', '30-day'), '$108,050')).toEqual(['contradicted']);
    expect(verdictsAt(day.replace('24-hour', '30-day'), '$112,511')).toEqual(['contradicted']);
    expect(verdictsAt(day.replace('24-hour', '7-day'), '$108,050')).toEqual(['unsupported']);
  });
});

describe('the currency after the figure, and total OI', () => {
  it('`112.486 $` is a dollar figure (European style)', () => {
    expect(verdictsAt('Bitcoin gained 3,84 % to 112.486 $.', '112.486 $')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin gained 3,84 % to 118.486 $.', '118.486 $')).toEqual(['contradicted']);
  });
  it('`total OI` is the market, not the asset of the clause before', () => {
    // total open interest $19.11B, +5.08% 24h; BTC open interest $9.84B
    const text = 'BTC open interest reached $9.84B; total OI came to $19.1B, up 5.1%.';
    expect(verdictsAt(text, '$19.1B')).toEqual(['supported']);
    expect(verdictsAt(text, '5.1%')).toEqual(['supported']);
  });
});

describe('a table column of cap changes, and ranks below the extreme', () => {
  it('`Cap chg 24h` over signed dollar figures is the sector cap change', () => {
    // AI sector cap (watchlist members) $13.64B, +$1.15B over 24h
    const table = '| Sector | Cap | Cap chg 24h |\n|---|---|---|\n| AI | $13.6B | +$1.15B |';
    expect(verdictsAt(table, '+$1.15B')).toEqual(['supported']);
    expect(verdictsAt(table.replace('+$1.15B', '+$2.15B'), '+$2.15B')).toEqual(['contradicted']);
  });
  it('`second-weakest sector` is checked as a place, not as the weakest', () => {
    // Layer 2 (-0.44%) was the weakest sector over 24h, memes (+1.82%) the second-weakest; WIF +4.83%
    const text = 'Memes were the second-weakest sector: WIF +4.8%, SHIB -0.6%.';
    // (a place below the extreme is checked since corpus S: rules/sector-ranks.ts)
    expect(verdictsAt(text, 'second-weakest sector')).toEqual(['supported']);
    expect(verdictsAt(text, '+4.8%')).toEqual(['supported']);
    expect(verdictsAt('Memes were the weakest sector on the day.', 'weakest sector')).toEqual(['contradicted']);
  });
});

describe('windows: a window leading a figure, and level names', () => {
  // ADA +3.92% 24h, +7.98% 7d; BNB +1.88% 24h, +1.04% 7d; BTC +3.84% 24h, +11.5% 30d; DOT -11.1% 30d
  it('a window written right before a figure is that figure’s, not the one before it', () => {
    const text = '$ADA +3.9% today, 7d +8%.';
    expect(verdictsAt(text, '+3.9%')).toEqual(['supported']);
    expect(verdictsAt(text, '+8%')).toEqual(['supported']);
    const paren = 'BNB edged higher both on the day (+1.9%) and on the week (+1.0%).';
    expect(verdictsAt(paren, '+1.0%')).toEqual(['supported']);
    expect(verdictsAt(paren.replace('+1.0%', '+4.0%'), '+4.0%')).toEqual(['contradicted']);
  });
  it('a window before a count (`over 7 days (27 of 30 ...)`) still belongs to the figure before it', () => {
    // the template writer's partial-sector sentences: `AI tokens fell 11.4% over 7 days (5 of 7 members).`
    const text = 'Bitcoin rose 11.0% over 7 days (27 of 30 watchlist assets rose).';
    expect(verdictsAt(text, '11.0%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('11.0%', '3.8%'), '3.8%')).toEqual(['contradicted']);
  });
  it('`its highest level of the past month` names a level, not the window of the figures', () => {
    const text = 'Bitcoin rose 3.8% to $112,486, above its highest level of the past month.';
    expect(verdictsAt(text, '3.8%')).toEqual(['supported']);
    // a level noun past a sentence mark is not part of the window's phrase
    expect(verdictsAt('$DOT +4.5% but -11% on the month. swing low next.', '-11%')).toEqual(['supported']);
  });
});

describe('cents as a suffix, `total mcap`, a share of the total', () => {
  it('`46c` is $0.46 (so a wrong price in cents is caught)', () => {
    // OP $0.4617, POL $0.1834
    expect(verdictsAt('$OP 46c, sitting on support.', '46c')).toEqual(['supported']);
    expect(verdictsAt('$POL did nothing today. 13.8c. pain', '13.8c')).toEqual(['contradicted']);
  });
  it('`total mcap` is the market; `62 pct of the total` is dominance', () => {
    // total market cap $3.62T, +3.71% 24h; BTC dominance 62.1%
    expect(verdictsAt('gm. total mcap $3.62T +3.7%.', '+3.7%')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin accounts for about 62 pct of the total.', '62 pct')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin accounts for about 52 pct of the total.', '52 pct')).toEqual(['contradicted']);
  });
});

describe('a part of a group, a count or a negation is not a direction claim about the group', () => {
  // 24h: memes +1.82% (SHIB the only decliner); 30d: AI -7.12% (all seven members down)
  it('`the lone meme coin in the red`, `none of the seven AI names` are not claims about the sector', () => {
    expect(verdictsAt('SHIB was the lone meme coin in the red.', 'meme coin in the red')).toEqual([]);
    const month = 'None of the seven AI names is higher over the month.';
    expect(verdictsAt('Over the week 3 of 4 DePIN names rose.', 'DePIN names rose')).toEqual([]);
    expect(verdictsAt(month, 'AI names is higher')).toEqual([]);
    expect(verdictsAt('Memes fell today.', 'Memes fell')).toEqual(['contradicted']);
  });
});

describe('`has fallen` is a direction word', () => {
  it('a figure after `fallen` states a fall', () => {
    // XRP open interest -2.7% over 7d
    const text = 'Over the week ETH open interest is up 14.2%, while XRP OI has fallen 2.7%.';
    expect(verdictsAt(text, '2.7%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('has fallen', 'has gained'), '2.7%')).toEqual(['contradicted']);
  });
});

describe('a possessive subject keeps the metric of the clause before, with a unit word after its figure', () => {
  it('`Dogecoin’s fell 5.6 pct` after `Solana open interest fell 3.4 pct` is open interest', () => {
    // SOL open interest -3.4% 24h, DOGE open interest -5.6% 24h (DOGE price +2.14%)
    const text = "Solana open interest fell 3.4 pct and Dogecoin's fell 5.6 pct.";
    expect(verdictsAt(text, '5.6 pct')).toEqual(['supported']);
    expect(verdictsAt(text.replace('5.6 pct', '8.6 pct'), '8.6 pct')).toEqual(['contradicted']);
  });
});

describe('a heading names the metric of the list items under it', () => {
  it('`### Volatility` over `- ETH 7-day: 72%` makes the items realized volatilities', () => {
    // ETH 7d realized volatility 72% (7d change +4.33%)
    const text = '### Volatility\n- BTC 7-day realized volatility: 34%\n- ETH 7-day: **72%**';
    expect(verdictsAt(text, '72%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('72%', '52%'), '52%')).toEqual(['contradicted']);
    // an item with a metric word of its own keeps it
    expect(verdictsAt('### Volatility\n- ETH rose 4.3% on the week', '4.3%')).toEqual(['supported']);
  });
});
