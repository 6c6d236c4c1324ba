import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { run as runCollect } from '../../src/cli/commands/collect.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { buildReplayFetch } from '../../src/recording/replay-fetch.ts';

// A local server imitating every venue: it answers from the fixtures day by path + query (any host).
const fixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
let server: Server;
let origin: string;
let scratch: string;
const served: string[] = [];

beforeAll(async () => {
  const { recording, bodies } = await readRecordingDir(fixturesDir);
  const replay = buildReplayFetch(recording, bodies);
  server = createServer(async (req, res) => {
    served.push(req.url ?? '');
    const answer = await replay(`http://local.test${req.url}`);
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  scratch = await mkdtemp(join(tmpdir(), 'gb-collect-'));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise((resolve) => server.close(resolve));
  await rm(scratch, { recursive: true, force: true });
});

it('collect --out DIR against local venues writes a recording that loadSnapshot turns into the same market data', async () => {
  vi.stubEnv('GROUNDBRIEF_BINANCE_URL', origin);
  vi.stubEnv('GROUNDBRIEF_COINGECKO_URL', `${origin}/api/v3`);
  vi.stubEnv('GROUNDBRIEF_VENUES', 'binance');
  // The fixture day is older than the wall clock: widen the staleness limit for this run and its replay.
  vi.stubEnv('GROUNDBRIEF_MAX_AGE_MINUTES', String(60 * 24 * 365 * 10));
  const sourcesFile = join(scratch, 'sources.json');
  await writeFile(
    sourcesFile,
    JSON.stringify(defaultSources.map((s) => ({ ...s, url: `${origin}${new URL(s.url).pathname}` }))),
  );
  const out = join(scratch, 'run');
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});

  expect(await runCollect(['--out', out, '--sources', sourcesFile])).toBe(0);
  // 30 candles + tickers + fundingInfo + 5 premiumIndex + 5 OI + 3 CoinGecko = 45 market requests, + 7 sources, all
  // to the local server.
  expect(log.mock.calls.at(-1)?.[0]).toContain('52 requests');
  expect(served).toHaveLength(52);
  vi.restoreAllMocks();

  const recorded = JSON.parse(await readFile(join(out, 'recording.json'), 'utf8'));
  expect(recorded.entries).toHaveLength(52);
  expect(recorded.entries.every((e: { request: { url: string } }) => e.request.url.startsWith(origin))).toBe(true);

  const replayed = await loadSnapshot(out);
  const fixture = await loadSnapshot(join(fixturesDir, '..', 'day.snapshot.json'));
  expect(replayed.assets).toEqual(fixture.assets);
  expect(replayed.categories).toEqual(fixture.categories);
  expect(replayed.global).toEqual(fixture.global);
  // The recording carries the sources it was collected with (local URLs): relative page links resolve against them.
  expect(replayed.headlines.map((h) => h.title)).toEqual(fixture.headlines.map((h) => h.title));
  expect(recorded.sources.map((s: { url: string }) => s.url.startsWith(origin))).not.toContain(false);
  expect(replayed.sources.filter((s) => s.status !== 'ok')).toEqual([]);
});

it('collect without --out is a CliError', async () => {
  await expect(runCollect([])).rejects.toMatchObject({ name: 'CliError', exitCode: 2 });
});
