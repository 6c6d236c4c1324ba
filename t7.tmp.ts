import { readFileSync, readdirSync } from 'node:fs';
import { collectHeadlines } from './src/sources/collect-headlines.ts';
const dir = '/work/shared/real-world/feeds/';
const files = readdirSync(dir);
const fakeFetch = async (url: string | URL | Request) => new Response(readFileSync(dir + String(url).split('/').pop()), { headers: { 'content-type': 'application/xml' } });
const sources = files.map((f) => ({ id: f.replace('.xml', ''), name: f, kind: 'rss' as const, url: `http://local/${f}` }));
const { headlines, statuses } = await collectHeadlines({ sources, fetch: fakeFetch as typeof fetch, now: new Date('2026-01-01T00:00:00Z') });
console.log(statuses);
for (const f of files) { const hs = headlines.filter(h => h.sourceName === f); for (const h of hs.slice(0, 3)) console.log(f.slice(0, 12), '|', h.title, '|', h.canonicalUrl, '|', h.publishedAt, h.timeFlag, '|', (h.summary ?? '').slice(0, 100)); }
const weird = headlines.filter(h => /&[#a-z0-9]+;|<|>|\s\s/i.test(h.title) || h.timeFlag !== 'ok' || /utm_|#/.test(h.canonicalUrl) || /&[#a-z0-9]+;|<[a-z]/i.test(h.summary ?? ''));
console.log('weird', weird.map(h => [h.sourceName, h.title, h.canonicalUrl, h.timeFlag, h.summary?.slice(0, 120)]));
