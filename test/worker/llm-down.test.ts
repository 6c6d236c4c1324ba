import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { postRun } from './helpers.ts';

type Stored = {
  status: string;
  markdown: string;
  writer_json: string;
  fallback_json: string | null;
  report_json: string;
};

describe('a run whose LLM is down', () => {
  it('stores a needs_review brief with the template brief as fallback, even with AUTO_PUBLISH on', async () => {
    // Nothing listens on port 9 (discard): every chat completion request fails to connect.
    const response = await postRun(
      {},
      { OPENAI_API_KEY: 'sk-test-not-real', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', AUTO_PUBLISH: 'true' },
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      brief: { id: string; status: string };
      run: { sources: { id: string; kind: string; status: string }[] };
    };
    expect(body.brief.status).toBe('needs_review');
    expect(body.run.sources.find((source) => source.kind === 'llm')).toMatchObject({
      id: 'openai',
      status: expect.stringMatching(/fallback|failed/),
    });

    const row = (await env.DB.prepare(
      'SELECT status, markdown, writer_json, fallback_json, report_json FROM briefs WHERE id = ?',
    )
      .bind(body.brief.id)
      .first<Stored>())!;
    expect(row.status).toBe('needs_review');
    const writer = JSON.parse(row.writer_json) as { kind: string; note?: string };
    expect(writer.note).toBeTruthy();
    // The LLM writer gave up (it does not throw on transient failures): the writer note says why.
    // The stored text is the template's: it is labelled so (disclosures must not call it AI-drafted).
    expect(writer.kind).toBe('template');
    const fallback = JSON.parse(row.fallback_json ?? 'null') as {
      brief: { markdown: string; writer: { kind: string } };
      report: { ok: boolean };
    } | null;
    expect(fallback?.brief.writer.kind).toBe('template');
    expect(fallback?.brief.markdown.startsWith('# ')).toBe(true);
    // No usable draft: the stored text is the template's checked text (approving it publishes only verified
    // numbers), and it still waits for a person because the writer asked for failed.
    expect(row.markdown).toBe(fallback?.brief.markdown);
    expect((JSON.parse(row.report_json) as { ok: boolean }).ok).toBe(true);

    // and it is not public
    const published = await env.DB.prepare("SELECT COUNT(*) AS n FROM briefs WHERE status = 'published'").first<{
      n: number;
    }>();
    expect(published?.n).toBe(0);
  });
});
