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
  it('a text writing decimal commas groups thousands with dots before a currency word or three zeros', () => {
    // (rally day: BTC $112,486, resistance $115,000, support $110,000)
    const note = (price: string, level: string) =>
      `- BTC is +3,8% and trades ${price} USD. Next level above is ${level}, below we have support at 110.000.`;
    expect(verdictsAt(note('112.486', '115.000'), '112.486')).toEqual(['supported']);
    expect(verdictsAt(note('112.486', '115.000'), '115.000')).toEqual(['supported']);
    expect(verdictsAt(note('112.486', '115.000'), '110.000')).toEqual(['supported']);
    expect(verdictsAt(note('119.486', '115.000'), '119.486')).toEqual(['contradicted']);
    expect(verdictsAt(note('112.486', '125.000'), '125.000')).toEqual(['contradicted']);
    // (a text with dot decimals only keeps `2.482 USD` a price in dollars and cents)
    expect(verdictsAt('BTC +3.8% to $112,486, XRP at 2.482 USD.', '2.482 USD')).toEqual(['supported']);
  });
  it('a level in a condition is a level, not the price crossing it: `If BTC loses the $110,000 support, ...`', () => {
    const text = (level: string) => `If BTC loses the ${level} support, we expect a quick move to $104,000.`;
    expect(verdictsAt(text('$110,000'), '$110,000')).toEqual(['supported']);
    expect(verdictsAt(text('$105,000'), '$105,000')).toEqual(['contradicted']);
    expect(verdictsAt(text('$110,000'), '$104,000')).toEqual(['unsupported']);
  });
  it('`end of year` makes a forecast, and a plain figure read as dollars takes its outlet', () => {
    // (spotlight day: CoinDesk's headline carries a $180,000 year-end target)
    const note = (target: string) =>
      `- BTC -0,6% to 101.300 USD. CoinDesk quotes a broker with ${target} for BTC end of year.`;
    expect(verdictsAt(note('180.000'), '180.000', '24h', 'spotlight')).toEqual(['supported-by-source']);
    expect(verdictsAt(note('190.000'), '190.000', '24h', 'spotlight')).toEqual(['unsupported']);
  });
  it("`X led the declines` after a sentence on X's sector ranks X in that sector, not the market", () => {
    // (rally day: memes +1.8 %, SHIB -0.6 % their worst; other assets fell more)
    const text = (who: string) => `Memecoins gained 1.8%. ${who} led the declines, while WIF rose 4.8%.`;
    expect(verdictsAt(text('Shiba Inu'), 'led the declines')).toEqual(['supported']);
    expect(verdictsAt(text('Dogecoin'), 'led the declines')).toEqual(['contradicted']);
  });
  it("`Bitcoin's share:` after a metric lists parts of that metric, not dominance", () => {
    // (rally day: open interest $19.11B in all, BTC's $9.84B +6.2 %, ETH's $5.91B +7.8 %)
    const text = (eth: string) =>
      `Total open interest $19.11B, up 5.1%. Bitcoin's share: $9.84B (+6.2%); ether ${eth} (+7.8%).`;
    expect(verdictsAt(text('$5.91B'), '$9.84B')).toEqual(['supported']);
    expect(verdictsAt(text('$5.91B'), '+6.2%')).toEqual(['supported']);
    expect(verdictsAt(text('$5.91B'), '$5.91B')).toEqual(['supported']);
    expect(verdictsAt(text('$7.91B'), '$7.91B')).toEqual(['contradicted']);
    // (a share of the market alone is still dominance)
    expect(verdictsAt("Bitcoin's share: 58.1%.", '58.1%')).toEqual(['contradicted']);
  });
  it('Markdown emphasis between a move and its amount keeps it a change: `fell by about **$24.8 million**`', () => {
    // (rally day: the layer-2 tokens lost 0.44 %, $24.8 million of value)
    const text = (loss: string) =>
      `Layer 2 slipped 0.4%. The sector's market cap fell by about **${loss}** to **$5.6 billion**.`;
    expect(verdictsAt(text('$24.8 million'), '$24.8 million')).toEqual(['supported']);
    expect(verdictsAt(text('$34.8 million'), '$34.8 million')).toEqual(['contradicted']);
  });
  it("a figure given with a wrong rank takes the rank's verdict: `DOGE led the sector at 2.1%`", () => {
    // (rally day: WIF +4.8 % led the memes, DOGE +2.1 %)
    expect(verdictsAt('Memes: WIF led the sector at 4.8%.', '4.8%')).toEqual(['supported']);
    expect(verdictsAt('Memes: DOGE led the sector at 2.1%.', '2.1%')).toEqual(['contradicted']);
    expect(verdictsAt('Memecoins gained 1.8%. Dogecoin, up 2.1%, was the best performer in memes.', '2.1%')).toEqual([
      'contradicted',
    ]);
    expect(verdictsAt('Memecoins gained 1.8%. Dogwifhat, up 4.8%, was the best performer in memes.', '4.8%')).toEqual([
      'supported',
    ]);
  });
  it('a member rank names the asset right after it, in a sector that holds it', () => {
    // (rally day: memes' best WIF, worst SHIB; a sector that does not hold the asset ranks nothing)
    expect(verdictsAt('Memes best member WIF +4.8%, worst member SHIB.', 'worst member')).toEqual(['supported']);
    expect(verdictsAt('Memes best member WIF +4.8%, worst member DOGE.', 'worst member')).toEqual(['contradicted']);
    expect(verdictsAt('The best sector was AI, while Dogecoin was the worst performer at 2.1%.', '2.1%')).toEqual([
      'supported',
    ]);
  });
  it('near misses from a review of these rules: each correct sentence stays supported', () => {
    // a window label over signed figures lists changes, whatever metric the sentence before named
    const week = 'BTC funding sat at 0.0081%. On the week: BTC +11.0%, ETH +4.3%.';
    expect(verdictsAt(week, '+11.0%')).toEqual(['supported']);
    expect(verdictsAt('ETH realized volatility was 72% annualized. For the week: ETH +4.3%.', '+4.3%')).toEqual([
      'supported',
    ]);
    // a funding table's corner names no metric for its window columns
    const funding = '| Funding leaders | 24h | 7d |\n|---|---|---|\n| BTC | +3.8% | +11.0% |\n';
    expect(verdictsAt(funding, '+11.0%')).toEqual(['supported']);
    // `led the sector lower` is the group's lead down
    const lower = 'Layer 2 tokens slipped 0.4%. Optimism led the sector lower at -2.4%.';
    expect(verdictsAt(lower, '-2.4%')).toEqual(['supported']);
    expect(verdictsAt(lower.replace('Optimism', 'Arbitrum').replace('-2.4%', '-1.9%'), '-1.9%')).toEqual([
      'contradicted',
    ]);
    // one decimal comma is a slip, not a style: `2.482 USD` stays dollars and cents
    expect(verdictsAt('BTC +3.8% to $112,486, ETH +4,6%. XRP trades 2.482 USD.', '2.482 USD')).toEqual(['supported']);
    // `since year-end` is history, not a forecast: today's price is checked
    const since = 'BTC trades at $119,000, its best level since year-end.';
    expect(verdictsAt(since, '$119,000')).toEqual(['contradicted']);
  });
});
