/**
 * Writes the inputs a blind-corpus writer works from (docs/blind-writer.md): facts.txt (every computed fact at full
 * precision), headlines.txt (outlet, title, summary, link, publication time) and registry.txt (assets, symbols,
 * aliases, sectors).
 * Usage: npx tsx scripts/blind-input.ts fixtures/day-chop.snapshot.json OUTDIR
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defaultRegistry } from '../src/config/watchlist.ts';
import { marketSnapshotSchema } from '../src/domain/market-snapshot.ts';
import { sheetFromSnapshot } from '../src/metrics/sheet-from-snapshot.ts';

const [snapshotFile, out] = process.argv.slice(2);
if (!snapshotFile || !out) {
  console.error('usage: npx tsx scripts/blind-input.ts SNAPSHOT.json OUTDIR');
  process.exit(2);
}
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(snapshotFile, 'utf8')));
const sheet = sheetFromSnapshot({ snapshot, registry: defaultRegistry });
mkdirSync(out, { recursive: true });

const facts = [
  `# ${sheet.facts.length} facts as of ${snapshot.asOf} (full precision). ` +
    'Columns: id | label | value | unit | window | related member',
];
for (const f of sheet.facts)
  facts.push([f.id, f.label, String(f.value), f.unit, f.window ?? '-', f.related ?? '-'].join(' | '));
writeFileSync(`${out}/facts.txt`, `${facts.join('\n')}\n`);

const headlines = [`# ${snapshot.headlines.length} collected headlines (outlet, title, summary)`];
for (const h of snapshot.headlines)
  headlines.push(
    `- [${h.sourceName}] ${h.title}`,
    `  summary: ${h.summary ?? ''}`,
    `  url: ${h.url}`,
    `  published: ${h.publishedAt ?? '-'}`,
  );
writeFileSync(`${out}/headlines.txt`, `${headlines.join('\n')}\n`);

const registry = ['# Watchlist: assets (id, symbol, name, aliases) and sectors (id, name, aliases, members)'];
for (const a of defaultRegistry.assets) {
  const perp = a.perp ? ' | has perp (funding, OI)' : '';
  registry.push(`asset ${a.id} | ${a.symbol} | ${a.name} | aliases: ${a.aliases.join(', ')}${perp}`);
}
for (const s of defaultRegistry.sectors)
  registry.push(`sector ${s.id} | ${s.name} | aliases: ${s.aliases.join(', ')} | members: ${s.members.join(', ')}`);
writeFileSync(`${out}/registry.txt`, `${registry.join('\n')}\n`);
console.log(`wrote ${out}/facts.txt, headlines.txt, registry.txt`);
