import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import {
  defaultFixturesDir,
  defaultFixturesSnapshot,
  defaultSnapshotPath,
  loadSnapshot,
  marketEnvNames,
} from '../../src/cli/load-snapshot.ts';
import { replayRecordingDir } from '../../src/cli/replay-snapshot.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'gb-load-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const expectCliError = async (promise: Promise<unknown>, pattern: RegExp) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).exitCode).toBe(2);
  expect((error as CliError).message).toMatch(pattern);
  expect((error as CliError).message).not.toContain('\n');
};

describe('loadSnapshot', () => {
  // The committed snapshot is what `npm start` reads instead of replaying: it must stay the replay's output.
  it('replays fixtures/day into exactly fixtures/day.snapshot.json (round trip, byte for byte)', async () => {
    const committed = await readFile(join(fixtures, 'day.snapshot.json'), 'utf8');
    const replayed = await replayRecordingDir(join(fixtures, 'day'));
    expect(replayed).toEqual(JSON.parse(committed));
    expect(`${JSON.stringify(replayed, null, 2)}\n`).toBe(committed);
  });

  // Without --snapshot the CLI reads the committed replay without zod (it is validated here instead).
  it('fixtures/day.snapshot.json is a valid snapshot, returned unchanged by marketSnapshotSchema.parse', async () => {
    const committed = JSON.parse(await readFile(join(fixtures, 'day.snapshot.json'), 'utf8'));
    expect(marketSnapshotSchema.parse(committed)).toStrictEqual(committed);
    const saved = process.env.GROUNDBRIEF_LIVE;
    delete process.env.GROUNDBRIEF_LIVE;
    try {
      expect(await loadSnapshot()).toStrictEqual(committed);
    } finally {
      if (saved !== undefined) process.env.GROUNDBRIEF_LIVE = saved;
    }
  });

  it('without --snapshot: the committed replay, unless a market variable changes the settings a replay runs under', async () => {
    expect(defaultFixturesSnapshot).toBe(join(fixtures, 'day.snapshot.json'));
    expect(defaultFixturesDir).toBe(join(fixtures, 'day'));
    expect(defaultSnapshotPath({})).toBe(defaultFixturesSnapshot);
    expect(defaultSnapshotPath({ GROUNDBRIEF_LIVE: '', HOME: '/root' })).toBe(defaultFixturesSnapshot);
    expect(defaultSnapshotPath({ GROUNDBRIEF_VENUES: '' })).toBe(defaultFixturesSnapshot);
    for (const name of marketEnvNames) expect(defaultSnapshotPath({ [name]: 'x' }), name).toBe(defaultFixturesDir);
  });

  it('an invalid market variable is refused on the default path too (exit 2), as a replay under it would', async () => {
    const saved = process.env.GROUNDBRIEF_VENUES;
    process.env.GROUNDBRIEF_VENUES = 'kraken';
    try {
      await expectCliError(loadSnapshot(), /invalid market configuration from environment \(venues/);
    } finally {
      if (saved === undefined) delete process.env.GROUNDBRIEF_VENUES;
      else process.env.GROUNDBRIEF_VENUES = saved;
    }
  });

  it('with GROUNDBRIEF_VENUES set, the default replays the recording under it (not the committed snapshot)', async () => {
    const saved = process.env.GROUNDBRIEF_VENUES;
    process.env.GROUNDBRIEF_VENUES = 'okx,bybit';
    try {
      const snapshot = await loadSnapshot();
      expect(snapshot).toEqual(await replayRecordingDir(join(fixtures, 'day')));
      expect(snapshot).not.toEqual(JSON.parse(await readFile(join(fixtures, 'day.snapshot.json'), 'utf8')));
    } finally {
      if (saved === undefined) delete process.env.GROUNDBRIEF_VENUES;
      else process.env.GROUNDBRIEF_VENUES = saved;
    }
  });

  it('the fixtures day is complete: 30 assets with ticker, 40 candles and cap; 5 perps; every source ok', async () => {
    const snapshot = await loadSnapshot(join(fixtures, 'day'));
    expect(snapshot.assets).toHaveLength(30);
    for (const asset of snapshot.assets) {
      expect(asset.ticker, asset.id).toBeDefined();
      expect(asset.candles, asset.id).toHaveLength(40);
      // The last candle is the day in progress: its close is the ticker's last price.
      expect(asset.candles.at(-1)![4], asset.id).toBe(asset.ticker!.last);
      expect(asset.marketCapUsd, asset.id).toBeGreaterThan(0);
    }
    expect(snapshot.assets.filter((a) => a.perp).map((a) => a.id)).toEqual(['btc', 'eth', 'sol', 'xrp', 'doge']);
    expect(snapshot.sources.filter((s) => s.status !== 'ok')).toEqual([]);
    expect(snapshot.headlines.length).toBeGreaterThanOrEqual(20);
    expect(snapshot.categories).toHaveLength(6);
  });

  it('reads a snapshot JSON file', async () => {
    const snapshot = await loadSnapshot(join(fixtures, 'day.snapshot.json'));
    expect(snapshot.asOf).toBe('2026-11-20T07:00:00.000Z');
  });

  it('missing path, bad JSON, wrong shape: CliError exit 2 with a one-line reason', async () => {
    await expectCliError(loadSnapshot(join(scratch, 'nope')), /snapshot not found/);
    await writeFile(join(scratch, 'bad.json'), '{ not json');
    await expectCliError(loadSnapshot(join(scratch, 'bad.json')), /not valid JSON/);
    await writeFile(join(scratch, 'shape.json'), JSON.stringify({ version: 1, asOf: 'yesterday' }));
    await expectCliError(loadSnapshot(join(scratch, 'shape.json')), /not a valid snapshot \(asOf/);
  });

  it('a recording dir without recording.json, or with a missing body: CliError exit 2', async () => {
    const empty = join(scratch, 'empty');
    await cp(join(fixtures, 'day', 'bodies'), join(empty, 'bodies'), { recursive: true });
    await expectCliError(loadSnapshot(empty), /recording\.json: cannot read/);
    const broken = join(scratch, 'broken');
    await cp(join(fixtures, 'day'), broken, { recursive: true });
    await rm(join(broken, 'bodies', '001-api-binance-com-api-v3-klines-ADAUSDT.json'));
    await expectCliError(loadSnapshot(broken), /body file missing/);
  });
});
