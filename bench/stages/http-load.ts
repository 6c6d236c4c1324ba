/**
 * HTTP load on local workerd: `scripts/dev.sh` on a free port with a fresh D1 (seeded by the cron), then
 * autocannon, 10 connections x 5 s each, against /health (no D1) and the public reads: /api/briefs/latest, both feeds,
 * the latest brief's page and the home page.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export const name = 'http load (wrangler dev, local workerd)';

const connections = 10;
const durationS = 5;

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

async function load(url: string) {
  const result = await autocannon({ url, connections, duration: durationS });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export async function run() {
  const port = await findFreePort();
  const persist = mkdtempSync(join(tmpdir(), 'groundbrief-load-'));
  const child = spawn('bash', ['scripts/dev.sh'], {
    env: { ...process.env, PORT: String(port), GROUNDBRIEF_PERSIST: persist },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitReady(`${base}/api/briefs/latest`, 240_000);
    const latestId = ((await (await fetch(`${base}/api/briefs/latest`)).json()) as { id: string }).id;
    const health = await load(`${base}/health`);
    const rows = [
      { figure: `load: ${connections} connections x ${durationS} s per route`, value: 'autocannon' },
      { figure: '/health req/s (mean)', value: health.rps.toFixed(0) },
      { figure: '/health p99 latency', value: `${health.p99} ms` },
    ];
    // /health is measured again right before each route and the ratio taken against that run: on a shared machine
    // the background load drifts over the minute the stage takes.
    for (const path of ['/api/briefs/latest', '/feed.xml', '/feed.json', `/briefs/${latestId}`, '/']) {
      const beside = await load(`${base}/health`);
      const result = await load(`${base}${path}`);
      rows.push({
        figure: `${path} req/s, p99, ratio to /health just before (target >= 0.6)`,
        value: `${result.rps.toFixed(0)}, ${result.p99} ms, ${(result.rps / beside.rps).toFixed(2)} (of ${beside.rps.toFixed(0)})`,
      });
    }
    return rows;
  } finally {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(persist, { recursive: true, force: true });
  }
}
