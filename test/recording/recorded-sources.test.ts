import { expect, it } from 'vitest';
import { defaultSources } from '../../src/config/sources.ts';
import type { Recording } from '../../src/domain/recording.ts';
import { sourcesOfRecording } from '../../src/recording/recorded-sources.ts';

const entry = (source: string, url: string) => ({
  source,
  request: { method: 'GET', url },
  response: { status: 200, headers: {}, bodyFile: 'bodies/x.xml' },
  receivedAt: '2026-11-20T06:00:00.000Z',
});
const base = { version: 1 as const, asOf: '2026-11-20T06:00:00.000Z', editionDate: '2026-11-20' };

it('a recording that carries its sources replays exactly those', () => {
  const custom = [{ id: 'mine', name: 'Mine', kind: 'rss' as const, url: 'https://mine.test/rss' }];
  expect(
    sourcesOfRecording({ ...base, entries: [entry('feed:mine', 'https://mine.test/rss')], sources: custom }),
  ).toEqual(custom);
});

it('an older recording: sources from its feed entries, never a default it did not record', () => {
  const recording: Recording = {
    ...base,
    entries: [
      entry('binance', 'https://api.binance.com/x'),
      entry('feed:mine', 'https://mine.test/rss'),
      entry('feed:decrypt', defaultSources.find((s) => s.id === 'decrypt')!.url),
    ],
  };
  const sources = sourcesOfRecording(recording);
  expect(sources.map((s) => s.id)).toEqual(['decrypt', 'mine']);
  expect(sources[1]).toEqual({ id: 'mine', name: 'mine', kind: 'rss', url: 'https://mine.test/rss' });
});
