/**
 * Feed parsing throughput: decode + parseFeed (rss-parser) + normalizeHeadline over the authored fixture
 * feeds, and over ../shared/real-world/feeds when present; plus clustering of the labelled fixture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';
import { decodeBody } from '../../src/sources/decode-body.ts';
import { normalizeHeadline } from '../../src/sources/normalize-headline.ts';
import { parseFeed } from '../../src/sources/parse-feed.ts';
import { loadLabelled } from '../../test/sources/helpers/labelled-clusters.ts';
import { medianMs } from '../median.ts';

export const name = 'feeds';

const now = new Date('2026-11-21T06:00:00Z');
const source = { id: 'bench', name: 'Bench', url: 'https://bench.test/feed' };

function load(dir: URL, names: string[]): Uint8Array[] {
  return names.map((file) => new Uint8Array(readFileSync(new URL(file, dir))));
}

async function parseAll(bodies: Uint8Array[]): Promise<number> {
  let items = 0;
  for (const body of bodies) {
    const feed = await parseFeed(decodeBody(body, null).text).catch(() => undefined);
    for (const item of feed?.items ?? []) if (normalizeHeadline(item, source, now)) items++;
  }
  return items;
}

async function measure(label: string, bodies: Uint8Array[]) {
  const items = await parseAll(bodies);
  const bytes = bodies.reduce((sum, b) => sum + b.byteLength, 0);
  const ms = await medianMs(() => parseAll(bodies), { runs: 20, warmup: 3 });
  return [
    {
      figure: `${label}: ${bodies.length} files, ${items} items, ${(bytes / 1024).toFixed(0)} KiB`,
      value: `${ms.toFixed(1)} ms median`,
    },
    { figure: `${label}: items/s`, value: Math.round((items / ms) * 1000).toLocaleString('en-US') },
    { figure: `${label}: MB/s`, value: ((bytes / 1e6 / ms) * 1000).toFixed(2) },
  ];
}

export async function run() {
  const fixtures = new URL('../../fixtures/feeds/', import.meta.url);
  const feedFiles = ['rss2-cdata.xml', 'rss1-rdf.xml', 'atom.xml', 'latin1-crlf.xml', 'cp1252.xml', 'empty.xml'];
  const rows = await measure('fixture feeds', load(fixtures, feedFiles));
  const shared = new URL('../../../shared/real-world/feeds/', import.meta.url);
  if (existsSync(shared)) {
    const real = readdirSync(shared).filter((f) => f.endsWith('.xml') && !f.startsWith('marketwatch'));
    rows.push(...(await measure('real-world feeds', load(shared, real))));
  } else rows.push({ figure: 'real-world feeds', value: 'skipped (../shared/real-world/feeds absent)' });
  const { headlines } = loadLabelled();
  const clusterMs = await medianMs(() => clusterHeadlines({ headlines, registry: defaultRegistry, now }), {
    runs: 30,
    warmup: 3,
  });
  rows.push({ figure: `cluster ${headlines.length} labelled headlines`, value: `${clusterMs.toFixed(2)} ms median` });
  return rows;
}
