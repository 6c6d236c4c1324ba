/**
 * CLI start: `npm start` (npm, then scripts/run-cli.mjs brief: the prebuilt bundle reading the committed replay of the
 * fixtures day), the same command without npm, the full replay of fixtures/day through ccxt, and bare `node -e 0` as
 * the floor. Wall time, median of 5 fresh processes each (the bundle is built first).
 */
import { spawnSync } from 'node:child_process';
import type { BenchRow } from '../run.ts';

export const name = 'cli start (npm start = prebuilt bundle + committed snapshot)';

function medianWallMs(command: string, args: string[], runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, GROUNDBRIEF_LIVE: '' } });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status} ${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  spawnSync(process.execPath, ['scripts/run-cli.mjs', '--help'], { stdio: 'pipe' }); // builds dist/cli when stale
  const node = process.execPath;
  const rows: [string, number][] = [
    ['node -e 0 (floor)', medianWallMs(node, ['-e', '0'])],
    ['npm start (target < 500 ms)', medianWallMs('npm', ['start', '--silent'])],
    ['node scripts/run-cli.mjs brief (committed snapshot)', medianWallMs(node, ['scripts/run-cli.mjs', 'brief'])],
    [
      'brief --snapshot fixtures/day (replay through ccxt)',
      medianWallMs(node, ['scripts/run-cli.mjs', 'brief', '--snapshot', 'fixtures/day']),
    ],
  ];
  return rows.map(([figure, ms]) => ({ figure, value: `${ms.toFixed(0)} ms` }));
}
