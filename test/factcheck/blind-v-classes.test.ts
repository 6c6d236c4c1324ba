/**
 * Classes found in blind corpus V's disagreements (issue 12, the rebound day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: BTC $112,486, 24h low $108,050; BTC dominance 62.1 %; 27 of 30 up).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus V classes', () => {
  it('`up to` is the value reached unless a word that takes a bound stands before it', () => {
    expect(verdictsAt('btc dom up to 62.1% today', '62.1%')).toEqual(['supported']);
    expect(verdictsAt('btc dom up to 66.1% today', '66.1%')).toEqual(['contradicted']);
    expect(verdictsAt('went to bed early, woke up to $BTC at 112.5k', '112.5k')).toEqual(['supported']);
    expect(verdictsAt('went to bed early, woke up to $BTC at 118.5k', '118.5k')).toEqual(['contradicted']);
    // (`a dominance of up to 70%`: a bound, which 62.1 % meets)
    expect(verdictsAt('Bitcoin holds a dominance of up to 70%.', '70%')).toEqual(['supported']);
  });
  it('counts of movers over the list: `only 3 decliners on the list`, `Advancers beat decliners 27 to 3`', () => {
    const lead = 'Layer 1 rose 3.9%. A broad rally, with only ';
    expect(verdictsAt(`${lead}3 decliners on the list.`, '3 decliners')).toEqual(['supported']);
    expect(verdictsAt(`${lead}5 decliners on the list.`, '5 decliners')).toEqual(['contradicted']);
    // (`beat`, `led`, `topped` pair the two counts in order, as `outnumbered` does)
    const beat = 'Gaming rose 6.1%. Advancers beat decliners 27 to 3 across the list.';
    expect(verdictsAt(beat, '27')).toEqual(['supported']);
    expect(verdictsAt(beat, '3 across')).toEqual(['supported']);
    expect(verdictsAt(beat.replace('27 to 3', '25 to 5'), '25')).toEqual(['contradicted']);
    // (the pool itself still reads as the pool: `27 tracked on the list`)
    expect(verdictsAt('All 30 coins on the list were priced.', '30')).toEqual(['supported']);
  });
  it('`Market capitalization total 3.6 trn USD, +3.7% in day`: `total` right before a figure is the market', () => {
    const text = '- ETH +4.6%.\n- Market capitalization total 3.6 trn USD, +3.7% in day.';
    expect(verdictsAt(text, '3.6 trn USD')).toEqual(['supported']);
    expect(verdictsAt(text, '+3.7%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+3.7%', '+4.7%'), '+4.7%')).toEqual(['contradicted']);
  });
  it('a group and its value: `the seven AI tokens added 9.2% to a combined $13.6 billion`, `(7 names)`', () => {
    // (rally day: seven AI members, all up, worth $13.64 billion together)
    const text = 'AI sector: the seven AI tokens added 9.2% to a combined $13.6 billion.';
    expect(verdictsAt(text, '$13.6 billion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$13.6', '$12.3'), '$12.3 billion')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('seven', 'six'), 'six')).toEqual(['contradicted']);
    expect(verdictsAt('The AI tokens (6 names) gained 9,2 %.', '6 names')).toEqual(['contradicted']);
  });
  it('crossings and dips: `reclaimed $3,800 support`, `after dipping below $108,100`', () => {
    // (rally day: ETH $3,987, support $3,800; BTC's 24h low $108,050)
    expect(verdictsAt('Ether reclaimed $3,800 support.', '$3,800')).toEqual(['supported']);
    expect(verdictsAt('Ether lost $3,800 support.', '$3,800')).toEqual(['contradicted']);
    const dip = 'Bitcoin rose to $112,486 after dipping below $108,100 overnight.';
    expect(verdictsAt(dip, '$108,100')).toEqual(['supported']);
    expect(verdictsAt(dip.replace('$108,100', '$107,100'), '$107,100')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin added 3.8% to $112,486 after a dip to $108,050.', '$108,050')).toEqual(['supported']);
  });
  it('`bought 3,400 BTC at an average of about $91,800`: what a buyer paid is no price of the day', () => {
    const text = 'A treasury firm bought 3,400 BTC at an average of about $91,800.';
    expect(verdictsAt(text, '$91,800')).toEqual(['unsupported']);
    // (one purchase at the day's price is the price)
    expect(verdictsAt('A whale just bought 4,000 BTC at $112.5k.', '$112.5k')).toEqual(['supported']);
  });
  it('short names: `Shiba`, `Fetch` (not the verb)', () => {
    expect(verdictsAt('Shiba is down 0.6% today.', '0.6%')).toEqual(['supported']);
    expect(verdictsAt('Render rose 9.5%, and Fetch added twelve.', 'twelve')).toEqual(['supported']);
    expect(verdictsAt('Render rose 9.5%, and Fetch added nine.', 'nine')).toEqual(['contradicted']);
    expect(verdictsAt('Render rose 9.5%; they fetch 3% more.', '3%')).not.toEqual(['supported']);
  });
  it('`(best: Solana +9.5%)`: a clause that is only a rank label ranks the figure after its colon', () => {
    // (rally day: NEAR +8.93 % the best Layer 1 member, AVAX +6.27 %; SHIB -0.58 % the only meme down)
    expect(verdictsAt('4. **Layer 1** +3.9% (best: NEAR +8.9%)', '+8.9%')).toEqual(['supported']);
    expect(verdictsAt('4. **Layer 1** +3.9% (best: Avalanche +6.3%)', '+6.3%')).toEqual(['contradicted']);
    expect(verdictsAt('Memes +1.8% (worst: Pepe +3.4%)', '+3.4%')).toEqual(['contradicted']);
    expect(verdictsAt('AI tokens rose 9.2%. Best performer: Render at +9.5%.', '+9.5%')).toEqual(['contradicted']);
  });
  it('`and memecoins managed 1.8%`: a verb that states no direction ends the reach of an earlier one', () => {
    // (rally day: L2 -0.44 %, memes +1.82 %)
    const text = 'Rollups were the weak spot, down 0.4% as a group, and memecoins managed 1.8%.';
    expect(verdictsAt(text, '1.8%')).toEqual(['supported']);
    expect(verdictsAt('Rollups were down 0.4%, and memecoins fell 1.8%.', '1.8%')).toEqual(['contradicted']);
  });
  it('`+3.8% on the day. still +11% on the week`: a full stop after a word of three letters ends a sentence', () => {
    // (rally day: BTC +3.84 % on the day, +10.97 % on the week)
    const text = '$BTC +3.8% on the day. still +11% on the week tho';
    expect(verdictsAt(text, '+11%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+11%', '+2.8%'), '+2.8%')).toEqual(['contradicted']);
    // (`vol.`, `approx.` do not: the figure keeps its asset and metric)
    expect(verdictsAt('BTC 24h vol. approx. $3.4bn', '$3.4bn')).toEqual(['supported']);
  });
  it('edited slips: a doubled space after a name, a name or outlet split by a stray space', () => {
    // (rally day: NEAR +8.93 %, FET +11.84 %, WLD +7.52 %; CoinDesk's `U.S. Spot Bitcoin ETFs Draw $612M`)
    expect(verdictsAt('Near  rose 8.9%, Fet 11.8%.', '8.9%')).toEqual(['supported']);
    expect(verdictsAt('Virtuals up 14.3% and World coin up 7.5%.', '7.5%')).toEqual(['supported']);
    expect(verdictsAt('Virtuals up 14.3% and World coin up 4.5%.', '4.5%')).toEqual(['contradicted']);
    const etf = 'According to Coin Desk, U.S. spot bitcoin ETFs drew $612M in net inflows.';
    expect(verdictsAt(etf, '$612M')).toEqual(['supported-by-source']);
    expect(verdictsAt(etf.replace('Coin Desk', 'a desk'), '$612M')).toEqual(['unsupported']);
  });
  it('numbers in words: a rank’s spelled figure (`Render led at nine point five`) and `the 3 reds`', () => {
    // (rally day: RENDER +9.46 %, GRT +6.38 %; 27 of 30 up, 3 down)
    const led = 'AI tokens rallied. Render led at nine point five, and the Graph came second at about six point four.';
    expect(verdictsAt(led, 'nine point five')).toEqual(['supported']);
    expect(verdictsAt(led.replace('nine point five', 'twelve point four'), 'twelve point four')).toEqual([
      'contradicted',
    ]);
    const reds = '27/30 coins green today. the 3 reds: $SHIB -0.6% $OP -2.4% $ARB -1.9%';
    expect(verdictsAt(reds, '3 reds')).toEqual(['supported']);
    expect(verdictsAt(reds.replace('3 reds', '4 reds'), '4 reds')).toEqual(['contradicted']);
  });
  it('a share listed after a percentage is a move: `and gaming more than a fifth`, of a per cent after parts of one', () => {
    // (rally day: AI +9.2 %, gaming +6.12 %, memes +1.82 %; POL +0.31 %)
    expect(verdictsAt('AI rose about nine per cent, and gaming more than a fifth.', 'a fifth')).toEqual([
      'contradicted',
    ]);
    const parts = 'Layer 2 fell under half a per cent, while Polygon rose a little more than a quarter.';
    expect(verdictsAt(parts, 'a quarter')).toEqual(['supported']);
    // (`a dollar and a half` is money, not a share)
    expect(verdictsAt('AI rose nine per cent; Virtuals is at a dollar and a half.', 'a half')).toEqual([]);
  });
  it('`Ether rose 4.6%, ahead of Solana`: a rival named without a figure must have moved less (or more)', () => {
    // (rally day: ETH +4.62 %, SOL +5.41 %, BTC +3.84 %; AI +9.2 %, memes +1.82 %)
    expect(verdictsAt('Ether rose 4.6%, ahead of Solana.', '4.6%')).toEqual(['contradicted']);
    expect(verdictsAt('Ether rose 4.6%, outpacing bitcoin.', '4.6%')).toEqual(['supported']);
    expect(verdictsAt('Ether rose 4.6%, lagging Solana.', '4.6%')).toEqual(['supported']);
    expect(verdictsAt('Ether rose 4.6%, better than SOL.', '4.6%')).toEqual(['contradicted']);
    expect(verdictsAt('AI rose 9.2%, well ahead of the memecoins.', '9.2%')).toEqual(['supported']);
    // (the rival's own figure is a claim of its own)
    expect(verdictsAt("Ether rose 4.6%, ahead of Solana's 3.4%.", '4.6%')).toEqual(['supported']);
    // (`ahead of Ether's upgrade`: in time, before something of the rival's)
    expect(verdictsAt("Bitcoin rose 3.8% ahead of Ether's upgrade.", '3.8%')).toEqual(['supported']);
  });
});
