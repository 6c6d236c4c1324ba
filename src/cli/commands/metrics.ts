/** `metrics [--snapshot DIR|FILE] [--json]`: prints the facts sheet of a snapshot (default: fixtures/day). */
import { defaultRegistry } from '../../config/watchlist.ts';
import type { Fact } from '../../domain/fact.ts';
import { CliError } from '../cli-error.ts';
import { loadSnapshot } from '../load-snapshot.ts';
import { flag, parseArgs } from '../parse-args.ts';
import { sheetFromSnapshot } from '../../metrics/sheet-from-snapshot.ts';

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json']);
  const unknown = [...args.flags.keys()].filter((name) => name !== 'json' && name !== 'snapshot');
  if (unknown.length > 0)
    throw new CliError(`metrics: unknown option --${unknown[0]} (usage: metrics [--snapshot DIR|FILE] [--json])`);
  if (args.positionals.length > 0)
    throw new CliError(
      `metrics: unexpected argument ${args.positionals[0]} (usage: metrics [--snapshot DIR|FILE] [--json])`,
    );
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

/** Plain-text table: id / label / value / unit, one fact per line, full precision. */
export function renderFactsTable(facts: readonly Fact[], asOf: string): string {
  const idWidth = Math.max(2, ...facts.map((fact) => fact.id.length));
  const labelWidth = Math.max(5, ...facts.map((fact) => fact.label.length));
  const lines = [
    `# ${facts.length} facts as of ${asOf}`,
    `${'id'.padEnd(idWidth)}  ${'label'.padEnd(labelWidth)}  ${'value'.padStart(24)}  unit`,
    ...facts.map(
      (fact) =>
        `${fact.id.padEnd(idWidth)}  ${fact.label.padEnd(labelWidth)}  ${String(fact.value).padStart(24)}  ${fact.unit}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
