/**
 * CLI start: `npm start` exactly as the README says it (npm, then scripts/run-cli.mjs brief: the prebuilt bundle
 * reading the committed replay of the fixtures day), the same command without npm (the CLI's own time), the full
 * replay of fixtures/day through ccxt, and bare `node -e 0` as the floor. Fresh processes, BENCH_CLI_RUNS rounds
 * (default 11) after one warm-up round, the commands interleaved within each round so that a change in the machine's
 * load falls on all of them alike; the bundle is built first. Per command: the median and the minimum of the wall
 * time and, on Linux, the median CPU time (user + system of the waited-for child, from /proc/self/stat, 10 ms ticks).
 * The load average is printed with the figures: on a shared machine wall time mostly measures the wait for a core.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Command = { figure: string; command: string; args: string[] };
type Times = { wall: number[]; cpu: number[] };

function runOnce({ command, args }: Command, times?: Times): void {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'pipe', env: { ...process.env, GROUNDBRIEF_LIVE: '' } });
  const wall = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status} ${result.stderr}`);
  times?.wall.push(wall);
  if (times && cpuBefore !== undefined && cpuAfter !== undefined) times.cpu.push(cpuAfter - cpuBefore);
}

export async function run(): Promise<BenchRow[]> {
  spawnSync(process.execPath, ['scripts/run-cli.mjs', '--help'], { stdio: 'pipe' }); // builds the bundle when stale
  const runs = Number(process.env.BENCH_CLI_RUNS) || 11;
  const node = process.execPath;
  const commands: Command[] = [
    { figure: 'node -e 0 (floor)', command: node, args: ['-e', '0'] },
    { figure: 'npm start (target < 500 ms wall)', command: 'npm', args: ['start'] },
    { figure: 'node scripts/run-cli.mjs brief (the CLI alone)', command: node, args: ['scripts/run-cli.mjs', 'brief'] },
    {
      figure: 'brief --snapshot fixtures/day (replay through ccxt)',
      command: node,
      args: ['scripts/run-cli.mjs', 'brief', '--snapshot', 'fixtures/day'],
    },
  ];
  const loadBefore = loadavg()[0]!;
  for (const command of commands) runOnce(command); // warm-up round (disk cache, npm's own files)
  const times = commands.map((): Times => ({ wall: [], cpu: [] }));
  for (let round = 0; round < runs; round++) {
    for (const [i, command] of commands.entries()) runOnce(command, times[i]);
  }
  const loadAfter = loadavg()[0]!;

  const rows = commands.map(({ figure }, i): BenchRow => {
    const { wall, cpu } = times[i]!;
    const cpuText = cpu.length ? `, ${median(cpu)} ms CPU` : '';
    return { figure, value: `${median(wall).toFixed(0)} ms wall (min ${Math.min(...wall).toFixed(0)})${cpuText}` };
  });
  const npmShare = median(times[1]!.wall) - median(times[2]!.wall);
  rows.push({
    figure: "npm's own share (npm start - the CLI alone, medians)",
    value: `${npmShare.toFixed(0)} ms wall`,
  });
  rows.push({
    figure: `load average (1 min), ${runs} interleaved rounds`,
    value: `${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)}`,
  });
  return rows;
}
