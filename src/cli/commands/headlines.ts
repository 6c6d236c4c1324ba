/**
 * `headlines [--url URL ...] [--json] [--limit N]`: fetch the given URLs (RSS, RDF, Atom detected from the
 * document; an HTML page is read as a generic article listing) or the configured sources, then print
 * clusters and per-source status. Sources: GROUNDBRIEF_SOURCES (a JSON array, or a path to a JSON
 * file, validated by sourceConfigSchema) overrides src/config/sources.ts. Exit 1 when every source failed.
 */
import { flag, parseArgs } from '../parse-args.ts';
import { CliError } from '../cli-error.ts';
import type { SourceConfig } from '../../config/sources.ts';
import { loadConfiguredSources } from '../configured-sources.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import type { HeadlineCluster } from '../../domain/headline.ts';
import type { SourceStatus } from '../../domain/source-status.ts';
import { clusterHeadlines } from '../../sources/cluster-headlines.ts';
import { collectHeadlines } from '../../sources/collect-headlines.ts';

export const help = `usage: groundbrief headlines [--url URL ...] [--json] [--limit N]
Fetches news sources now and prints one status line per source, then the story clusters.
Sources: the --url given (RSS, RDF, Atom or an HTML listing, detected), else GROUNDBRIEF_SOURCES, else the defaults.
Exit 1 when every source failed.
  --url URL     a feed or listing page (repeatable)
  --json        {headlines, clusters, statuses} as JSON
  --limit N     clusters printed (default 30)`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { command: 'headlines', values: ['url', 'limit'], booleans: ['json'] });
  const urls = args.flags.get('url') ?? [];
  const limit = Number(flag(args, 'limit') ?? 30);
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit must be a positive whole number (got ${flag(args, 'limit')})`);
  const sources =
    urls.length > 0 ? sourcesFromUrls(urls) : await loadConfiguredSources(process.env.GROUNDBRIEF_SOURCES);
  const now = new Date();
  const { headlines, statuses } = await collectHeadlines({ sources, fetch, now, detectHtml: urls.length > 0 });
  const clusters = clusterHeadlines({ headlines, registry: defaultRegistry, now });
  if (flag(args, 'json')) console.log(JSON.stringify({ headlines, clusters, statuses }, null, 2));
  else console.log(renderText(clusters, statuses, limit));
  return statuses.some((s) => s.status === 'ok') ? 0 : 1;
}

function sourcesFromUrls(urls: string[]): SourceConfig[] {
  return urls.map((url, index) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new CliError(`--url ${url}: not a URL`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
      throw new CliError(`--url ${url}: only http(s) URLs`);
    return { id: `url-${index + 1}-${parsed.hostname}`, name: parsed.hostname, kind: 'rss', url: parsed.toString() };
  });
}

function renderText(clusters: HeadlineCluster[], statuses: SourceStatus[], limit: number): string {
  const lines = ['Sources'];
  for (const s of statuses) {
    const outcome =
      s.status === 'ok'
        ? `ok      ${s.items} items, ${s.bytes} bytes, ${s.ms} ms`
        : `FAILED  ${s.reason}: ${s.detail ?? ''}`;
    lines.push(`  ${s.id.padEnd(26)} ${outcome}${s.status === 'ok' && s.detail ? ` (${s.detail})` : ''}`);
  }
  lines.push('', `Stories (${clusters.length} clusters${clusters.length > limit ? `, top ${limit} shown` : ''})`);
  for (const c of clusters.slice(0, limit)) {
    const time = c.publishedAt ? c.publishedAt.slice(0, 16).replace('T', ' ') : 'no time        ';
    const tags = [...c.assets, ...c.sectors.map((s) => `#${s}`)].join(' ');
    lines.push(
      `  ${c.score.toFixed(3)}  ${time}  [${c.sourceIds.length} src] ${c.title}${tags ? `  {${tags}}` : ''}`,
      `         ${c.url}  (${c.sourceIds.join(', ')})`,
    );
  }
  return lines.join('\n');
}
