// `AUTO_PUBLISH=false npm run dev`: nothing is published, so readiness cannot mean "a latest brief"; dev.sh must still
// report ready (once a brief waits for review) and say where the review desk is.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from './wrangler-dev.ts';

let child: ChildProcess | undefined;
let base = '';
let log = '';
const persist = mkdtempSync(join(tmpdir(), 'groundbrief-e2e-'));

beforeAll(async () => {
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn('bash', ['scripts/dev.sh'], {
    env: { ...process.env, PORT: String(port), GROUNDBRIEF_PERSIST: persist, AUTO_PUBLISH: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 200_000;
  while (!log.includes('dev: ready at') && !log.includes('dev: no brief was made')) {
    if (child.exitCode !== null) throw new Error(`dev.sh exited with ${child.exitCode}:\n${log}`);
    if (Date.now() > deadline) throw new Error(`dev.sh did not report ready within 200 s:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 240_000);

afterAll(async () => {
  if (child?.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  }
  rmSync(persist, { recursive: true, force: true });
});

describe('AUTO_PUBLISH=false npm run dev', () => {
  it('reports ready and names the review desk although nothing is published', async () => {
    expect(log).toContain(`dev: ready at ${base}`);
    expect(log).toContain(`dev: review desk: ${base}/review`);
    expect((await fetch(`${base}/api/briefs/latest`, { signal: AbortSignal.timeout(30_000) })).status).toBe(404);
    const token = /^API_TOKEN=(.*)$/m.exec(readFileSync('.dev.vars', 'utf8'))?.[1] ?? '';
    const queue = (await (
      await fetch(`${base}/api/review`, {
        headers: { Authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(30_000),
      })
    ).json()) as { items: { status: string }[] };
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((item) => item.status === 'needs_review' || item.status === 'draft')).toBe(true);
  });
});
