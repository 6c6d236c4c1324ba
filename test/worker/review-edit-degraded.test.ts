// An edit re-checks the text against the stored facts sheet and judges it as a run is judged: a brief from a degraded
// run (here CoinGecko failed) stays needs_review after an edit, with the reasons, instead of becoming a verified draft.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiHeaders, app, fetchReviewJson, resetDb, seedBrief } from './review-helpers.ts';

beforeEach(resetDb);

/** Saves the brief's own text again through the API (an edit that changes nothing the checker sees). */
async function editUnchanged(id: string) {
  const before = await fetchReviewJson(id);
  const response = await app.request(
    `/api/review/${id}/edit`,
    { method: 'POST', headers: apiHeaders, body: JSON.stringify({ markdown: before.markdown }) },
    env,
  );
  expect(response.status).toBe(200);
  const audit = await env.DB.prepare(
    `SELECT detail_json FROM audit_log WHERE brief_id = ?1 AND action = 'edited' ORDER BY id DESC LIMIT 1`,
  )
    .bind(id)
    .first<{ detail_json: string }>();
  const detail = JSON.parse(audit?.detail_json ?? '{}') as { degradations?: string[] };
  return { after: await fetchReviewJson(id), degradations: detail.degradations };
}

describe('edit of a degraded brief', () => {
  it('a complete run: the unchanged text checks clean and waits as a verified draft', async () => {
    const { id } = await seedBrief({ contradict: false });
    const { after, degradations } = await editUnchanged(id);
    expect(after.report.ok).toBe(true);
    expect(after.brief.status).toBe('draft');
    expect(degradations).toBeUndefined();
  });

  it('CoinGecko failed in the run: the same clean text stays needs_review, and the edit records why', async () => {
    const { id } = await seedBrief({ contradict: false });
    // The stored sheet as a run with CoinGecko down leaves it (the source failed).
    await env.DB.prepare(
      `UPDATE snapshots SET sheet_json = json_insert(sheet_json, '$.sources[#]',
        json('{"id":"coingecko:markets","kind":"coingecko","status":"failed","reason":"timeout"}')) WHERE brief_id = ?1`,
    )
      .bind(id)
      .run();
    const { after, degradations } = await editUnchanged(id);
    expect(after.report.ok).toBe(true);
    expect(after.brief.status).toBe('needs_review');
    expect(degradations).toEqual([expect.stringMatching(/^CoinGecko unavailable \(coingecko:markets timeout\)/)]);
  });
});
