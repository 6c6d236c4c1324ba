/**
 * Classes found in blind corpus T's disagreements (issue 12, the rollup day), each tested on sentences written for
 * the test on ANOTHER day (the rally day: SOL $171.36, +5.41 %; memes +1.82 % with SHIB -0.58 % its only loser; AI
 * +9.2 % with VIRTUAL +14.27 % its best; CoinDesk's headline `U.S. Spot Bitcoin ETFs Draw $612M in Net Inflows`).
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { daySheet } from './blind/score.ts';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus T classes', () => {
  it('an outlet’s figure is sourced though the paragraph before spoke of another asset', () => {
    // (the rally day has no headline figure of that kind filed under an asset: this one is on the rollup day, whose
    // Decrypt headline `Lending Protocol on a Layer-2 Network Drained of $18 Million` is filed under the rollups)
    const sheet = daySheet('rollup');
    const verdict = (markdown: string) =>
      checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow: '24h' }).claims.at(-1)?.verdict;
    const text = 'Ether rose 4.8%. Decrypt said a lending protocol was drained of $18 million.';
    expect(verdict(text)).toBe('supported-by-source');
    // (a figure no headline carries stays unsupported, and an unnamed outlet attributes nothing)
    expect(verdict(text.replace('$18 million', '$28 million'))).toBe('unsupported');
    expect(verdict(text.replace('Decrypt said', 'Reports said'))).toBe('unsupported');
  });
  it('`$171.40`: a price of ten dollars or more written to cents with a last zero holds its dimes only', () => {
    expect(verdictsAt('Solana added 5.4% to $171.40.', '$171.40')).toEqual(['supported']);
    expect(verdictsAt('Solana added 5.4% to $181.40.', '$181.40')).toEqual(['contradicted']);
    // (cents that are not a zero keep their precision)
    expect(verdictsAt('Solana added 5.4% to $171.31.', '$171.31')).toEqual(['contradicted']);
  });
  it('a figure read as the sector’s that is its named best or worst member’s is that member’s', () => {
    expect(verdictsAt('Memes rose 1.8%, with only Shiba Inu lower (-0.6%).', '-0.6%')).toEqual(['supported']);
    expect(verdictsAt('AI tokens jumped 9.2%, led by Virtuals, up 14.3%.', '14.3%')).toEqual(['supported']);
    // (the member must be named, and the figure must be its)
    expect(verdictsAt('Memes rose 1.8%, with only Shiba Inu lower (-2.6%).', '-2.6%')).toEqual(['contradicted']);
    expect(verdictsAt('AI tokens jumped 9.2%, led by the agents, up 14.3%.', '14.3%')).not.toEqual(['supported']);
  });
  it('numbers in words: a bare decimal after a word of moving and thousandths where funding is spoken of', () => {
    // (rally day: RENDER +9.46 %, WLD +7.52 %, GRT +6.38 %; ETH funding 0.0094 %, DOGE -0.0058 % per 8h)
    const moves = 'Render climbed nine point five, and Worldcoin rose about seven and a half.';
    expect(verdictsAt(moves, 'nine point five')).toEqual(['supported']);
    expect(verdictsAt(moves.replace('nine point five', 'four point five'), 'four point five')).toEqual([
      'contradicted',
    ]);
    // (`the Graph` with a lower-case article mid-sentence is the asset)
    expect(verdictsAt('Render rose nine and a half per cent and the Graph six.', 'six')).toEqual(['supported']);
    const funding =
      'Ether longs paid shorts at roughly nine thousandths of a per cent. Dogecoin funding sat at minus six thousandths.';
    expect(verdictsAt(funding, 'nine thousandths')).toEqual(['supported']);
    expect(verdictsAt(funding, 'minus six thousandths')).toEqual(['supported']);
    expect(verdictsAt(funding.replace('minus six', 'minus nine'), 'minus nine')).toEqual(['contradicted']);
  });
  it('`shorts are collecting about 8.9 pct a year from longs`: the receiver named says who pays', () => {
    expect(verdictsAt('Bitcoin shorts are collecting about 8.9 pct a year from longs.', '8.9 pct')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('Bitcoin longs are collecting about 8.9 pct a year from shorts.', '8.9 pct')).toEqual([
      'contradicted',
    ]);
  });
  it('pools and groups: `from 30 in watchlist`, `10 of the 10 layer-1s`, `the smart-contract-platform category`', () => {
    expect(verdictsAt('Breadth: 27 up, 3 down, from 30 in watchlist.', '30')).toEqual(['supported']);
    const l1 = 'Large caps were green, with 10 of the 10 layer-1s up.';
    expect(verdictsAt(l1, '10 of the 10')).toEqual(['supported']);
    expect(verdictsAt(l1.replace('10 of the 10', '8 of the 10'), '8 of the 10')).toEqual(['contradicted']);
    const category = "CoinGecko's smart-contract-platform category is valued at $3.21 trillion, +3.62%.";
    expect(verdictsAt(category, '$3.21 trillion')).toEqual(['supported']);
    expect(verdictsAt(category, '+3.62%')).toEqual(['supported']);
  });
  it('`inside the box 110,000 / 115,000`, `XRP 2.40 / 2.50`: prices either side of a spaced slash are levels', () => {
    // (rally day: BTC $112,486 between $110K support and $115K resistance; XRP $2.48 between $2.40 and $2.50)
    expect(verdictsAt('BTC is at 112,486. It stays inside the box 110,000 / 115,000.', '110,000')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('- XRP 2.40 / 2.50, price 2.48.', '2.40')).toEqual(['supported']);
    expect(verdictsAt('- XRP 2.10 / 2.20, price 2.48.', '2.10')).toEqual(['contradicted']);
    // (counts and funding rates are no pair of prices)
    expect(verdictsAt('Breadth: 27 / 3 up and down.', '27')).not.toContain('contradicted');
  });
  it('`half its weekly norm`, `a fifth of its value` after a comma, `Gaming was led by Axie`: more words read', () => {
    // rally day: every volume near its 7-day average (BTC 1.09x); VIRTUAL +14.27 %; gaming's best
    // member GALA +9.81 %, AXS +8.92 %
    expect(verdictsAt('Bitcoin volume ran at about half its weekly norm.', 'half')).toEqual(['contradicted']);
    // (the doldrums day: BTC volume 0.55x its 7-day average)
    const quiet = checkBrief({
      markdown: 'Bitcoin volume ran at about half its weekly norm.',
      sheet: daySheet('doldrums'),
      registry: defaultRegistry,
      defaultWindow: '24h',
    });
    expect(quiet.claims.map((c) => c.verdict)).toEqual(['supported']);
    expect(verdictsAt('Virtuals jumped 14.3 per cent, a fifth of its value.', 'a fifth')).toEqual(['contradicted']);
    expect(verdictsAt('Gala gained 9.8 per cent, a tenth of its value.', 'a tenth')).toEqual(['supported']);
    expect(verdictsAt('Gaming was led by Axie, up 8.9%.', '8.9%')).toEqual(['contradicted']);
    expect(verdictsAt('Gaming was led by Gala, up 9.8%.', '9.8%')).toEqual(['supported']);
  });
  it('after U: a rate under 0.1 % where funding is spoken of is funding; `lost a quarter` is a move, not 3 months', () => {
    // rally day: ETH funding 0.0094 % per 8h
    expect(verdictsAt('The funding picture: ether’s rate sat near 0.01%.', '0.01%')).toEqual(['supported']);
    expect(verdictsAt('The funding picture: ether’s rate sat near 0.05%.', '0.05%')).toEqual(['contradicted']);
    // (the capitulation day: SOL open interest -25 % on the day, VIRTUAL -24.8 % on 7 days)
    const sheet = daySheet('capitulation');
    const verdict = (markdown: string, defaultWindow: '24h' | '7d') =>
      checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow }).claims.map((c) => c.verdict);
    expect(verdict('Solana perps lost a quarter of their open interest on the day.', '24h')).toEqual(['supported']);
    expect(verdict('Over the week, Virtuals lost a quarter.', '7d')).toEqual(['supported']);
    expect(verdict('Over the week, Virtuals lost a third.', '7d')).toEqual(['contradicted']);
  });
});
