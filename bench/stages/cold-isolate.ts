/**
 * A cold isolate: the deploy bundle (`wrangler deploy --dry-run`, every module it emits: worker.js and the fixture
 * day module) loaded into a fresh workerd through Miniflare, local D1 migrated, then the first edition run (POST
 * /api/runs, offline, fixtures day) and a second one (another style, same isolate). CPU is workerd's own, read from
 * /proc (sum of its threads' schedstat, in ns), so it includes workerd's HTTP and D1 (SQLite) work: an upper bound of
 * the Worker's CPU. Startup is the workerd process from spawn to ready, minus the same for an empty Worker. Linux only.
 *
 * The offline run loads the fixture day module (~470 KB) on its first fetch, which a live Worker never does. So each
 * round also starts a second isolate whose bench-only entry (written beside the build, wrapping the Worker's
 * default export) loads that module on a request of its own first: its CPU is the fixture load, and the cold run after
 * it is the rest (what a live cold run costs, replayed fetches aside). Every run must replay the day cleanly (every
 * source `ok`), else the stage fails: a run whose fetches all fail is cheaper and would give a false figure.
 *
 * `BENCH_BASELINE_DIR=<another checkout>` also builds that tree and runs its rounds interleaved with this one's (rows
 * marked `[baseline]`), so a before/after pair sees the same background load. `BENCH_COLD_ROUNDS` (default 3).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildWorker, jsFiles } from '../lib/build-worker.ts';
import type { BenchRow } from '../run.ts';

// The Miniflare wrangler itself runs (v4; the top-level miniflare is vitest-pool-workers' v5 alpha, another API).
export const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));
type MiniflareV4 = {
  ready: Promise<unknown>;
  dispose: () => Promise<void>;
  dispatchFetch: (url: string, init?: RequestInit) => Promise<Response>;
  getD1Database: (binding: string) => Promise<D1Database>;
};
export const { Miniflare } = fromWrangler('miniflare') as { Miniflare: new (options: object) => MiniflareV4 };

export const name = 'cold isolate (fresh workerd via Miniflare, the deploy build)';

/** Rounds (each: one empty Worker, two groundbrief isolates); figures are given as min-max over them. */
const rounds = Number(process.env.BENCH_COLD_ROUNDS ?? 3);

/** A project tree to build and run: its compatibility date, `[vars]` (string values only) and migrations. */
export type Tree = { label: string; dir: string; compatibilityDate: string; vars: Record<string, string> };

export function readTree(label: string, dir: string): Tree {
  const wranglerToml = readFileSync(join(dir, 'wrangler.toml'), 'utf8');
  const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(wranglerToml)![1]!;
  const vars = Object.fromEntries(
    [...(/^\[vars\]\n([\s\S]*?)(?=^\[)/m.exec(wranglerToml)?.[1] ?? '').matchAll(/^(\w+)\s*=\s*"([^"]*)"/gm)].map(
      (match) => [match[1]!, match[2]!],
    ),
  );
  return { label, dir, compatibilityDate, vars };
}

/** The bench-only root module of the split isolate: loads the fixture day on its own request, else the Worker. */
const splitEntry = `import worker from './worker.js';
export default {
  async fetch(request, env, ctx) {
    if (new URL(request.url).pathname !== '/__bench/fixture-day') return worker.fetch(request, env, ctx);
    const { fixtureDay } = await import('./generated/fixture-day.js');
    return new Response(String(fixtureDay.recording.entries.length));
  },
};
`;

function workerdPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        return ppid === process.pid && readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'workerd';
      } catch {
        return false;
      }
    });
}

/** CPU time of a process in ms: the sum over its threads of schedstat's on-CPU nanoseconds. */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // thread ended
    }
  }
  return ns / 1e6;
}

async function startWorkerd(worker: Record<string, unknown>) {
  const before = new Set(workerdPids());
  const mf = new Miniflare(worker);
  await mf.ready;
  const pid = workerdPids().find((candidate) => !before.has(candidate));
  if (!pid) throw new Error('no workerd child process found');
  return { mf, pid, startupMs: cpuMs(pid) };
}

/** CPU (ms) of one request in the isolate of `pid`, with its answer. */
async function cpuOf(pid: number, request: () => Promise<Response>): Promise<{ ms: number; text: string }> {
  const start = cpuMs(pid);
  const response = await request();
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 200)}`);
  return { ms: cpuMs(pid) - start, text };
}

/** Applies `dir`'s migrations to a fresh local D1. */
export async function migrate(db: D1Database, dir: string): Promise<void> {
  const migrations = join(dir, 'migrations');
  for (const file of readdirSync(migrations).sort())
    for (const statement of readFileSync(join(migrations, file), 'utf8')
      .replace(/--.*$/gm, '')
      .split(';')
      .map((text) => text.trim())
      .filter(Boolean))
      await db.prepare(statement).run();
}

/** The Worker's options for Miniflare: `tree`'s build in `outdir` rooted at `entry`, offline, D1 and email bound. */
export function groundbriefOptions(tree: Tree, outdir: string, entry: string) {
  const modules = [entry, ...jsFiles(outdir).filter((file) => file !== entry)].map((file) => ({
    type: 'ESModule',
    path: join(outdir, file),
  }));
  return {
    modules,
    modulesRoot: outdir,
    compatibilityDate: tree.compatibilityDate,
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: { DB: 'bench-db' },
    email: { send_email: [{ name: 'EMAIL' }] },
    bindings: {
      ...tree.vars,
      GROUNDBRIEF_MODE: 'offline',
      API_TOKEN: 'bench-token',
      SESSION_SECRET: 'bench-session-secret-0123456789',
    },
  };
}

/** A groundbrief isolate of `tree`'s build in `outdir`, rooted at `entry` (the first module), D1 migrated. */
async function startGroundbrief(tree: Tree, outdir: string, entry: string) {
  const started = await startWorkerd(groundbriefOptions(tree, outdir, entry));
  await migrate(await started.mf.getD1Database('DB'), tree.dir);
  const { mf, pid } = started;
  const health = () => cpuOf(pid, () => mf.dispatchFetch('http://bench.local/health')).then(({ ms }) => ms);
  const runEdition = async (style: string) => {
    const { ms, text } = await cpuOf(pid, () =>
      mf.dispatchFetch('http://bench.local/api/runs', {
        method: 'POST',
        headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' },
        body: JSON.stringify({ style }),
      }),
    );
    const sources: { id: string; status: string; detail?: string }[] = JSON.parse(text).run?.sources ?? [];
    const failed = sources.filter((source) => source.status !== 'ok');
    if (sources.length === 0 || failed.length > 0)
      throw new Error(
        `${style}: the run did not replay the fixture day cleanly: ${JSON.stringify(failed.slice(0, 3))}`,
      );
    return ms;
  };
  return { ...started, health, runEdition };
}

const range = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `${sorted[0]!.toFixed(1)}-${sorted.at(-1)!.toFixed(1)} ms (median ${median.toFixed(1)}, n=${sorted.length})`;
};

/** One round of `tree` (its build in `outdir`): an empty Worker, the whole cold isolate, the split one. */
async function runRound(tree: Tree, outdir: string, note: (figure: string, ms: number) => void) {
  const empty = await startWorkerd({
    compatibilityDate: tree.compatibilityDate,
    modules: true,
    script: 'export default { fetch: () => new Response("ok") }',
  });
  await empty.mf.dispose();
  note('workerd startup CPU, empty Worker', empty.startupMs);

  const whole = await startGroundbrief(tree, outdir, 'worker.js');
  try {
    note('workerd startup CPU, groundbrief (minus empty)', whole.startupMs - empty.startupMs);
    note('first request CPU (GET /health)', await whole.health());
    note('cold edition run CPU, as measured (target < 60 ms)', await whole.runEdition('daily-snapshot'));
    note('second edition run CPU (sector-recap, same isolate)', await whole.runEdition('sector-recap'));
  } finally {
    await whole.mf.dispose();
  }

  const split = await startGroundbrief(tree, outdir, 'bench-entry.mjs');
  try {
    await split.health();
    const { ms } = await cpuOf(split.pid, () => split.mf.dispatchFetch('http://bench.local/__bench/fixture-day'));
    note('  of which: fixture day module load (offline only)', ms);
    note('  the rest: cold run after the fixture day was loaded', await split.runEdition('daily-snapshot'));
  } finally {
    await split.mf.dispose();
  }
}

export async function run(): Promise<BenchRow[]> {
  const trees = [readTree('', process.cwd())];
  if (process.env.BENCH_BASELINE_DIR) trees.unshift(readTree('[baseline] ', process.env.BENCH_BASELINE_DIR));
  const builds = trees.map((tree) => ({ tree, outdir: buildWorker(tree.dir) }));
  /** figure -> tree label -> values, in the order first noted */
  const figures = new Map<string, Map<string, number[]>>();
  try {
    for (const { outdir } of builds) writeFileSync(join(outdir, 'bench-entry.mjs'), splitEntry);
    for (let round = 0; round < rounds; round++)
      // alternate which tree goes first, so neither always runs right after the other's load
      for (const { tree, outdir } of round % 2 ? [...builds].reverse() : builds)
        await runRound(tree, outdir, (figure, ms) => {
          const byTree = figures.get(figure) ?? new Map<string, number[]>();
          byTree.set(tree.label, [...(byTree.get(tree.label) ?? []), ms]);
          figures.set(figure, byTree);
        });
    return [...figures].flatMap(([figure, byTree]) =>
      trees.map((tree) => ({ figure: `${tree.label}${figure}`, value: range(byTree.get(tree.label)!) })),
    );
  } finally {
    for (const { outdir } of builds) rmSync(outdir, { recursive: true, force: true });
  }
}
