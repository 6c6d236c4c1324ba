import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import { buildEditionSource } from '../../src/pipeline/edition-source.ts';

const server = setupServer(
  http.get('https://api.coingecko.com/api/v3/global', () => HttpResponse.json({ live: true })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('buildEditionSource', () => {
  it('offline: replays the embedded fixture day with its clock and edition date', async () => {
    const source = buildEditionSource({ mode: 'offline', now: () => new Date('2030-01-01T00:00:00Z') });
    expect(source.editionDate()).toBe(fixtureDay.recording.editionDate);
    expect(source.now().toISOString()).toBe(new Date(fixtureDay.recording.asOf).toISOString());
    const entry = fixtureDay.recording.entries.find(
      (item) => item.request.url === 'https://api.coingecko.com/api/v3/global',
    )!;
    const response = await source.fetch('https://api.coingecko.com/api/v3/global');
    expect(await response.text()).toBe(fixtureDay.bodies[entry.response.bodyFile]);
    expect((await source.fetch('https://example.test/not-recorded')).status).toBe(404);
  });

  it('live: the wall clock decides the edition and requests go to the network', async () => {
    const source = buildEditionSource({ mode: 'live', now: () => new Date('2026-12-24T05:59:00Z') });
    expect(source.editionDate()).toBe('2026-12-24');
    expect(source.marketConfig).toBeUndefined();
    expect(await (await source.fetch('https://api.coingecko.com/api/v3/global')).json()).toEqual({ live: true });
  });
});
