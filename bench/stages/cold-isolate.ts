/**
 * A cold isolate: the deploy bundle (`wrangler deploy --dry-run`) loaded into a fresh workerd through Miniflare,
 * local D1 migrated, then the first edition run (POST /api/runs, offline, fixtures day) and a second one (another
 * style, same isolate). CPU is workerd's own, read from /proc (sum of its threads' schedstat, in ns), so it includes
 * workerd's HTTP and D1 (SQLite) work: an upper bound of the Worker's CPU. Startup is the workerd process from spawn
 * to ready, minus the same for an empty Worker. Linux only.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { buildWorker } from '../lib/build-worker.ts';
import type { BenchRow } from '../run.ts';

// The Miniflare wrangler itself runs (v4; the top-level miniflare is vitest-pool-workers' v5 alpha, another API).
const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));
type MiniflareV4 = {
  ready: Promise<unknown>;
  dispose: () => Promise<void>;
  dispatchFetch: (url: string, init?: RequestInit) => Promise<Response>;
  getD1Database: (binding: string) => Promise<D1Database>;
};
const { Miniflare } = fromWrangler('miniflare') as { Miniflare: new (options: object) => MiniflareV4 };

export const name = 'cold isolate (fresh workerd via Miniflare, the deploy build)';

const wranglerToml = readFileSync('wrangler.toml', 'utf8');
const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(wranglerToml)![1]!;
/** The `[vars]` of wrangler.toml (string values only), as a deploy would bind them. */
const vars = Object.fromEntries(
  [...(/^\[vars\]\n([\s\S]*?)(?=^\[)/m.exec(wranglerToml)?.[1] ?? '').matchAll(/^(\w+)\s*=\s*"([^"]*)"/gm)].map(
    (match) => [match[1]!, match[2]!],
  ),
);

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

type WorkerOptions = Record<string, unknown>;

async function startWorkerd(worker: WorkerOptions) {
  const before = new Set(workerdPids());
  const mf = new Miniflare({ compatibilityDate, ...worker });
  await mf.ready;
  const pid = workerdPids().find((candidate) => !before.has(candidate));
  if (!pid) throw new Error('no workerd child process found');
  return { mf, pid, startupMs: cpuMs(pid) };
}

export async function run(): Promise<BenchRow[]> {
  const outdir = buildWorker();
  try {
    const script = readdirSync(outdir).find((file) => /\.m?js$/.test(file))!;
    const empty = await startWorkerd({ modules: true, script: 'export default { fetch: () => new Response("ok") }' });
    await empty.mf.dispose();
    const { mf, pid, startupMs } = await startWorkerd({
      modules: [{ type: 'ESModule', path: join(outdir, script) }],
      modulesRoot: outdir,
      compatibilityDate,
      compatibilityFlags: ['nodejs_compat'],
      d1Databases: { DB: 'bench-db' },
      bindings: {
        ...vars,
        GROUNDBRIEF_MODE: 'offline',
        API_TOKEN: 'bench-token',
        SESSION_SECRET: 'bench-session-secret-0123456789',
      },
    });
    try {
      const db = await mf.getD1Database('DB');
      for (const file of readdirSync('migrations').sort())
        for (const statement of readFileSync(join('migrations', file), 'utf8')
          .replace(/--.*$/gm, '')
          .split(';')
          .map((text) => text.trim())
          .filter(Boolean))
          await db.prepare(statement).run();
      const runEdition = async (style: string) => {
        const start = cpuMs(pid);
        const response = await mf.dispatchFetch('http://bench.local/api/runs', {
          method: 'POST',
          headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' },
          body: JSON.stringify({ style }),
        });
        const text = await response.text();
        if (!response.ok) throw new Error(`POST /api/runs ${style}: ${response.status} ${text.slice(0, 200)}`);
        return cpuMs(pid) - start;
      };
      const idleStart = cpuMs(pid);
      await mf.dispatchFetch('http://bench.local/health').then((response) => response.text());
      const healthMs = cpuMs(pid) - idleStart;
      const firstMs = await runEdition('daily-snapshot');
      const secondMs = await runEdition('sector-recap');
      return [
        { figure: 'workerd startup CPU, empty Worker', value: `${empty.startupMs.toFixed(1)} ms` },
        {
          figure: 'workerd startup CPU, groundbrief (minus empty)',
          value: `${(startupMs - empty.startupMs).toFixed(1)} ms`,
        },
        { figure: 'first request CPU (GET /health)', value: `${healthMs.toFixed(1)} ms` },
        { figure: 'cold edition run CPU (first POST /api/runs, target < 60 ms)', value: `${firstMs.toFixed(1)} ms` },
        { figure: 'second edition run CPU (sector-recap, same isolate)', value: `${secondMs.toFixed(1)} ms` },
      ];
    } finally {
      await mf.dispose();
    }
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
