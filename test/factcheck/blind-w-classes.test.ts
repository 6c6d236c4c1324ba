/**
 * Classes found in blind corpus W's disagreements (issue 12, the fakeout day), each tested on sentences written for
 * the test on ANOTHER day (the rally day unless a test names another).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

const whipsaw = (text: string, find: string) => verdictsAt(text, find, '24h', 'whipsaw');

describe('corpus W classes', () => {
  it('a point the day passed: `after an early spike to`, `after printing ... overnight`, `wicked to X then dumped to Y`', () => {
    // (whipsaw day: BTC $108,450, its 24h high $111,921 and low $104,130)
    const spike = 'Bitcoin closed at $108,450 after an early spike to $111,921.';
    expect(whipsaw(spike, '$111,921')).toEqual(['supported']);
    expect(whipsaw(spike.replace('$111,921', '$113,921'), '$113,921')).toEqual(['contradicted']);
    // (a spike reaches the high, never the low)
    expect(whipsaw(spike.replace('$111,921', '$104,130'), '$104,130')).toEqual(['contradicted']);
    const push = 'Bitcoin sits near $108,450 after a brief push to roughly one hundred and twelve thousand.';
    expect(whipsaw(push, 'one hundred and twelve thousand')).toEqual(['supported']);
    const printed = 'After printing $104,130 overnight, bitcoin climbed back to $108,450.';
    expect(whipsaw(printed, '$104,130')).toEqual(['supported']);
    expect(whipsaw(printed.replace('$104,130', '$101,130'), '$101,130')).toEqual(['contradicted']);
    expect(whipsaw('$BTC wicked to 111.9k then dumped to 108.4k', '111.9k')).toEqual(['supported']);
    expect(whipsaw('$BTC wicked to 115.9k then dumped to 108.4k', '115.9k')).toEqual(['contradicted']);
  });
  it("a sector paragraph: `(10 names, $3.16 trillion)`, `In total 10 members rose`, `the sector's capitalisation grew by`", () => {
    // (rally day: Layer 1 has 10 members, all up, +3.86 %, worth $3.16 trillion after +$117.4 billion; AI 7 members)
    expect(verdictsAt('Layer 1 (10 names, $3.16 trillion): up 3.9%.', '10 names')).toEqual(['supported']);
    expect(verdictsAt('Layer 1 (9 names, $3.16 trillion): up 3.9%.', '9 names')).toEqual(['contradicted']);
    expect(verdictsAt('The AI basket (7 tokens, $13.6B) gained 9.2%.', '7 tokens')).toEqual(['supported']);
    const l1 = 'Layer 1 rose 3.9%. XRP rose 2.2% to $2.48. In total 10 members rose and 0 fell, and the sector';
    const text = `${l1}'s capitalisation grew by $117.4 billion to $3.16 trillion.`;
    expect(verdictsAt(text, '10 members')).toEqual(['supported']);
    expect(verdictsAt(text, '$117.4 billion')).toEqual(['supported']);
    expect(verdictsAt(text, '$3.16 trillion')).toEqual(['supported']);
    expect(verdictsAt(text.replace('10 members', '8 members'), '8 members')).toEqual(['contradicted']);
    expect(verdictsAt(text.replace('$3.16 trillion', '$3.96 trillion'), '$3.96 trillion')).toEqual(['contradicted']);
  });
  it('a group as a whole: `the group as a whole inched up 9.2%`, `Sector all together plus 9.2%`', () => {
    // (rally day: AI +9.20 %; Render +9.46 %, Worldcoin +7.52 %)
    const lead = 'AI rose 9.2%. Render rose 9.5%, Worldcoin added 7.5%, and ';
    expect(verdictsAt(`${lead}the group as a whole gained 9.2%.`, '9.2%.')).toEqual(['supported']);
    expect(verdictsAt(`${lead}the group as a whole gained 7.2%.`, '7.2%')).toEqual(['contradicted']);
    expect(
      verdictsAt('- AI +9.2%.\n- Render +9.5%, WLD +7.5%.\n- Sector all together plus 9.2%.', 'plus 9.2%'),
    ).toEqual(['supported']);
  });
  it("`Market cap` after a roundup of several assets is the market's; after one asset's lines, that asset's", () => {
    // (rally day: total cap $3.618T, +3.71 %; ETH +4.62 %, SOL +5.41 %, ETH market cap $481.3B)
    const roundup = 'Ether rose 4.6% and Solana 5.4%. Market cap climbed 3.7% to $3.62 trillion.';
    expect(verdictsAt(roundup, '3.7%')).toEqual(['supported']);
    expect(verdictsAt(roundup, '$3.62 trillion')).toEqual(['supported']);
    expect(verdictsAt(roundup.replace('3.7%', '5.7%'), '5.7%')).toEqual(['contradicted']);
    // (one asset's lines keep the asset)
    expect(verdictsAt('Ether rose 4.6% to $3,987. Market cap $481.3 billion.', '$481.3 billion')).toEqual([
      'supported',
    ]);
  });
  it('`unlock next week`: a time ahead is no window of the figure before it', () => {
    // (rally day: SOL +5.41 % on 24h)
    expect(verdictsAt('$SOL +5.4% and 64.2M tokens unlock next week', '+5.4%')).toEqual(['supported']);
    expect(verdictsAt('$SOL +5.4% this week', '+5.4%')).toEqual(['contradicted']);
  });
  it('a metric named before a colon with a word of its telling (`OI wipe:`, `vol check:`) heads the list after it', () => {
    // (rally day: open interest ETH +7.8 % to $5.91B, BTC +6.2 % to $9.84B)
    const text = 'OI update: ETH +7.8% to $5.9B, BTC +6.2% to $9.8B';
    expect(verdictsAt(text, '+7.8%')).toEqual(['supported']);
    expect(verdictsAt(text, '+6.2%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('+6.2%', '+3.8%'), '+3.8%')).toEqual(['contradicted']);
  });
  it('the pool a count was taken from: `out of 30`, `27 coins up from 30`', () => {
    // (rally day: 27 of 30 up, 3 down)
    expect(verdictsAt('only 3 coins red today out of 30 and $SOL up 5%', '30')).toEqual(['supported']);
    expect(verdictsAt('only 3 coins red today out of 31 and $SOL up 5%', '31')).toEqual(['contradicted']);
    expect(verdictsAt('Breadth is strong: 27 coins up from 30, only 3 down.', '30')).toEqual(['supported']);
  });
  it('a dotted scale before a capitalised word ends the sentence: `worth $13,6 Mrd. In Layer 1, ...`', () => {
    // (rally day: AI worth $13.64 billion; Layer 1 sector market cap $3.16 trillion)
    const text = 'AI tokens rose 9,2 %. The sector is now worth $13,6 Mrd. In Layer 1, XRP rose 2,2 %.';
    expect(verdictsAt(text, '$13,6 Mrd.')).toEqual(['supported']);
    // (`Mrd. USD`: the unit goes on)
    expect(verdictsAt('AI tokens rose 9,2 %, worth 13,6 Mrd. USD in all.', '13,6 Mrd. USD')).toEqual(['supported']);
  });
  it("a move's noun before `above` a level says where the price went, not where it is", () => {
    // (whipsaw day: BTC $108,450 under its $110,000 resistance, 24h high $111,921)
    const text = 'Bitcoin fell back to $108,450 after a brief push above the $110,000 resistance failed.';
    expect(whipsaw(text, '$110,000')).toEqual(['supported']);
    expect(whipsaw(text.replace('$110,000', '$115,000'), '$115,000')).toEqual(['contradicted']);
    // (without the move's noun the relation is the price's)
    expect(whipsaw('Bitcoin trades above the $110,000 resistance.', '$110,000')).toEqual(['contradicted']);
  });
  it('a joining word inside an aside keeps it one: `NEAR, which sits in both Layer 1 and AI, rose 8.9%`', () => {
    // (rally day: NEAR +8.93 %, AI +9.20 %)
    const text = 'Layer 1 rose 3.9%. NEAR, which sits in both Layer 1 and AI, rose 8.9%.';
    expect(verdictsAt(text, '8.9%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('8.9%', '9.2%'), '9.2%')).toEqual(['contradicted']);
  });
  it('`leader of losses` names the worst, not the best `leader` alone names', () => {
    // (rally day: OP -2.41 % the worst of Layer 2, IMX +2.60 % its best)
    const text = '- Layer 2 mixed. OP is leader of losses with minus 2,4%, IMX is best of them with plus 2,6%.';
    expect(verdictsAt(text, 'minus 2,4%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('OP is leader', 'IMX is leader'), 'minus 2,4%')).toContain('contradicted');
  });
  it('`a thirty-day view`, `twenty-four hours` in words name their windows', () => {
    // (rally day: BTC realized volatility 33.9 % on 7 days, 29.0 % on 30; BTC +11.5 % on 30 days)
    const text =
      'Bitcoin realised volatility is around thirty-four per cent, against twenty-nine on a thirty-day view.';
    expect(verdictsAt(text, 'twenty-nine')).toEqual(['supported']);
    expect(verdictsAt(text.replace('twenty-nine', 'nineteen'), 'nineteen')).toEqual(['contradicted']);
    expect(verdictsAt('Over the last thirty-day stretch bitcoin gained eleven per cent.', 'eleven')).toEqual([
      'supported',
    ]);
  });
});
