/**
 * `headlines [--url URL ...] [--json] [--limit N]`: fetch the given URLs (RSS, RDF, Atom detected from the
 * document; an HTML page is read as a generic article listing) or the configured sources, then print
 * clusters and per-source status. Sources: GROUNDBRIEF_SOURCES (a JSON array, or a path to a JSON
 * file, validated by sourceConfigSchema) overrides src/config/sources.ts. Exit 1 when every source failed.
 */
import { readFile } from 'node:fs/promises';
import { flag, parseArgs } from '../parse-args.ts';
import { CliError } from '../cli-error.ts';
import { defaultSources, type SourceConfig } from '../../config/sources.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import type { HeadlineCluster } from '../../domain/headline.ts';
import type { SourceStatus } from '../../domain/source-status.ts';
import { clusterHeadlines } from '../../sources/cluster-headlines.ts';
import { collectHeadlines } from '../../sources/collect-headlines.ts';
import { parseSourceList, SourceListError } from '../../sources/parse-source-list.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const unknown = [...args.flags.keys()].filter((name) => !['url', 'json', 'limit'].includes(name));
  if (unknown.length > 0)
    throw new CliError(`unknown option --${unknown[0]} (usage: headlines [--url URL ...] [--json] [--limit N])`);
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

/** GROUNDBRIEF_SOURCES: inline JSON when it starts with `[`, else a file path; unset: the defaults. */
export async function loadConfiguredSources(setting: string | undefined): Promise<SourceConfig[]> {
  if (!setting?.trim()) return defaultSources;
  const inline = setting.trim().startsWith('[');
  let text = setting;
  if (!inline) {
    try {
      text = await readFile(setting, 'utf8');
    } catch (cause) {
      throw new CliError(
        `GROUNDBRIEF_SOURCES: cannot read ${setting} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
        2,
        { cause },
      );
    }
  }
  try {
    return parseSourceList(text, inline ? 'GROUNDBRIEF_SOURCES' : `GROUNDBRIEF_SOURCES file ${setting}`);
  } catch (error) {
    if (error instanceof SourceListError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
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
