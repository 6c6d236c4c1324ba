// A small hand-written brief and facts sheet for the email tests (independent of the writers).
import type { Fact, FactsSheet } from '../../src/domain/fact.ts';
import type { HeadlineCluster } from '../../src/domain/headline.ts';
import type { EmailBrief } from '../../src/email/render-email.ts';

const asOf = '2026-11-20T05:30:00Z';

function sectorFact(id: string, name: string, value: number): Fact {
  return {
    id: `sector.${id}.change_24h`,
    entity: { kind: 'sector', id, name },
    metric: 'change',
    window: '24h',
    value,
    unit: 'pct',
    label: `${name} 24h change`,
    asOf,
    source: 'computed: cap-weighted members',
  };
}

export const sampleFacts: Fact[] = [
  {
    id: 'btc.price',
    entity: { kind: 'asset', id: 'btc', name: 'Bitcoin' },
    metric: 'price',
    value: 91250,
    unit: 'usd',
    label: 'BTC price',
    asOf,
    source: 'binance:BTC/USDT ticker',
  },
  sectorFact('l1', 'Layer 1', -2.4),
  sectorFact('ai', 'AI', -6.1),
  sectorFact('memes', 'Memes', 3.25),
  sectorFact('gaming', 'Gaming', 0.4),
  {
    id: 'sector.ai.change_7d',
    entity: { kind: 'sector', id: 'ai', name: 'AI' },
    metric: 'change',
    window: '7d',
    value: -11,
    unit: 'pct',
    label: 'AI 7d change',
    asOf,
    source: 'computed',
  },
];

function cluster(id: string, title: string, url: string, outlet: string, score: number): HeadlineCluster {
  return {
    id,
    title,
    url,
    publishedAt: asOf,
    sourceIds: [outlet.toLowerCase()],
    assets: [],
    sectors: [],
    score,
    headlines: [
      {
        id: `${id}:h`,
        sourceId: outlet.toLowerCase(),
        sourceName: outlet,
        title,
        url,
        canonicalUrl: url,
        publishedAt: asOf,
        timeFlag: 'ok',
      },
    ],
  };
}

export const sampleClusters: HeadlineCluster[] = [
  cluster(
    'c1',
    'Exchange outflows rise as traders trim risk',
    'https://news.example/outflows?id=1&ref=x',
    'Example Wire',
    5,
  ),
  cluster('c2', 'Token unlock schedule weighs on AI names', 'https://markets.example/unlock', 'Markets Daily', 9),
  cluster('c3', 'Ignored script link', 'javascript:alert(1)', 'Bad Source', 20),
];

export const sampleSheet: Pick<FactsSheet, 'facts' | 'clusters' | 'asOf'> = {
  facts: sampleFacts,
  clusters: sampleClusters,
  asOf,
};

export const sampleBrief: EmailBrief = {
  id: '2026-11-20-daily-snapshot',
  title: 'AI tokens slide while memecoins catch a bid',
  dek: 'A mixed session: broad weakness in large caps, a rotation into memes.',
  markdown: [
    '# AI tokens slide while memecoins catch a bid',
    '',
    'Bitcoin traded near **$91,250** at the time of writing, with the *AI* basket down 6.1% over 24 hours.',
    '',
    '## What moved',
    '',
    '- Memes gained 3.25% on the day.',
    '- Layer 1 names eased 2.4%; see [the outflow story](https://news.example/outflows?id=1&ref=x).',
    '',
    'Prices are “indicative” — café-grade <script>alert(1)</script> text stays text.',
  ].join('\n'),
  editionDate: '2026-11-20',
  writer: { kind: 'template' },
};

/** Email settings (no unsubscribe mailto), one reader and a send time, for the email tests. */
export const sampleSettings = {
  from: 'groundbrief <brief@groundbrief.test>',
  baseUrl: 'https://groundbrief.test',
  linkSecret: 'test-link-secret-0123456789',
  postalAddress: '1 Example Street, Example City',
};
export const sampleSubscriber = { id: 'sub_42', email: 'reader@example.com' };
export const sampleDate = new Date('2026-11-20T06:05:00Z');
