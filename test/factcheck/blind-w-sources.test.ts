/**
 * Sources, forecasts and the funding payer: classes found in blind corpus W's disagreements (issue 12, the fakeout
 * day), each tested on sentences written for the test on ANOTHER day (the rally day: BTC $112,486, its 24h high
 * $112,511; Bitcoin Magazine's headline names $115,000 as the next resistance, Decrypt's $340 million of short
 * liquidations; BTC funding +0.0081 % per 8h, +8.89 % annualized).
 */
import { describe, expect, it } from 'vitest';
import { verdictsAt } from './blind/verdicts-at.ts';

describe('corpus W classes: sources, forecasts, the funding payer', () => {
  it('a forecast (`sees`, `calling`, `targeting` a figure) is no claim about today: unsupported, or sourced', () => {
    const sees = 'An analyst quoted by Bitcoin Magazine sees $115,000 for bitcoin.';
    expect(verdictsAt(sees, '$115,000')).toEqual(['supported-by-source']);
    expect(verdictsAt('An analyst sees $150,000 for bitcoin.', '$150,000')).toEqual(['unsupported']);
    const calling = 'Analyst calling one hundred and fifteen thousand dollars BTC now, per Bitcoin Magazine.';
    expect(verdictsAt(calling, 'one hundred')).toEqual(['supported-by-source']);
    expect(verdictsAt('Desks targeting $5,000 ETH this month.', '$5,000')).toEqual(['unsupported']);
    // (a price said to be today's is still checked against it, whoever reports it)
    expect(verdictsAt('Bitcoin traded at $118,000 on Thursday, according to CoinDesk.', '$118,000')).toEqual([
      'contradicted',
    ]);
  });
  it('a new high above a bound the 24h high never reached is contradicted, whatever it is attributed to', () => {
    const magazine = 'Bitcoin Magazine said bitcoin hit a record above $115,000 overnight.';
    expect(verdictsAt(magazine, '$115,000')).toEqual(['contradicted']);
    const spelled = 'Bitcoin hit a fresh record above one hundred and fifteen thousand, Bitcoin Magazine reported.';
    expect(verdictsAt(spelled, 'one hundred')).toEqual(['contradicted']);
    // (a bound the day's high passed is no contradiction; a past record is no claim about today)
    expect(verdictsAt('Bitcoin hit a record above $112,000 overnight, CoinDesk reported.', '$112,000')).toEqual([
      'supported',
    ]);
    expect(verdictsAt('Bitcoin hit a record $126K in October.', '$126K')).toEqual(['unsupported']);
    const below = 'Bitcoin is 11% below the record above $126,000 it set in October.';
    expect(verdictsAt(below, '$126,000')).toEqual(['unsupported']);
  });
  it('`liquidations of short positions topped $340 million`: a figure no fact states, sourced when attributed', () => {
    const lead = 'Open interest rose to $19.1 billion, while liquidations of short positions topped ';
    expect(verdictsAt(`${lead}$340 million according to Decrypt, citing CoinGlass.`, '$340 million')).toEqual([
      'supported-by-source',
    ]);
    expect(verdictsAt(`${lead}$340 million.`, '$340 million')).toEqual(['unsupported']);
    expect(verdictsAt(`${lead}$560 million according to Decrypt.`, '$560 million')).toEqual(['unsupported']);
  });
  it("a payer after an aside (`+0.008% per 8h (annualised ~8.9%), shorts pay longs`) is the rate's, not the aside's", () => {
    const aside = 'BTC funding +0.008% per 8h (annualised ~8.9%), shorts pay to longs, small.';
    expect(verdictsAt(aside, '8.9%')).toEqual(['supported']);
    expect(verdictsAt(aside, '+0.008%')).toEqual(['contradicted']);
    expect(verdictsAt(aside, 'shorts pay to longs')).toEqual(['contradicted']);
    // (an unsigned rate takes the payer named after it: `0.008%, so shorts are paying longs` says -0.008%)
    const rate = 'BTC funding sits at 0.008% per 8h, so shorts are paying longs.';
    expect(verdictsAt(rate, '0.008%')).toEqual(['contradicted']);
    expect(verdictsAt('BTC funding flipped negative at -0.008%.', '-0.008%')).toContain('contradicted');
  });
  it('a payer that contradicts the sign word of its figure (`turned positive at ..., meaning shorts now pay longs`)', () => {
    // (the labels of G, I, P, T and V: the figure carries the payer it leads to; the payer phrase is flagged too)
    const turned = 'BTC funding turned positive at eight thousandths, meaning shorts now pay longs.';
    expect(verdictsAt(turned, 'eight thousandths')).toEqual(['contradicted']);
    expect(verdictsAt(turned, 'shorts now pay longs')).toEqual(['contradicted']);
    const right = turned.replace('shorts now pay longs', 'longs now pay shorts');
    expect(verdictsAt(right, 'eight thousandths')).toEqual(['supported']);
    expect(verdictsAt(right, 'longs now pay shorts')).toEqual(['supported']);
  });
  it('`64.2M tokens unlock`: a capital M or a decimal before `m` is millions, a figure read (a bare `5m` may be minutes)', () => {
    expect(verdictsAt('ARB unlock: 92.6M tokens unlock next week.', '92.6M')).toEqual(['unsupported']);
    expect(verdictsAt('the exit queue is 1.2M ETH now', '1.2M')).toEqual(['unsupported']);
    expect(verdictsAt('the 5m chart looks heavy, 15m too', '5m')).toEqual([]);
  });
  it('an amount in millions names its thing up to five words on (`523M left the spot BTC ETFs`)', () => {
    const etf = 'Bitcoin Magazine says 612M entered the spot BTC ETFs on Wednesday';
    expect(verdictsAt(etf, '612M')).toEqual(['supported-by-source']);
    const liquidated = 'More than $340 million of short positions were liquidated over 24 hours, Decrypt reported.';
    expect(verdictsAt(liquidated, '$340 million')).toEqual(['supported-by-source']);
    // (a price names none so far on: `to 2.4185 $ ahead of Monday's unlock` is SUI's price, $2.54 on the day)
    expect(verdictsAt("Sui gained 7.1% to 2.4185 $ ahead of Monday's unlock.", '2.4185')).toEqual(['contradicted']);
  });
});
