/**
 * Benchmark runner: every module in bench/stages/ exports `name` and `run()`, which returns rows of
 * figures. `npm run bench` runs them all (or those whose name matches argv[2]) and prints a table.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type BenchRow = { figure: string; value: string };
export type BenchStage = { name: string; run: () => Promise<BenchRow[]> };

const dir = fileURLToPath(new URL('./stages/', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = false;
for (const file of files) {
  const stage = (await import(new URL(`./stages/${file}`, import.meta.url).href)) as BenchStage;
  if (filter && !stage.name.includes(filter)) continue;
  console.log(`\n## ${stage.name}`);
  try {
    for (const row of await stage.run()) console.log(`  ${row.figure.padEnd(58)} ${row.value}`);
  } catch (error) {
    failed = true;
    console.log(`  failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
