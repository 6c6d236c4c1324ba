import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.ts';
import { run } from '../../../src/cli/commands/headlines.ts';
import { loadConfiguredSources } from '../../../src/cli/configured-sources.ts';
import { defaultSources } from '../../../src/config/sources.ts';

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((request, response) => {
    try {
      const body = readFileSync(new URL(`../../../fixtures/feeds${request.url}`, import.meta.url));
      response.writeHead(200).end(body);
    } catch {
      response.writeHead(404, 'Not Found').end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function capture(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  try {
    return { code: await run(argv), out: lines.join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('headlines command', () => {
  it('--url with --json gives headlines, clusters and statuses; kinds detected (RSS, Atom, HTML listing)', async () => {
    const { code, out } = await capture([
      '--url',
      `${base}/rss2-cdata.xml`,
      '--url',
      `${base}/atom.xml`,
      '--url',
      `${base}/listing.html`,
      '--url',
      `${base}/missing.xml`,
      '--json',
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      headlines: unknown[];
      clusters: { headlines: unknown[] }[];
      statuses: { status: string; reason?: string; items?: number }[];
    };
    expect(result.statuses.map((s) => [s.status, s.items])).toEqual([
      ['ok', 5],
      ['ok', 3],
      ['ok', 3],
      ['failed', 0],
    ]);
    expect(result.statuses[3]!.reason).toBe('http-status');
    expect(result.headlines).toHaveLength(11);
    expect(result.clusters.flatMap((c) => c.headlines)).toHaveLength(11);
  });

  it('prints a status line per source and the clusters as text; exit 1 when every source failed', async () => {
    const ok = await capture(['--url', `${base}/rss1-rdf.xml`]);
    expect(ok.out).toMatch(/ok\s+2 items/);
    expect(ok.out).toContain('Cardano Developers Publish Upgrade Timeline');
    const failed = await capture(['--url', `${base}/html-instead-of-feed.xml`, '--url', `${base}/truncated.xml`]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('FAILED  not-a-feed');
    expect(failed.out).toContain('FAILED  parse-error');
  });

  it('rejects bad arguments with a CliError', async () => {
    await expect(run(['--url', 'ftp://x'])).rejects.toBeInstanceOf(CliError);
    await expect(run(['--bogus', '1'])).rejects.toBeInstanceOf(CliError);
  });
});

describe('GROUNDBRIEF_SOURCES', () => {
  it('defaults when unset, accepts an inline JSON array, rejects invalid lists with one line', async () => {
    expect(await loadConfiguredSources(undefined)).toBe(defaultSources);
    const inline = await loadConfiguredSources('[{"id":"a","name":"A","kind":"rss","url":"https://a.test/feed"}]');
    expect(inline).toEqual([{ id: 'a', name: 'A', kind: 'rss', url: 'https://a.test/feed' }]);
    await expect(loadConfiguredSources('[{"id":"a","kind":"html","url":"https://a.test/"}]')).rejects.toThrow(
      /invalid source list/,
    );
    await expect(loadConfiguredSources('[not json')).rejects.toThrow(/not valid JSON/);
    await expect(loadConfiguredSources('/no/such/file.json')).rejects.toThrow(/cannot read/);
  });
});
