import type { SourceConfig } from '../config/sources.ts';

const venueHosts: [RegExp, string][] = [
  [/(^|\.)binance\.com$/, 'binance'],
  [/(^|\.)okx\.com$/, 'okx'],
  [/(^|\.)bybit\.com$/, 'bybit'],
  [/(^|\.)coingecko\.com$/, 'coingecko'],
];

/**
 * Names the adapter behind a request URL for recordings: `feed:<id>` / `page:<id>` for configured news
 * sources, the venue for exchange and CoinGecko hosts or configured base URLs, else the host.
 */
export function buildSourceNamer(input: {
  sources: readonly SourceConfig[];
  baseUrls?: Record<string, string | undefined>;
}): (url: string) => string {
  const feeds = new Map(input.sources.map((s) => [s.url, `${s.kind === 'html' ? 'page' : 'feed'}:${s.id}`]));
  const bases = Object.entries(input.baseUrls ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
  return (url) => {
    const feed = feeds.get(url);
    if (feed) return feed;
    const base = bases.find(([, prefix]) => url.startsWith(prefix.replace(/\/+$/, '')));
    if (base) return base[0];
    const host = new URL(url).hostname;
    return venueHosts.find(([pattern]) => pattern.test(host))?.[1] ?? host;
  };
}
