/**
 * The seed articles' own figures as test material (issue 5): facts built to match them (the AI sector cap
 * from 70.67B to 17.67B, -75 %, -53B; L2 -14.9 % on the week; total cap under $3T; funding negative;
 * OI 230B -> 135B; BTC near $104K with support $100K and resistance $107K–$110K; 7-day RV near 50).
 * Sentences are our own; only the minimal figure phrases match the seeds. Correct ones pass, altered fail.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { Claim } from '../../src/domain/check-report.ts';
import type { Fact, FactsSheet } from '../../src/domain/fact.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';

const asOf = '2025-11-24T08:00:00.000Z';
const fact = (
  id: string,
  kind: 'asset' | 'sector' | 'market',
  entityId: string,
  metric: Fact['metric'],
  value: number,
  unit: Fact['unit'],
  window?: Fact['window'],
): Fact => ({
  id,
  entity: { kind, id: entityId, name: entityId },
  metric,
  value,
  unit,
  label: id,
  asOf,
  source: 'seed-matched test fact',
  ...(window ? { window } : {}),
});

const sheet: FactsSheet = {
  asOf,
  editionDate: '2025-11-24',
  clusters: [],
  sources: [],
  facts: [
    fact('sector.ai.market_cap', 'sector', 'ai', 'market_cap', 17.67e9, 'usd'),
    fact('sector.ai.market_cap_start_30d', 'sector', 'ai', 'market_cap_start', 70.67e9, 'usd', '30d'),
    fact('sector.ai.market_cap_change_30d', 'sector', 'ai', 'market_cap_change', -53.0e9, 'usd', '30d'),
    fact('sector.ai.change_30d', 'sector', 'ai', 'change', -75.0, 'pct', '30d'),
    fact('sector.ai.change_24h', 'sector', 'ai', 'change', -6.0, 'pct', '24h'),
    fact('sector.ai.change_7d', 'sector', 'ai', 'change', -10.5, 'pct', '7d'),
    fact('sector.l2.change_7d', 'sector', 'l2', 'change', -14.9, 'pct', '7d'),
    fact('sector.gaming.change_7d', 'sector', 'gaming', 'change', -12.0, 'pct', '7d'),
    fact('sector.depin.change_7d', 'sector', 'depin', 'change', -11.4, 'pct', '7d'),
    fact('sector.l1.change_7d', 'sector', 'l1', 'change', -7.0, 'pct', '7d'),
    fact('fet.change_30d', 'asset', 'fet', 'change', -84.0, 'pct', '30d'),
    fact('render.change_30d', 'asset', 'render', 'change', -82.0, 'pct', '30d'),
    fact('grt.change_30d', 'asset', 'grt', 'change', -82.0, 'pct', '30d'),
    fact('virtual.change_30d', 'asset', 'virtual', 'change', -73.0, 'pct', '30d'),
    fact('tao.change_30d', 'asset', 'tao', 'change', -60.0, 'pct', '30d'),
    fact('wld.change_30d', 'asset', 'wld', 'change', -55.0, 'pct', '30d'),
    fact('near.change_30d', 'asset', 'near', 'change', -40.0, 'pct', '30d'),
    fact('icp.change_30d', 'asset', 'icp', 'change', -45.0, 'pct', '30d'),
    ...(
      [
        ['near', 3.04e9],
        ['tao', 3.0e9],
        ['render', 1.2e9],
        ['fet', 1.0e9],
        ['icp', 0.9e9],
        ['wld', 0.8e9],
        ['virtual', 0.7e9],
        ['grt', 0.6e9],
      ] as const
    ).map(([id, cap]) => fact(`${id}.market_cap`, 'asset', id, 'market_cap', cap, 'usd')),
    fact('sector.ai.members', 'sector', 'ai', 'members', 8, 'count'),
    fact('btc.price', 'asset', 'btc', 'price', 103_800, 'usd'),
    fact('btc.support', 'asset', 'btc', 'support', 100_000, 'usd'),
    fact('btc.resistance', 'asset', 'btc', 'resistance', 107_000, 'usd'),
    fact('btc.swing_high_30d', 'asset', 'btc', 'swing_high', 110_000, 'usd', '30d'),
    fact('btc.volatility_7d', 'asset', 'btc', 'volatility', 50.2, 'pct', '7d'),
    fact('market.total_cap', 'market', 'market', 'market_cap', 2.97e12, 'usd'),
    fact('market.funding_avg', 'market', 'market', 'funding_rate', -0.002, 'pct'),
    fact('market.open_interest', 'market', 'market', 'open_interest', 135e9, 'usd'),
    fact('market.oi_change_7d', 'market', 'market', 'oi_change', (135 / 230 - 1) * 100, 'pct', '7d'),
  ],
};

/** [correct sentence, the figure phrase to alter, its altered form]. Sentences are ours, figures the seeds'. */
const cases: [string, string, string][] = [
  ['By mid-morning AI tokens were off roughly 6% on the day.', 'roughly 6%', 'roughly 9%'],
  ['Bitcoin slipped below $104,000 on several venues.', 'below $104,000', 'above $104,000'],
  ['For bitcoin, support sits near $100,000.', '$100,000', '$90,000'],
  ['Resistance for bitcoin is $107,000–$110,000.', '$107,000–$110,000', '$97,000–$99,000'],
  [
    'Over the month the AI sector cap went from about $70,67 billion to $17,67 billion.',
    '$17,67 billion',
    '$27,67 billion',
  ],
  [
    'Over the month the AI sector cap went from about $70,67 billion to $17,67 billion.',
    '$70,67 billion',
    '$60,67 billion',
  ],
  ['The AI sector lost roughly 75% over 30 days, erasing about $53 billion.', 'roughly 75%', 'roughly 65%'],
  ['The AI sector lost roughly 75% over 30 days, erasing about $53 billion.', 'about $53 billion', 'about $35 billion'],
  ['FET fell about 84% over 30 days.', 'about 84%', 'about 48%'],
  ['The Graph was down about 82% over the month.', 'about 82%', 'about 28%'],
  ['Virtuals Protocol gave up roughly 73% over the month.', 'roughly 73%', 'roughly 37%'],
  ['Total crypto market cap fell below $3 trillion.', 'below $3 trillion', 'below $2 trillion'],
  ['Funding across perpetuals turned negative.', 'negative', 'positive'],
  [
    'Perpetual open interest fell from about $230 billion to around $135 billion over the week.',
    'about $230 billion',
    'about $320 billion',
  ],
  [
    'Perpetual open interest fell from about $230 billion to around $135 billion over the week.',
    'around $135 billion',
    'around $153 billion',
  ],
  ["Bitcoin's 7-day realized volatility rebounded to near 50.", 'near 50', 'near 80'],
  ['Layer 2 (L2) down 14.9% on the week.', '14.9%', '19.4%'],
  ['Gaming tokens fell 12.0% over the week.', '12.0%', '21.0%'],
  ['DePIN slid 11.4% over seven days.', '11.4%', '14.1%'],
  ['Over the week the AI sector lost 10.5%.', '10.5%', '15.0%'],
  ['Core L1s were down 7.0% this week.', 'down 7.0%', 'up 7.0%'],
];

/** Claims whose span overlaps [start, start + length) of the checked text. */
const claimsAt = (claims: Claim[], start: number, length: number) =>
  claims.filter((claim) => claim.span[0] < start + length && claim.span[1] > start);

describe('seed figures as test material', () => {
  for (const [sentence, phrase, altered] of cases) {
    it(`passes "${phrase}" and flags "${altered}"`, () => {
      const good = checkBrief({ markdown: sentence, sheet, registry: defaultRegistry });
      expect(good.claims.filter((c) => c.verdict !== 'supported').map((c) => c.reason)).toEqual([]);
      const goodAt = claimsAt(good.claims, sentence.indexOf(phrase), phrase.length);
      expect(goodAt.map((c) => c.verdict)).toContain('supported');
      // The altered figure itself is the claim that fails, not some other number of the sentence.
      const markdown = sentence.replace(phrase, altered);
      const bad = checkBrief({ markdown, sheet, registry: defaultRegistry });
      expect(bad.ok).toBe(false);
      const badAt = claimsAt(bad.claims, markdown.indexOf(altered), altered.length);
      expect(badAt.length, `no claim covers "${altered}"`).toBeGreaterThan(0);
      expect(badAt.every((c) => c.verdict === 'contradicted' || c.verdict === 'unsupported')).toBe(true);
    });
  }

  it('checks the internal arithmetic of from/to, percent and amount in one sentence', () => {
    const text = 'Over the month the AI sector cap went from $70.67B to $17.67B, a 75% drop, erasing $53B.';
    expect(checkBrief({ markdown: text, sheet, registry: defaultRegistry }).ok).toBe(true);
    // Without any fact for the drop, the sentence must still agree with itself.
    const noFacts: FactsSheet = {
      ...sheet,
      facts: sheet.facts.filter(
        (f) => !f.id.startsWith('sector.ai.change') && !f.id.startsWith('sector.ai.market_cap_change'),
      ),
    };
    const wrongPct = checkBrief({
      markdown: text.replace('a 75% drop', 'a 65% drop'),
      sheet: noFacts,
      registry: defaultRegistry,
    });
    const pctClaim = wrongPct.claims.find((c) => c.text === '65%')!;
    expect(pctClaim.verdict).toBe('contradicted');
    expect(pctClaim.reason).toContain('-75');
    const wrongAmount = checkBrief({
      markdown: text.replace('erasing $53B', 'erasing $63B'),
      sheet: noFacts,
      registry: defaultRegistry,
    });
    expect(wrongAmount.claims.find((c) => c.text === '$63B')!.verdict).toBe('contradicted');
  });

  it('counts with a threshold: "N of the top M AI tokens fell more than P%" counts members by market cap', () => {
    // top four by cap: NEAR -40, TAO -60, RENDER -82, FET -84 -> two fell more than 75%
    const good = checkBrief({
      markdown: 'Two of the top four AI tokens fell more than 75% over the month.',
      sheet,
      registry: defaultRegistry,
    });
    expect(good.claims.map((c) => c.verdict)).toEqual(['supported', 'supported']);
    const bad = checkBrief({
      markdown: 'Three of the top four AI tokens fell more than 75% over the month.',
      sheet,
      registry: defaultRegistry,
    });
    expect(bad.claims[0]!.verdict).toBe('contradicted');
    expect(bad.claims[0]!.reason).toContain('2 of 4');
    // all eight members: FET, RENDER, GRT fell more than 80%
    expect(
      checkBrief({ markdown: '3 of 8 AI tokens dropped more than 80% over 30 days.', sheet, registry: defaultRegistry })
        .ok,
    ).toBe(true);
    // the seed's "eight of the top ten" cannot be checked against eight members: unsupported, not guessed
    const ten = checkBrief({
      markdown: 'Eight of the top ten AI tokens fell more than 70% over the month.',
      sheet,
      registry: defaultRegistry,
    });
    expect(ten.claims[0]!.verdict).toBe('unsupported');
  });

  it('reads comma decimals and dot thousands in one document: 3.500% is three thousand five hundred', () => {
    const report = checkBrief({
      markdown:
        'The cap went from $70,67 billion to $17,67 billion; ' +
        'Virtuals Protocol had risen more than 3.500% the year before.',
      sheet,
      registry: defaultRegistry,
    });
    expect(report.claims.find((c) => c.text.startsWith('3.500'))?.value).toBe(3500);
    expect(report.claims.find((c) => c.text.startsWith('$70,67'))?.value).toBeCloseTo(70.67e9, 0);
  });
});
