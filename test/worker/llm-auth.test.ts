import { env } from 'cloudflare:workers';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postRun } from './helpers.ts';

// An OpenAI-compatible server that rejects the key: the LLM writer throws (a configuration problem, not transient).
const server = setupServer(
  http.post('https://llm.test/v1/chat/completions', () =>
    HttpResponse.json(
      { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } },
      { status: 401 },
    ),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
afterAll(() => server.close());

describe('a run whose LLM rejects the key', () => {
  it('falls back to the template text, says why, and holds it for review', async () => {
    const response = await postRun({}, { OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: 'https://llm.test/v1' });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      brief: { id: string; status: string };
      run: { sources: { id: string; status: string; reason?: string; detail?: string }[] };
    };
    expect(body.brief.status).toBe('needs_review');
    const llm = body.run.sources.find((source) => source.id === 'openai');
    expect(llm).toMatchObject({ status: 'failed', reason: 'http-status' });
    expect(llm?.detail).toContain('401');
    const row = await env.DB.prepare('SELECT writer_json FROM briefs WHERE id = ?')
      .bind(body.brief.id)
      .first<{ writer_json: string }>();
    const writer = JSON.parse(row!.writer_json) as { kind: string; note: string };
    expect(writer.kind).toBe('template');
    expect(writer.note).toContain('LLM writer failed');
  });
});
