/**
 * Entity-binding classes found across the blind corpora A-P (issue 12: a correct figure flagged because it was bound to
 * another entity's fact), each tested on sentences written for the test on the rally day (NEAR +8.93 % at $2.906,
 * POL +0.31 %, DOT support $3.2 and resistance $3.4, BTC 7-day volatility 33.9 %, ETH 72.0 %, SOL 45.1 %).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('word-like names before their figure', () => {
  it('`Near rose 8.9%`: a direction verb after the name (never `near` the word before a price)', () => {
    expect(verdictsAt('Sui rose 7.1%, Near rose 8.9% to $2.91.', '8.9%')).toEqual(['supported']);
    expect(verdictsAt('Sui rose 7.1%, Near rose 1.8% to $2.91.', '1.8%')).toEqual(['contradicted']);
    expect(verdictsAt('Sui rose 7.1%; near climbed 8.9 %.', '8.9 %')).toEqual(['supported']);
    expect(verdictsAt('ETH rose to near $4,000 today.', '$4,000')).toEqual(['supported']);
  });
  it('`Dot resistance $3.40`: a level word between the name and its figure', () => {
    const text = 'Sui fell. Dot resistance $3.40, support $3.20.';
    expect(verdictsAt(text, '$3.40')).toEqual(['supported']);
    expect(verdictsAt(text, '$3.20')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$3.40', '$3.60'), '$3.60')).toEqual(['contradicted']);
  });
  it('`Pol rose 0. 3%`: a stray space after the decimal point still makes a figure after the name', () => {
    expect(verdictsAt('Pol rose 0. 3% and imx gained 2.6%.', '0. 3%')).toEqual(['supported']);
    expect(verdictsAt('Pol rose 2. 5% and imx gained 2.6%.', '2. 5%')).toEqual(['contradicted']);
  });
});

describe('appositives and comparisons', () => {
  it('`NEAR, a member of both the AI and the Layer 1 groups, added 8.9%`: the group in the appositive owns nothing', () => {
    const text = 'NEAR, a member of both the AI and the Layer 1 groups, added 8.9%.';
    expect(verdictsAt(text, '8.9%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('8.9%', '3.9%'), '3.9%')).toEqual(['contradicted']);
    expect(verdictsAt('NEAR, counted in AI too, rose 8.9%.', '8.9%')).toEqual(['supported']);
    // an appositive holding a figure is a clause of its own
    expect(verdictsAt('Ether, up 4.6%, trailed the AI sector.', '4.6%')).toEqual(['supported']);
  });
  it('`34% annualized against 45% for Solana`: a name after `for` / `on` owns the compared figure', () => {
    const text = "Bitcoin's 7-day realized volatility is 34% annualized against 45% for Solana.";
    expect(verdictsAt(text, '45%')).toEqual(['supported']);
    expect(verdictsAt(text.replace('45%', '55%'), '55%')).toEqual(['contradicted']);
    expect(verdictsAt('$ETH vol over 7d is 72% vs 34% on BTC.', '34%')).toEqual(['supported']);
    expect(verdictsAt('$ETH vol over 7d is 72% vs 45% on BTC.', '45%')).toEqual(['contradicted']);
  });
  it('sector names writers use: `layer-2s`, `the rollup group`, `smart-contract chains`', () => {
    // (Layer 2 -0.44 % on the rally day)
    expect(verdictsAt('Memes led while layer-2s slipped 0.4% as polygon added 0.3%.', '0.4%')).toEqual(['supported']);
    expect(verdictsAt('Memes led while the rollup group rose 2.6%.', '2.6%')).toEqual(['contradicted']);
    expect(verdictsAt('The big smart-contract chains rose 3.9%.', '3.9%')).toEqual(['supported']);
    expect(verdictsAt('The big smart-contract chains rose 8.9%.', '8.9%')).toEqual(['contradicted']);
  });
});

describe('price ranges (rally day: BTC $112,486.3, 24h low $108,050.08, high $112,511.5, support $110K, resistance $115K)', () => {
  it('`trading between **$108,050** and **$112,500**`: markup and hedges around a range’s ends', () => {
    const text = 'Bitcoin (BTC) slipped to $112,486, trading between **$108,050** and **$112,500**.';
    expect(verdictsAt(text, '$108,050')).toEqual(['supported']);
    expect(verdictsAt(text.replace('$112,500', '$118,500'), '$108,050')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin traded between about $108,050 and $112,500.', '$108,050')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin traded between about $104,050 and $112,500.', '$104,050')).toEqual(['contradicted']);
  });
  it('a pair with a measured end is the day’s low and high; a round band holds the price', () => {
    expect(verdictsAt('Bitcoin is trading between $112,000 and $113,000.', '$112,000')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin is trading between $109,000 and $111,000.', '$109,000')).toEqual(['contradicted']);
    expect(verdictsAt('Bitcoin, trading between $108,050 and $118,500, held up.', '$108,050')).toEqual([
      'contradicted',
    ]);
  });
  it('`range-bound between $110,000 and $115,000`: support to resistance', () => {
    expect(verdictsAt('BTC is range-bound between **$110,000** and **$115,000**.', '$110,000')).toEqual(['supported']);
    expect(verdictsAt('BTC is range-bound between **$100,000** and **$105,000**.', '$100,000')).toEqual([
      'contradicted',
    ]);
  });
  it('`112.500 $` is rounded to the hundred, as `$112,500` is', () => {
    expect(verdictsAt("Bitcoin's 24h high was 112.500 $.", '112.500 $')).toEqual(['supported']);
    expect(verdictsAt("Bitcoin's 24h high was 112.900 $.", '112.900 $')).toEqual(['contradicted']);
  });
});
