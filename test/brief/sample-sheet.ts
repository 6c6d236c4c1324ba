/**
 * A small hand-authored facts sheet for writer tests (own numbers, not from any seed): a down day led by
 * AI tokens, Bitcoin under a round level, positive funding, shrinking open interest.
 */
import type { Fact, FactsSheet } from '../../src/domain/fact.ts';
import type { HeadlineCluster } from '../../src/domain/headline.ts';
import type { Unit, Window } from '../../src/domain/units.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';

const asOf = '2026-11-21T06:00:00Z';

function fact(id: string, value: number, unit: Unit, extra: Partial<Fact> = {}): Fact {
  const [head, second, third] = id.split('.');
  const isSector = head === 'sector';
  const entityId = isSector ? second! : head!;
  const key = isSector ? third! : second!;
  const windowMatch = /_(24h|7d|30d)$/.exec(key);
  const window = windowMatch?.[1] as Window | undefined;
  const base = window ? key.slice(0, -window.length - 1) : key;
  const metric =
    (
      {
        change: 'change',
        price: 'price',
        high: 'high',
        low: 'low',
        volume_ratio: 'volume_ratio',
        volatility: 'volatility',
        support: 'support',
        resistance: 'resistance',
        swing_high: 'swing_high',
        swing_low: 'swing_low',
        market_cap: 'market_cap',
        market_cap_start: 'market_cap_start',
        market_cap_change: 'market_cap_change',
        best: 'best_change',
        worst: 'worst_change',
        advancers: 'advancers',
        decliners: 'decliners',
        members: 'members',
        funding_rate: 'funding_rate',
        funding_avg: 'funding_rate',
        open_interest: 'open_interest',
        oi_change: 'oi_change',
        total_cap: 'market_cap',
        cap_change: 'change',
        btc_dominance: 'dominance',
        category_cap: 'market_cap',
      } as const
    )[base as 'change'] ?? 'change';
  const kind = isSector ? 'sector' : head === 'market' ? 'market' : 'asset';
  const name =
    kind === 'market'
      ? 'crypto market'
      : kind === 'sector'
        ? defaultRegistry.sectors.find((s) => s.id === entityId)!.name
        : defaultRegistry.assets.find((a) => a.id === entityId)!.name;
  return {
    id,
    entity: { kind, id: entityId, name },
    metric,
    ...(window ? { window } : {}),
    value,
    unit,
    label: `${name} ${base.replace(/_/g, ' ')}${window ? ` ${window}` : ''}`,
    asOf,
    source: 'test: hand-authored',
    ...extra,
  };
}

const cluster = (
  id: string,
  title: string,
  sectors: string[],
  score: number,
  sourceName = 'Example Wire',
): HeadlineCluster => ({
  id,
  title,
  url: `https://news.example/${id}`,
  publishedAt: '2026-11-21T04:00:00Z',
  sourceIds: ['example'],
  headlines: [
    {
      id: `example:${id}`,
      sourceId: 'example',
      sourceName,
      title,
      url: `https://news.example/${id}`,
      canonicalUrl: `https://news.example/${id}`,
      publishedAt: '2026-11-21T04:00:00Z',
      timeFlag: 'ok',
    },
  ],
  assets: [],
  sectors,
  score,
});

export const sampleFacts: Fact[] = [
  fact('market.total_cap', 2.912e12, 'usd'),
  fact('market.cap_change_24h', -2.37, 'pct'),
  fact('market.btc_dominance', 58.14, 'pct'),
  fact('market.advancers_24h', 6, 'count'),
  fact('market.decliners_24h', 26, 'count'),
  fact('market.funding_avg', 0.0072, 'pct'),
  fact('market.open_interest', 71.4e9, 'usd'),
  fact('market.oi_change_24h', -3.84, 'pct'),
  fact('market.oi_change_7d', -11.62, 'pct'),
  fact('btc.price', 96_412.5, 'usd'),
  fact('btc.change_24h', -2.81, 'pct'),
  fact('btc.change_7d', -5.46, 'pct'),
  fact('btc.change_30d', -9.9, 'pct'),
  fact('btc.support', 95_000, 'usd'),
  fact('btc.resistance', 100_000, 'usd'),
  fact('btc.swing_high_30d', 108_730, 'usd'),
  fact('btc.swing_low_30d', 93_880, 'usd'),
  fact('btc.volume_ratio_7d', 0.82, 'ratio'),
  fact('btc.volatility_7d', 51.3, 'pct'),
  fact('btc.volatility_30d', 43.86, 'pct'),
  fact('btc.funding_rate', 0.0095, 'pct'),
  fact('btc.open_interest', 31.2e9, 'usd'),
  fact('btc.oi_change_24h', -2.15, 'pct'),
  fact('eth.price', 3_184.2, 'usd'),
  fact('eth.change_24h', -3.42, 'pct'),
  fact('eth.change_7d', -7.71, 'pct'),
  fact('render.price', 4.381, 'usd'),
  fact('render.change_24h', -11.24, 'pct'),
  fact('render.change_7d', -19.6, 'pct'),
  fact('render.change_30d', -31.7, 'pct'),
  fact('render.market_cap', 2.27e9, 'usd'),
  fact('fet.price', 0.6123, 'usd'),
  fact('fet.change_24h', -7.9, 'pct'),
  fact('fet.change_30d', -28.4, 'pct'),
  fact('fet.market_cap', 1.62e9, 'usd'),
  fact('tao.price', 361.5, 'usd'),
  fact('tao.change_24h', 1.34, 'pct'),
  fact('tao.change_7d', -3.2, 'pct'),
  fact('tao.change_30d', -12.6, 'pct'),
  fact('tao.market_cap', 3.41e9, 'usd'),
  fact('pepe.price', 0.00000931, 'usd'),
  fact('pepe.change_24h', -4.1, 'pct'),
  fact('sector.ai.change_24h', -6.62, 'pct'),
  fact('sector.ai.change_7d', -13.05, 'pct'),
  fact('sector.ai.change_30d', -24.38, 'pct'),
  fact('sector.ai.market_cap', 7.3e9, 'usd'),
  fact('sector.ai.market_cap_start_30d', 9.654e9, 'usd'),
  fact('sector.ai.market_cap_change_30d', -2.354e9, 'usd'),
  fact('sector.ai.market_cap_change_7d', -1.095e9, 'usd'),
  fact('sector.ai.members', 8, 'count'),
  fact('sector.ai.decliners_24h', 7, 'count'),
  fact('sector.ai.decliners_7d', 8, 'count'),
  fact('sector.ai.worst_24h', -11.24, 'pct', { related: 'render' }),
  fact('sector.ai.best_24h', 1.34, 'pct', { related: 'tao' }),
  fact('sector.ai.worst_7d', -19.6, 'pct', { related: 'render' }),
  fact('sector.ai.best_7d', -3.2, 'pct', { related: 'tao' }),
  fact('sector.l1.change_24h', -2.9, 'pct'),
  fact('sector.l1.change_7d', -6.08, 'pct'),
  fact('sector.l1.change_30d', -10.4, 'pct'),
  fact('sector.l2.change_24h', -4.4, 'pct'),
  fact('sector.l2.change_7d', -14.27, 'pct'),
  fact('sector.l2.change_30d', -19.9, 'pct'),
  fact('sector.memes.change_24h', -3.7, 'pct'),
  fact('sector.memes.change_7d', 2.16, 'pct'),
  fact('sector.memes.change_30d', -8.8, 'pct'),
];

export const sampleClusters: HeadlineCluster[] = [
  cluster('c1', 'AI token sell-off deepens as traders rotate out of compute plays', ['ai'], 9, 'Example Wire'),
  cluster('c2', 'Render drops 11% after unlock', ['ai', 'depin'], 8),
  cluster('c3', 'Layer-two fees hit record lows', ['l2'], 5),
];

export const sampleSheet: FactsSheet = {
  asOf,
  editionDate: '2026-11-21',
  facts: sampleFacts,
  clusters: sampleClusters,
  sources: [
    { id: 'coindesk', kind: 'feed', status: 'ok', items: 25 },
    {
      id: 'theblock',
      kind: 'feed',
      status: 'failed',
      reason: 'timeout',
      detail: '[GET] https://www.theblock.co/rss.xml: timed out after 8000 ms',
    },
  ],
};
