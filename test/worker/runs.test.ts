import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { fixtureDay } from '../../src/generated/fixture-day.js';
import { app, countRows, postRun, type ErrorJson } from './helpers.ts';

const edition = fixtureDay.recording.editionDate;

type RunJson = {
  outcome: string;
  message: string;
  brief: { id: string; status: string; verified: boolean; editionDate: string; style: string };
  run?: { requestCount: number; sources: { id: string; status: string }[]; timings: Record<string, number> };
};

describe('POST /api/runs: security', () => {
  it('401 without a bearer token, and makes nothing', async () => {
    const response = await app.request('/api/runs', { method: 'POST' }, env);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorJson).error.code).toBe('UNAUTHORIZED');
    expect(response.headers.get('WWW-Authenticate')).toContain('Bearer');
    expect(await countRows('briefs')).toBe(0);
  });

  it('401 with a wrong token (same length and different length)', async () => {
    for (const token of ['test-api-tokeX', 'short']) {
      const response = await app.request(
        '/api/runs',
        { method: 'POST', headers: { Authorization: `Bearer ${token}` } },
        env,
      );
      expect(response.status).toBe(401);
    }
    expect(await countRows('briefs')).toBe(0);
  });

  it('500 MISCONFIGURED naming API_TOKEN when the secret is unset (fails closed)', async () => {
    const response = await postRun({}, { API_TOKEN: undefined });
    expect(response.status).toBe(500);
    const body = (await response.json()) as ErrorJson;
    expect(body.error.code).toBe('MISCONFIGURED');
    expect(body.error.message).toContain('API_TOKEN');
  });
});

describe('POST /api/runs: errors', () => {
  it('400 naming the field for a bad style, an unknown field, a malformed date', async () => {
    for (const [body, field] of [
      [{ style: 'haiku' }, 'style'],
      [{ colour: 'red' }, 'colour'],
      [{ date: '20-11-2026' }, 'date'],
    ] as const) {
      const response = await postRun(body);
      expect(response.status).toBe(400);
      const error = ((await response.json()) as ErrorJson).error;
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toContain(field);
    }
  });

  it('400 for a body that is not JSON', async () => {
    const response = await app.request(
      '/api/runs',
      { method: 'POST', headers: { Authorization: 'Bearer test-api-token' }, body: '{style' },
      env,
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.message).toContain('JSON');
  });

  it('400 for a date the offline fixture day cannot produce', async () => {
    const response = await postRun({ date: '1999-01-01' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorJson).error.message).toContain(edition);
  });
});

describe('POST /api/runs: happy path', () => {
  it('creates, publishes and stores a verified brief with its inputs, then is idempotent', async () => {
    const first = await postRun({});
    expect(first.status).toBe(201);
    const created = (await first.json()) as RunJson;
    expect(created.outcome).toBe('created');
    expect(created.brief).toMatchObject({
      id: `${edition}-daily-snapshot`,
      editionDate: edition,
      style: 'daily-snapshot',
      status: 'published',
      verified: true,
    });
    expect(created.run?.requestCount).toBeGreaterThan(0);
    expect(created.run?.sources.length).toBeGreaterThan(0);
    expect(Object.keys(created.run?.timings ?? {})).toEqual(
      expect.arrayContaining(['collect', 'metrics', 'write', 'total']),
    );

    const again = await postRun({ style: 'daily-snapshot', date: edition });
    expect(again.status).toBe(200);
    const second = (await again.json()) as RunJson;
    expect(second.outcome).toBe('exists');
    expect(second.message).toContain('nothing new');

    expect(await countRows('briefs')).toBe(1);
    expect(await countRows('snapshots')).toBe(1);
    expect(await countRows('audit_log', "action = 'created'")).toBe(1);
    const stored = await env.DB.prepare('SELECT run_json FROM snapshots').first<{ run_json: string }>();
    const run = JSON.parse(stored!.run_json) as { requestCount: number; actor: string; mode: string };
    expect(run).toMatchObject({ actor: 'api', mode: 'offline', requestCount: created.run!.requestCount });
  });

  it('keeps a verified brief as needs_review when AUTO_PUBLISH is false', async () => {
    const response = await postRun({ style: 'sector-recap' }, { AUTO_PUBLISH: 'false' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as RunJson;
    expect(body.brief.status).toBe('needs_review');
    const row = await env.DB.prepare('SELECT status, published_at FROM briefs WHERE id = ?')
      .bind(body.brief.id)
      .first<{ status: string; published_at: string | null }>();
    expect(row).toEqual({ status: 'needs_review', published_at: null });
  });
});
