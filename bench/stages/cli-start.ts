/**
 * CLI start: `npm start` (npm, then scripts/run-cli.mjs brief: the prebuilt bundle reading the committed replay of the
 * fixtures day), the same command without npm, the full replay of fixtures/day through ccxt, and bare `node -e 0` as
 * the floor. Wall time, median of BENCH_CLI_RUNS (default 5) fresh processes each (the bundle is built first), and on
 * Linux the processes' CPU time (user + system of the waited-for children, from /proc/self/stat, 10 ms ticks): on a
 * loaded machine wall time mostly measures the wait for a core, CPU time what the command costs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BenchRow } from '../run.ts';

export const name = 'cli start (npm start = prebuilt bundle + committed snapshot)';

/** CPU ms of this process's waited-for children (cutime + cstime), or undefined off Linux. */
function childrenCpuMs(): number | undefined {
  try {
    // Fields after the `(comm)`: state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function measure(command: string, args: string[], runs: number): string {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = childrenCpuMs();
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, GROUNDBRIEF_LIVE: '' } });
    wall.push(performance.now() - start);
    const cpuAfter = childrenCpuMs();
    if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status} ${result.stderr}`);
  }
  return `${median(wall).toFixed(0)} ms wall${cpu.length ? `, ${median(cpu)} ms CPU` : ''}`;
}

export async function run(): Promise<BenchRow[]> {
  spawnSync(process.execPath, ['scripts/run-cli.mjs', '--help'], { stdio: 'pipe' }); // builds the bundle when stale
  const runs = Number(process.env.BENCH_CLI_RUNS) || 5;
  const node = process.execPath;
  const rows: [string, string][] = [
    ['node -e 0 (floor)', measure(node, ['-e', '0'], runs)],
    ['npm start (target < 500 ms)', measure('npm', ['start', '--silent'], runs)],
    ['node scripts/run-cli.mjs brief (committed snapshot)', measure(node, ['scripts/run-cli.mjs', 'brief'], runs)],
    [
      'brief --snapshot fixtures/day (replay through ccxt)',
      measure(node, ['scripts/run-cli.mjs', 'brief', '--snapshot', 'fixtures/day'], runs),
    ],
  ];
  return rows.map(([figure, value]) => ({ figure, value }));
}
