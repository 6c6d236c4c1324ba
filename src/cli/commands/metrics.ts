/** `metrics [--snapshot DIR|FILE] [--json]`: prints the facts sheet of a snapshot (default: fixtures/day). */
import { defaultRegistry } from '../../config/watchlist.ts';
import type { Fact } from '../../domain/fact.ts';
import { loadSnapshot } from '../load-snapshot.ts';
import { flag, parseArgs } from '../parse-args.ts';
import { formatFactValue } from '../format-fact-value.ts';
import { sheetFromSnapshot } from '../../metrics/sheet-from-snapshot.ts';

export const help = `usage: groundbrief metrics [--snapshot DIR|FILE|live] [--json]
Prints the facts sheet computed from a snapshot (docs/facts.md): one row per fact, values rounded for reading.
  --snapshot DIR|FILE|live   recording directory, snapshot JSON, or live collection (default fixtures/day)
  --json                     the whole facts sheet as JSON, full precision`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { command: 'metrics', values: ['snapshot'], booleans: ['json'] });
  const snapshot = await loadSnapshot(flag(args, 'snapshot'));
  const registry = defaultRegistry;
  const sheet = sheetFromSnapshot({ snapshot, registry });
  if (flag(args, 'json') === 'true') {
    process.stdout.write(`${JSON.stringify(sheet, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(renderFactsTable(sheet.facts, sheet.asOf));
  return 0;
}

/** Plain-text table: id / label / value / unit, one fact per line, values rounded (formatFactValue). */
export function renderFactsTable(facts: readonly Fact[], asOf: string): string {
  const idWidth = Math.max(2, ...facts.map((fact) => fact.id.length));
  const labelWidth = Math.max(5, ...facts.map((fact) => fact.label.length));
  const lines = [
    `# ${facts.length} facts as of ${asOf}`,
    `${'id'.padEnd(idWidth)}  ${'label'.padEnd(labelWidth)}  ${'value'.padStart(24)}  unit`,
    ...facts.map(
      (fact) =>
        `${fact.id.padEnd(idWidth)}  ${fact.label.padEnd(labelWidth)}  ${formatFactValue(fact.value, fact.unit).padStart(24)}  ${fact.unit}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
