/**
 * CLI start: `npm start`'s command (the prebuilt bundle, scripts/run-cli.mjs) against the same brief through the tsx
 * loader, and bare `node -e 0` as the floor. Wall time, median of 3 fresh processes each (the bundle is built first).
 */
import { spawnSync } from 'node:child_process';
import type { BenchRow } from '../run.ts';

export const name = 'cli start (npm start = prebuilt bundle, vs tsx)';

function medianWallMs(args: string[], runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'pipe' });
    times.push(performance.now() - start);
    if (result.status !== 0 && args[0] !== '-e')
      throw new Error(`${args.join(' ')}: exit ${result.status} ${result.stderr}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export async function run(): Promise<BenchRow[]> {
  spawnSync(process.execPath, ['scripts/run-cli.mjs', '--help'], { stdio: 'pipe' }); // builds dist/cli when stale
  const floor = medianWallMs(['-e', '0']);
  const bundle = medianWallMs(['scripts/run-cli.mjs', 'brief']);
  const tsx = medianWallMs(['--import', 'tsx', 'src/cli.ts', 'brief']);
  return [
    { figure: 'node -e 0 (floor)', value: `${floor.toFixed(0)} ms` },
    { figure: 'brief from the prebuilt bundle (target < 500 ms)', value: `${bundle.toFixed(0)} ms` },
    { figure: 'brief through tsx (before)', value: `${tsx.toFixed(0)} ms` },
  ];
}
