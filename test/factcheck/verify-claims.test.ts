/**
 * Tolerances and verdict rules on a small hand-made sheet (values chosen so each boundary is clear):
 * rounding from written precision, hedges, direction vs sign, levels, wrong window, wrong asset, reasons.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { Fact, FactsSheet } from '../../src/domain/fact.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';

const asOf = '2026-11-20T07:00:00.000Z';
const f = (
  id: string,
  kind: 'asset' | 'sector' | 'market',
  entity: string,
  metric: Fact['metric'],
  value: number,
  unit: Fact['unit'],
  window?: Fact['window'],
  label = id,
): Fact => ({
  id,
  entity: { kind, id: entity, name: entity },
  metric,
  value,
  unit,
  label,
  asOf,
  source: 'test',
  ...(window ? { window } : {}),
});

const sheet: FactsSheet = {
  asOf,
  editionDate: '2026-11-20',
  sources: [],
  clusters: [],
  facts: [
    f('btc.price', 'asset', 'btc', 'price', 103_812, 'usd', undefined, 'BTC price'),
    f('btc.change_24h', 'asset', 'btc', 'change', -2.07, 'pct', '24h', 'BTC 24h change'),
    f('btc.change_7d', 'asset', 'btc', 'change', -4.95, 'pct', '7d', 'BTC 7d change'),
    f('eth.change_24h', 'asset', 'eth', 'change', -3.08, 'pct', '24h', 'ETH 24h change'),
    f('sector.ai.change_24h', 'sector', 'ai', 'change', -6.1, 'pct', '24h', 'AI sector 24h change'),
    f('sector.l2.change_24h', 'sector', 'l2', 'change', -3.0, 'pct', '24h', 'Layer 2 sector 24h change'),
    f('market.total_cap', 'market', 'market', 'market_cap', 2.97e12, 'usd', undefined, 'total crypto market cap'),
    f('market.funding_avg', 'market', 'market', 'funding_rate', -0.004, 'pct', undefined, 'average funding'),
  ],
};
const verdicts = (markdown: string) =>
  checkBrief({ markdown, sheet, registry: defaultRegistry }).claims.map((c) => c.verdict);
const reasons = (markdown: string) =>
  checkBrief({ markdown, sheet, registry: defaultRegistry }).claims.map((c) => c.reason);

describe('verdicts and tolerances', () => {
  it('rounding follows the written precision: 103.8K is ±0.05K, 104K is ±0.5K', () => {
    expect(verdicts('Bitcoin trades at $103.8K.')).toEqual(['supported']);
    expect(verdicts('Bitcoin trades at $104K.')).toEqual(['supported']);
    expect(verdicts('Bitcoin trades at $103.7K.')).toEqual(['contradicted']);
    expect(verdicts('Bitcoin trades at $93.8K.')).toEqual(['contradicted']);
  });

  it('a one-significant-digit dollar figure is read to two digits: $3T for 2.97T passes, for 2.6T not', () => {
    expect(verdicts('The total market cap is $3T.')).toEqual(['supported']);
    const low: FactsSheet = {
      ...sheet,
      facts: sheet.facts.map((x) => (x.id === 'market.total_cap' ? { ...x, value: 2.6e12 } : x)),
    };
    expect(
      checkBrief({ markdown: 'The total market cap is $3T.', sheet: low, registry: defaultRegistry }).claims[0]!
        .verdict,
    ).toBe('contradicted');
  });

  it('direction must agree with the sign; a written minus sign with "fell" is fine', () => {
    expect(verdicts('Bitcoin fell 2.1% over 24 hours.')).toEqual(['supported']);
    expect(verdicts('Bitcoin fell -2.1% over 24 hours.')).toEqual(['supported']);
    expect(verdicts('Bitcoin rose 2.1% over 24 hours.')).toEqual(['contradicted']);
    expect(reasons('Bitcoin rose 2.1% over 24 hours.')[0]).toContain('direction is wrong');
    expect(verdicts('Bitcoin: +2.1% (24h).')).toEqual(['contradicted']);
  });

  it('hedges widen or bound: about ±3 %, more than is above, under is below', () => {
    expect(verdicts('The AI sector lost about 6% on the day.')).toEqual(['supported']);
    expect(verdicts('The AI sector lost more than 6% on the day.')).toEqual(['supported']);
    expect(verdicts('The AI sector lost more than 7% on the day.')).toEqual(['contradicted']);
    expect(verdicts('The AI sector lost less than 6% on the day.')).toEqual(['contradicted']);
    expect(verdicts('The AI sector lost under 7% on the day.')).toEqual(['supported']);
    expect(verdicts('The total market cap is under $3 trillion.')).toEqual(['supported']);
    expect(verdicts('The total market cap is more than $3 trillion.')).toEqual(['contradicted']);
  });

  it('levels: below $104K at 103.8K is supported, above is contradicted', () => {
    expect(verdicts('Bitcoin slipped below $104K.')).toEqual(['supported']);
    expect(verdicts('Bitcoin climbed above $104K.')).toEqual(['contradicted']);
    expect(verdicts('Bitcoin holds above $103,000.')).toEqual(['supported']);
  });

  it('right value, wrong window and right number, wrong asset are contradicted with a hint', () => {
    expect(verdicts('Bitcoin fell 2.1% over the week.')).toEqual(['contradicted']);
    expect(reasons('Bitcoin fell 2.1% over the week.')[0]).toContain('BTC 24h change');
    expect(verdicts('Ether fell 2.1% on the day.')).toEqual(['contradicted']);
    expect(reasons('Ether fell 2.1% on the day.')[0]).toMatch(
      /says -2\.1%, ETH moved -3\.08% over 24h; 2\.1% matches BTC 24h change/,
    );
  });

  it('the reason names what the text says and what the fact is', () => {
    expect(reasons('The AI sector fell 8.1% over 24 hours.')[0]).toBe('says -8.1%, the AI sector moved -6.1% over 24h');
  });

  it('numbers nothing grounds are unsupported; qualitative sign claims are checked', () => {
    expect(verdicts('Payrolls added 119,000 jobs.')).toEqual(['unsupported']);
    expect(verdicts('Solana fell 3% on the day.')).toEqual(['unsupported']);
    expect(verdicts('Funding turned negative.')).toEqual(['supported']);
    expect(verdicts('Funding turned positive.')).toEqual(['contradicted']);
    expect(verdicts('The AI sector led losses on the day.')).toEqual(['supported']);
    expect(verdicts('Layer 2 tokens led losses on the day.')).toEqual(['contradicted']);
    expect(verdicts('AI tokens were the weakest sector on the day.')).toEqual(['supported']);
    expect(verdicts('L2s held up best on the day.')).toEqual(['supported']);
    expect(verdicts('AI tokens were the best-performing sector on the day.')).toEqual(['contradicted']);
  });
});
