/**
 * Classes found in blind corpus M's disagreements (issue 12, the whipsaw day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC $112,486, 24h low $108,050, high $112,511, 7d volatility 33.9 %, 30d
 * 29.0 %, funding +0.0081 %; ETH $3,987.42, resistance $4,000, 7d volatility 72.0 %; SOL funding -0.0027 %; 27 of 30
 * up; Layer 2 2 up / 2 down, members' cap $5.61B, category $15.81B; AI 7 up / 0 down, members' cap $13.64B, category
 * $24.12B, +$1.15B over 24h; ARB $0.3124 -1.93 %, OP $0.4617 -2.41 %; BNB $1,012.6, resistance $1,050).
 */
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../src/factcheck/read/read-numbers.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('up / down pairs in tables', () => {
  const board = '| Sector | 24h | Up / down |\n|---|---|---|\n| Layer 2 | -0.4% | 2 / 2 |\n| AI | +9.2% | 7 / 0 |\n';
  it('`| AI | 7 / 0 |` under an `Up / down` header: each side of a spaced pair is counted', () => {
    expect(verdictsAt(board, '7 / 0')).toEqual(['supported', 'supported']);
    expect(verdictsAt(board.replace('7 / 0', '6 / 1'), '6 / 1')).toEqual(['contradicted', 'contradicted']);
  });
  it('`| Advancers / decliners | 27 / 3 |`: a row label names the pair', () => {
    const sheet = '| Metric | Value |\n|---|---|\n| Advancers / decliners | 27 / 3 |\n';
    expect(verdictsAt(sheet, '27 / 3')).toEqual(['supported', 'supported']);
    expect(verdictsAt(sheet.replace('27 / 3', '3 / 27'), '3 / 27')).toEqual(['contradicted', 'contradicted']);
  });
});

describe('a table with an entity per column', () => {
  const table =
    '| | ARB | OP | BNB |\n|---|---|---|---|\n| Price | $0.3124 | $0.4617 | $1,012.6 |\n| 24h | -1.9% | -2.4% | +2.0% |\n';
  it('`| | ARB | OP |` over `| 24h | -1.9% | -2.4% |`: each cell is its column’s asset, the row label its metric', () => {
    expect(verdictsAt(table, '-2.4%')).toEqual(['supported']);
    expect(verdictsAt(table, '$0.4617')).toEqual(['supported']);
    // swapped cells are caught on their column's asset
    const swapped = table.replace('-1.9% | -2.4%', '-2.4% | -1.9%');
    expect(verdictsAt(swapped, '-2.4% |')).toEqual(['contradicted']);
  });
  it('an ordinary header naming the market twice (`Cap (watchlist)`, `Breadth`) is no entity header', () => {
    const board = '| Sector | 24h | Cap (watchlist) | Breadth |\n|---|---|---|---|\n| AI | +9.2% | $13.64B | 7 up |\n';
    expect(verdictsAt(board, '$13.64B')).toEqual(['supported']);
  });
});

describe('a path the price took', () => {
  const path = 'Bitcoin dropped to $108,050 and then bounced to $112,511 before closing at $112,486.';
  it('`dropped to $A and then bounced to $B before closing at $C`: the first two are the day’s low and high', () => {
    expect(verdictsAt(path, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(path, '$112,511')).toEqual(['supported']);
    expect(verdictsAt(path.replace('$108,050', '$104,050'), '$104,050')).toEqual(['contradicted']);
    // a figure the asset closed at is still its price
    expect(verdictsAt(path.replace('$112,486', '$112,086'), '$112,086')).toEqual(['contradicted']);
  });
  it('a chain of arrows: `108k → 112.5k → 112.4k`', () => {
    expect(verdictsAt('$BTC went 108k → 112.5k → 112.4k today', '108k')).toEqual(['supported']);
    expect(verdictsAt('$BTC went 104k → 112.5k → 112.4k today', '104k')).toEqual(['contradicted']);
  });
  it('a close phrase about another asset does not make a path (`..., and SOL is now at $171`)', () => {
    expect(verdictsAt('Bitcoin rose to $108,050, and SOL is now at $171.36.', '$108,050')).toEqual(['contradicted']);
  });
  it('`session. Low was $108,050`: a phrase does not run across a full stop; `now` names the price', () => {
    const note = '- BTC: wild session. Low was $108,050, high $112,511, now we sit at $112,486.';
    expect(verdictsAt(note, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(note, '$112,486')).toEqual(['supported']);
    expect(verdictsAt(note.replace('$112,486', '$109,486'), '$109,486')).toEqual(['contradicted']);
  });
});

describe("a sector's cap on the watchlist and in the category", () => {
  it('`The sector’s watchlist market cap is $13.6B, against a $24.1B category cap`: both the sector’s', () => {
    const text =
      'AI led, up 9.2%. The sector’s watchlist market cap is $13.6B, against a $24.1B CoinGecko category cap.';
    expect(verdictsAt(text, '$13.6B')).toEqual(['supported']);
    expect(verdictsAt(text, '$24.1B')).toEqual(['supported']);
    const swapped = text.replace('$13.6B', '$24.1X').replace('$24.1B', '$13.6B').replace('$24.1X', '$24.1B');
    expect(verdictsAt(swapped, '$24.1B')).toEqual(['contradicted']);
  });
  it('`on the watchlist is $X versus $Y for the CoinGecko category`: the nearer word names each', () => {
    const text = 'AI rose 9.2%. Sector market cap on the watchlist is $13.6B versus $24.1B for the CoinGecko category.';
    expect(verdictsAt(text, '$13.6B')).toEqual(['supported']);
    expect(verdictsAt(text, '$24.1B')).toEqual(['supported']);
  });
  it('`gained 9.2% and $1.15B of market value`: an amount of value is the cap’s change', () => {
    expect(verdictsAt('AI gained 9.2% and $1.15B of market value.', '$1.15B')).toEqual(['supported']);
    expect(verdictsAt('AI gained 9.2% and $2.15B of market value.', '$2.15B')).toEqual(['contradicted']);
  });
});

describe('numbers in words and counts', () => {
  it('`minus zero point zero zero two seven per cent` is read whole', () => {
    expect(readNumbers('minus zero point zero zero two seven per cent').map((n) => n.value)).toEqual([-0.0027]);
    const text = 'Solana funding was minus zero point zero zero two seven per cent every eight hours.';
    expect(verdictsAt(text, 'minus zero')).toEqual(['supported']);
    expect(verdictsAt(text.replace('two seven', 'seven two'), 'minus zero')).toEqual(['contradicted']);
  });
  it('`27 / 30 green`, `**27**/**30** coins green`: a count out of the watchlist, whatever sector is named', () => {
    expect(verdictsAt('Breadth: 27 / 30 green.', '27 / 30')).toEqual(['supported']);
    expect(verdictsAt('**27**/**30** coins green, AI leads', '27')).toEqual(['supported']);
    expect(verdictsAt('Breadth: 17 / 30 green.', '17 / 30')).toEqual(['contradicted']);
    // a thread counter is no count
    expect(verdictsAt('thread 🧵 1/3 AI coins led today', '1/3')).not.toEqual(['contradicted']);
  });
  it('`with 7 gainers and 0 decliner`, `on my 30 coin watchlist`', () => {
    expect(verdictsAt('AI rose 9.2%, with 7 gainers and 0 decliner.', '0 decliner')).toEqual(['supported']);
    expect(verdictsAt('AI rose 9.2%, with 6 gainers and 1 decliner.', '1 decliner')).toEqual(['contradicted']);
    expect(verdictsAt('27 green / 3 red on my 30 coin watchlist', '30 coin')).toEqual(['supported']);
  });
});

describe('funding, comparisons, negation and sizes', () => {
  it('`-0.0027% per 8h, so longs are paying`: the payer after the rate’s interval decides its sign', () => {
    const text = 'SOL funding is -0.0027% per 8h, so longs are paying shorts.';
    expect(verdictsAt(text, '-0.0027%')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('longs are paying shorts', 'shorts are paying longs'), '-0.0027%')).toEqual([
      'supported',
    ]);
  });
  it('`well below the 33.9% reading over 7 days`: the reading compared with is stated as it is, not as a bound', () => {
    const text = "Bitcoin's 30-day volatility is about 29% annualized, well below the 33.9% reading over 7 days.";
    expect(verdictsAt(text, '33.9%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('33.9%', '39.9%'), '39.9%')).toEqual(['contradicted']);
  });
  it('`could not hold above the $4,000 resistance`, `can’t get over $1,050`: the price is below the level', () => {
    const eth = 'Ether touched $3,998 but could not hold above the $4,000 resistance.';
    expect(verdictsAt(eth, '$4,000')).toEqual(['supported']);
    expect(verdictsAt(eth.replace('could not hold above', 'held above'), '$4,000')).toEqual(['contradicted']);
    expect(verdictsAt("$BNB at $1,012, still can't get over $1,050 resistance", '$1,050')).toEqual(['supported']);
  });
  it('`a $4,461 BTC range`: the width of a range is no price', () => {
    expect(verdictsAt('Bitcoin traded in a $4,461 range.', '$4,461')).toEqual(['unsupported']);
    expect(verdictsAt('Bitcoin sits $26 under its $112,511 swing high.', '$112,511')).not.toEqual(['unsupported']);
  });
  it('`ai +9.2%, l2 -0.4%`, `near +9.1%`: short names in lower case before a figure', () => {
    const text = 'memes +1.8%, ai +9.2%, l2 -0.4%';
    expect(verdictsAt(text, '+9.2%')).toEqual(['supported']);
    expect(verdictsAt(text, '-0.4%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('l2 -0.4%', 'l2 +9.2%'), 'l2 +9.2%')).toEqual(['contradicted']);
  });
});

describe('superlatives over funding, volatility, open interest and volume ratios', () => {
  it('`SOL funding was the most negative at -0.0027%`: the extreme must be that asset’s (DOGE -0.0058%)', () => {
    expect(verdictsAt('SOL funding was the most negative among the majors at -0.0027%.', '-0.0027%')).toEqual([
      'contradicted',
    ]);
    expect(verdictsAt('DOGE funding was the most negative among the majors at -0.0058%.', '-0.0058%')).toEqual([
      'supported',
    ]);
  });
  it('the word binds to its own figure only: `Solana at -0.0027% and dogecoin the most negative at -0.0058%`', () => {
    const text = 'Solana funding sits at -0.0027% and dogecoin the most negative at -0.0058%.';
    expect(verdictsAt(text, '-0.0027%')).toEqual(['supported']);
    expect(verdictsAt(text, '-0.0058%')).toEqual(['supported']);
    // an appositive binds backwards: `0.0094%, the richest of the majors, about 10.3% a year`
    const eth = 'ETH funding 0.0094%, the richest of the majors, about 10.3% a year.';
    expect(verdictsAt(eth, '10.3%')).toEqual(['supported']);
    expect(verdictsAt(eth.replace('ETH funding 0.0094%', 'BTC funding 0.0081%'), '0.0081%')).toEqual(['contradicted']);
  });
  it('ordinals and groups of no fact are not ranked (`second-highest`, `highest of the majors` for volatility)', () => {
    expect(verdictsAt('BTC funding was the second-highest at 0.0081%.', '0.0081%')).toEqual(['supported']);
    expect(verdictsAt('BTC 7d volatility 33.9%, highest of the majors.', '33.9%')).toEqual(['supported']);
  });
});
