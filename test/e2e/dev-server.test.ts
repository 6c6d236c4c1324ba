// Starts `scripts/dev.sh` (wrangler dev in workerd, offline, fresh local D1) on a free port and checks what
// the README promises: a verified latest brief, feeds that parse, and an idempotent cron.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from './wrangler-dev.ts';

async function get(url: string, timeoutMs = 15_000): Promise<Response> {
  return fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
}

async function waitFor(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dev server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await get(url, 2_000)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms:\n${output()}`);
}

let child: ChildProcess | undefined;
let base = '';
let log = '';
const persist = mkdtempSync(join(tmpdir(), 'groundbrief-e2e-'));

beforeAll(async () => {
  const port = await findFreePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn('bash', ['scripts/dev.sh'], {
    env: { ...process.env, PORT: String(port), GROUNDBRIEF_PERSIST: persist },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(`${base}/api/briefs/latest`, child, () => log, 200_000); // dev.sh makes the demo run, then the cron
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

describe('npm run dev (wrangler dev, offline fixtures)', () => {
  it('serves a verified, published latest brief', async () => {
    const response = await get(`${base}/api/briefs/latest`);
    expect(response.status).toBe(200);
    const brief = (await response.json()) as { id: string; status: string; verified: boolean; markdown: string };
    expect(brief.status).toBe('published');
    expect(brief.verified).toBe(true);
    expect(brief.markdown.startsWith('# ')).toBe(true);
  });

  it('serves /feed.xml that rss-parser reads, linking the brief page', async () => {
    const response = await get(`${base}/feed.xml`);
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const feed = await new Parser().parseString(await response.text());
    expect(feed.items.length).toBeGreaterThan(0);
    const page = await get(feed.items[0]!.link!.replace(/^https?:\/\/[^/]+/, base));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Not investment advice');
  });

  it('serves /feed.json as JSON Feed 1.1', async () => {
    const response = await get(`${base}/feed.json`);
    expect(response.headers.get('content-type')).toContain('application/feed+json');
    const feed = (await response.json()) as { version: string; items: { id: string; content_html: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items[0]!.content_html.length).toBeGreaterThan(0);
  });

  it('leaves one labelled demo draft waiting for review (the desk has something to show)', async () => {
    const token = /^API_TOKEN=(.*)$/m.exec(readFileSync('.dev.vars', 'utf8'))?.[1] ?? '';
    const queue = async () =>
      (
        (await (await fetch(`${base}/api/review`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
          items: { id: string; title: string; status: string; counts: { contradicted: number } }[];
        }
      ).items;
    await expect
      .poll(async () => (await queue()).map((item) => item.title.startsWith('DEMO draft')), {
        timeout: 60_000,
        interval: 500,
      })
      .toEqual([true]);
    const [demo] = await queue();
    expect(demo).toMatchObject({ status: 'needs_review', counts: { contradicted: 1 } });
    expect(log).toContain(`dev: demo draft waiting for review: ${base}/review/${demo!.id}`);
  });

  it('fires the cron twice and still has one brief per style for the edition', async () => {
    for (let i = 0; i < 2; i++) {
      const fired = await get(`${base}/__scheduled?cron=0+6+*+*+*`, 60_000);
      expect(fired.status).toBe(200);
    }
    const list = (await (await get(`${base}/api/briefs?limit=50`)).json()) as {
      items: { editionDate: string; style: string }[];
    };
    const keys = list.items.map((item) => `${item.editionDate}/${item.style}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    // the cron writes the daily snapshot and the sector recap every day (the weekly update is the held demo draft)
    expect(list.items.filter((item) => item.style === 'daily-snapshot')).toHaveLength(1);
    expect(list.items.filter((item) => item.style === 'sector-recap')).toHaveLength(1);
  });
});
