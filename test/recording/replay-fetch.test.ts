import { describe, expect, it } from 'vitest';
import type { Recording } from '../../src/domain/recording.ts';
import { recordFetch } from '../../src/recording/record-fetch.ts';
import { buildReplayFetch, buildRequestKey } from '../../src/recording/replay-fetch.ts';

const entry = (url: string, bodyFile: string, status = 200) => ({
  source: 'binance',
  request: { method: 'GET', url },
  response: { status, headers: { 'content-type': 'application/json' }, bodyFile },
  receivedAt: '2026-11-20T07:00:00.000Z',
});
const recording: Recording = {
  version: 1,
  asOf: '2026-11-20T07:00:00.000Z',
  editionDate: '2026-11-20',
  entries: [
    entry('https://api.binance.com/api/v3/klines?symbol=BTCUSDT&interval=1d&limit=40', 'bodies/1.json'),
    entry('https://api.binance.com/api/v3/ping', 'bodies/2.json'),
    entry('https://api.binance.com/api/v3/ping', 'bodies/3.json', 503),
  ],
};
const bodies = new Map([
  ['bodies/1.json', '[[1,"2"]]'],
  ['bodies/2.json', '{}'],
  ['bodies/3.json', 'busy'],
]);

describe('buildReplayFetch', () => {
  it('matches method + URL regardless of query order', async () => {
    const replay = buildReplayFetch(recording, bodies);
    const response = await replay('https://api.binance.com/api/v3/klines?interval=1d&limit=40&symbol=BTCUSDT');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual([[1, '2']]);
  });

  it('answers an unknown request with a 404 that names it', async () => {
    const replay = buildReplayFetch(recording, bodies);
    const response = await replay('https://api.binance.com/api/v3/klines?interval=1d&limit=40&symbol=ETHUSDT');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('symbol=ETHUSDT');
    expect((await replay('https://api.binance.com/api/v3/ping', { method: 'POST' })).status).toBe(404);
  });

  it('serves repeated requests in recorded order, then repeats the last', async () => {
    const replay = buildReplayFetch(recording, bodies);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await replay('https://api.binance.com/api/v3/ping')).status);
    expect(statuses).toEqual([200, 503, 503]);
  });

  it('each replay of one recording serves its own order (the index is shared, the counts are not)', async () => {
    const first = buildReplayFetch(recording, bodies);
    expect((await first('https://api.binance.com/api/v3/ping')).status).toBe(200);
    const second = buildReplayFetch(recording, bodies);
    expect((await second('https://api.binance.com/api/v3/ping')).status).toBe(200);
    expect((await first('https://api.binance.com/api/v3/ping')).status).toBe(503);
  });

  it('falls back to path + query when only the origin differs (recorded against a base URL override)', async () => {
    const replay = buildReplayFetch(recording, bodies);
    expect((await replay('http://127.0.0.1:9/api/v3/klines?symbol=BTCUSDT&limit=40&interval=1d')).status).toBe(200);
  });

  it('builds keys with sorted query parameters', () => {
    expect(buildRequestKey('get', 'https://x.test/a?b=2&a=1&a=0')).toBe('GET https://x.test/a?a=0&a=1&b=2');
  });
});

describe('recordFetch', () => {
  it('keeps request, status, headers and body, and hands the caller an unread response', async () => {
    const upstream: typeof fetch = async () =>
      new Response('{"ok":true}', {
        status: 201,
        headers: { 'content-type': 'application/json', 'content-length': '11', 'x-mbx-used-weight': '7' },
      });
    const recorder = recordFetch({
      fetch: upstream,
      sourceOf: () => 'binance',
      clock: () => new Date('2026-11-20T07:00:01Z'),
    });
    const response = await recorder.fetch('https://api.binance.com/api/v3/klines?symbol=BTCUSDT');
    expect(await response.json()).toEqual({ ok: true });
    expect(recorder.requestCount).toBe(1);
    const { recording: recorded, bodies: stored } = recorder.toRecording({
      asOf: '2026-11-20T07:00:00.000Z',
      editionDate: '2026-11-20',
    });
    expect(recorded.entries).toEqual([
      {
        source: 'binance',
        request: { method: 'GET', url: 'https://api.binance.com/api/v3/klines?symbol=BTCUSDT' },
        // content-length is dropped: bodies are stored decoded and it would not match on replay.
        response: {
          status: 201,
          headers: { 'content-type': 'application/json', 'x-mbx-used-weight': '7' },
          bodyFile: 'bodies/001-api-binance-com-api-v3-klines-BTCUSDT.json',
        },
        receivedAt: '2026-11-20T07:00:01.000Z',
      },
    ]);
    expect(stored.get('bodies/001-api-binance-com-api-v3-klines-BTCUSDT.json')).toBe('{"ok":true}');
    // What was recorded replays to the same answer.
    const again = await buildReplayFetch(recorded, stored)('https://api.binance.com/api/v3/klines?symbol=BTCUSDT');
    expect([again.status, await again.text()]).toEqual([201, '{"ok":true}']);
  });
});
