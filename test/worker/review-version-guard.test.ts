import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeOf } from './email-seed.ts';
import { app, auditActions, fetchReviewJson, postForm, resetDb, seedBrief } from './review-helpers.ts';
import { apiPost, editorSession } from './shared-setup.ts';

beforeEach(resetDb);

describe('a decision applies to the version it was made on', () => {
  it('moveStatus refuses when the brief moved past the version the editor saw, and takes the current one', async () => {
    const { id } = await seedBrief({ contradict: true }); // the seeding edit made version 2
    const { version } = (await env.DB.prepare('SELECT version FROM briefs WHERE id = ?')
      .bind(id)
      .first<{ version: number }>())!;
    expect(version).toBe(2);
    const review = storeOf(env.DB).review;
    const entry = { actor: 'editor:test', action: 'approved', at: '2026-11-20T08:00:00.000Z' };
    expect(await review.moveStatus({ id, from: 'needs_review', to: 'published', version: 1, entry })).toBe(false);
    const after = (await env.DB.prepare('SELECT status FROM briefs WHERE id = ?')
      .bind(id)
      .first<{ status: string }>())!;
    expect(after.status).toBe('needs_review');
    const audits = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM audit_log WHERE brief_id = ? AND action = 'approved'",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(audits?.n).toBe(0);
    expect(await review.moveStatus({ id, from: 'needs_review', to: 'published', version: 2, entry })).toBe(true);
  });
});

const override = { override: true, reason: 'number confirmed by phone' };

/** Seeds a needs_review brief, then saves one more edit through the API: returns the version before (seen) and after it. */
async function seedEditedMeanwhile() {
  const { id } = await seedBrief({ contradict: true });
  const seen = await fetchReviewJson(id);
  const edit = await apiPost(`/api/review/${id}/edit`, {
    markdown: `${seen.markdown!}\n\nEditor B added this line.`,
    baseVersion: seen.brief.version,
  });
  expect(edit.status).toBe(200);
  const now = ((await edit.json()) as { brief: { version: number } }).brief.version;
  expect(now).toBe(seen.brief.version + 1);
  return { id, seen: seen.brief.version, now };
}

/** The hidden baseVersion value inside the page's form posting to `action`, or null when the form or field is missing. */
function formBaseVersion(html: string, action: string): string | null {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) return null;
  const form = html.slice(start, html.indexOf('</form>', start));
  return /<input type="hidden" name="baseVersion" value="([^"]*)"/.exec(form)?.[1] ?? null;
}

describe('approve and reject refuse a version the editor did not see (baseVersion)', () => {
  it('API approve with the old baseVersion is 409 and publishes nothing; with the current one it publishes', async () => {
    const { id, seen, now } = await seedEditedMeanwhile();
    const stale = await apiPost(`/api/review/${id}/approve`, { ...override, baseVersion: seen });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('changed since you opened it'),
    });
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    expect((await auditActions(id)).filter((row) => row.action === 'approved')).toEqual([]);
    expect((await app.request('/api/briefs/latest', {}, env)).status).toBe(404);

    const fresh = await apiPost(`/api/review/${id}/approve`, { ...override, baseVersion: now });
    expect(fresh.status).toBe(200);
    expect((await fetchReviewJson(id)).brief.status).toBe('published');
    const approved = (await auditActions(id)).filter((row) => row.action === 'approved');
    expect(approved).toHaveLength(1);
    expect(JSON.parse(approved[0]!.detail_json!)).toMatchObject({ version: now });
  });

  it('API reject with the old baseVersion is 409 and changes nothing; with the current one it rejects', async () => {
    const { id, seen, now } = await seedEditedMeanwhile();
    expect((await apiPost(`/api/review/${id}/reject`, { reason: 'off topic', baseVersion: seen })).status).toBe(409);
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    expect((await auditActions(id)).filter((row) => row.action === 'rejected')).toEqual([]);
    expect((await apiPost(`/api/review/${id}/reject`, { reason: 'off topic', baseVersion: now })).status).toBe(200);
    expect((await fetchReviewJson(id)).brief.status).toBe('rejected');
  });

  it('the page forms carry the shown version; a page decision from an older page is 409, from the current page it goes through', async () => {
    const { id, seen, now } = await seedEditedMeanwhile();
    const editor = await editorSession();
    const page = await app.request(`/review/${id}`, { headers: { Cookie: editor.cookie } }, env);
    const html = await page.text();
    expect(formBaseVersion(html, `/review/${id}/approve`)).toBe(String(now));
    expect(formBaseVersion(html, `/review/${id}/reject`)).toBe(String(now));

    const staleApprove = await postForm(`/review/${id}/approve`, editor, {
      override: '1',
      reason: 'ok',
      baseVersion: String(seen),
    });
    expect(staleApprove.status).toBe(409);
    expect(await staleApprove.text()).toContain('changed since you opened it');
    const staleReject = await postForm(`/review/${id}/reject`, editor, { reason: 'no', baseVersion: String(seen) });
    expect(staleReject.status).toBe(409);
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    expect((await auditActions(id)).filter((row) => row.action === 'approved' || row.action === 'rejected')).toEqual(
      [],
    );

    expect((await postForm(`/review/${id}/reject`, editor, { reason: 'no', baseVersion: String(now) })).status).toBe(
      303,
    );
    expect((await fetchReviewJson(id)).brief.status).toBe('rejected');
  });
});
