// Corrections and withdrawals of published briefs inside workerd with a real local D1: the checker gate, the note on
// the page and in both feeds, the kept history, the withdrawn notice, and the audit rows.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app, auditActions, fetchReviewJson, postForm, resetDb, seedBrief } from './review-helpers.ts';
import { apiPost, editorSession, publishedBrief } from './shared-setup.ts';

beforeEach(resetDb);

const get = (path: string) => app.request(path, {}, env);

/** The same body with one supported percentage moved 7 points away from its fact. */
function contradictOne(review: Awaited<ReturnType<typeof fetchReviewJson>>): string {
  const bodyStart = review.markdown!.indexOf('\n');
  const claim = review.report.claims.find(
    (c) => c.verdict === 'supported' && c.unit === 'pct' && /\d/.test(c.text) && c.span[0] > bodyStart,
  )!;
  const wrong = claim.text.replace(/\d+(?:\.\d+)?/, (d) =>
    (Number.parseFloat(d) + 7).toFixed(d.split('.')[1]?.length ?? 0),
  );
  const markdown = review.markdown!.slice(0, claim.span[0]) + wrong + review.markdown!.slice(claim.span[1]);
  return markdown.replace(/^# .*\n+/, '');
}

describe('correct a published brief', () => {
  it('re-checks, publishes the new version with a dated note on the page and marks the item updated in both feeds', async () => {
    const { id, review, title, body } = await publishedBrief();
    const editor = await editorSession();
    const corrected = `${body.trimEnd()}\n\nThis paragraph was added by a correction.\n`;
    const response = await postForm(`/review/${id}/correct`, editor, {
      title,
      markdown: corrected,
      note: 'Added a missing paragraph',
      notify: '1',
      baseVersion: String(review.brief.version),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/review/${id}?done=corrected`);

    const row = (await env.DB.prepare('SELECT status, version, corrected_at, markdown FROM briefs WHERE id = ?')
      .bind(id)
      .first<{ status: string; version: number; corrected_at: string; markdown: string }>())!;
    expect(row).toMatchObject({ status: 'published', version: review.brief.version + 1 });
    expect(row.corrected_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.markdown).toContain('added by a correction');

    const page = await get(`/briefs/${id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('added by a correction');
    expect(html).toContain('Added a missing paragraph');
    expect(html).toContain(`<time datetime="${row.corrected_at}">`);
    expect(html).toContain(`Version ${review.brief.version}, as published before`);

    const rss = await (await get('/feed.xml')).text();
    expect(rss).toContain(`<atom:updated>${row.corrected_at}</atom:updated>`);
    expect(rss).toContain(`Corrected ${row.corrected_at.slice(0, 10)}: Added a missing paragraph.`);
    const feed = (await (await get('/feed.json')).json()) as {
      items: { id: string; date_modified: string; summary: string; _groundbrief?: { correction_note: string } }[];
    };
    const item = feed.items.find((entry) => entry.id === id)!;
    expect(item.date_modified).toBe(row.corrected_at);
    expect(item._groundbrief?.correction_note).toBe('Added a missing paragraph');
    expect(item.summary).toMatch(/^Corrected \d{4}-\d{2}-\d{2}: Added a missing paragraph\. /);

    const audit = await auditActions(id);
    // the box was ticked: its emails go through the outbox (test/worker/email-correction.test.ts); no subscriber here
    expect(audit.at(-1)).toMatchObject({
      action: 'corrected',
      actor: 'editor:ana',
      from_status: 'published',
      to_status: 'published',
      reason: 'Added a missing paragraph',
    });
    const corrections = await env.DB.prepare(
      'SELECT version, notify_subscribers FROM brief_corrections WHERE brief_id = ?',
    )
      .bind(id)
      .all();
    expect(corrections.results).toEqual([{ version: review.brief.version + 1, notify_subscribers: 1 }]);
  });

  it('does not publish a correction that fails the checker (409), keeps the text in the form, changes nothing', async () => {
    const { id, review, title } = await publishedBrief();
    const editor = await editorSession();
    const wrongBody = contradictOne(review);
    const response = await postForm(`/review/${id}/correct`, editor, {
      title,
      markdown: wrongBody,
      note: 'Typo',
      baseVersion: String(review.brief.version),
    });
    expect(response.status).toBe(409);
    const html = await response.text();
    expect(html).toContain('correction not published: 1 contradicted');
    expect(html).toContain('>Typo</textarea>');
    const after = await fetchReviewJson(id);
    expect(after.brief.version).toBe(review.brief.version);
    expect(after.markdown).toBe(review.markdown);
    expect((await auditActions(id)).map((entry) => entry.action)).not.toContain('corrected');
    expect(await (await get(`/briefs/${id}`)).text()).not.toContain('Corrections');
  });

  it("re-checks with the brief's own window: another window's value with no window stated is refused", async () => {
    const { id, review, title, body } = await publishedBrief();
    const row = await env.DB.prepare('SELECT sheet_json FROM snapshots WHERE brief_id = ?')
      .bind(id)
      .first<{ sheet_json: string }>();
    const facts = (JSON.parse(row!.sheet_json) as { facts: { id: string; value: number }[] }).facts;
    const day = facts.find((f) => f.id === 'btc.change_24h')!.value;
    const week = facts.find((f) => f.id === 'btc.change_7d')!.value;
    expect(Math.abs(week - day)).toBeGreaterThan(0.5); // the two windows tell apart
    const verb = week < 0 ? 'fell' : 'rose';
    const sentence = `Bitcoin ${verb} ${Math.abs(week).toFixed(1)}%.`;
    const response = await apiPost(`/api/review/${id}/correct`, {
      title,
      markdown: `${body}\n${sentence}\n`,
      note: 'Added the move',
      baseVersion: review.brief.version,
    });
    // a daily brief's figure with no window is a 24h figure: the 7-day value is contradicted, as on the edit path
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('1 contradicted');
    expect((await fetchReviewJson(id)).brief.version).toBe(review.brief.version);
  });

  it('needs a note (400), refuses a stale base version (409) and an unpublished brief (409)', async () => {
    const { id, review, title, body } = await publishedBrief();
    const changed = `${body}\nOne more line.\n`;
    expect(
      (await postForm(`/review/${id}/correct`, await editorSession(), { title, markdown: changed, note: ' ' })).status,
    ).toBe(400);
    expect(
      (
        await apiPost(`/api/review/${id}/correct`, {
          markdown: changed,
          note: 'x',
          baseVersion: review.brief.version + 5,
        })
      ).status,
    ).toBe(409);
    const { id: queued } = await seedBrief({ contradict: false, style: 'sector-recap' });
    expect((await apiPost(`/api/review/${queued}/correct`, { markdown: changed, note: 'x' })).status).toBe(409);
    const ok = await apiPost(`/api/review/${id}/correct`, { title, markdown: changed, note: 'Added a line' });
    expect(ok.status).toBe(200);
  });
});

describe('withdraw a published brief', () => {
  it('needs a reason; then the page shows the notice (410), the feeds and the API drop it, and it is audited', async () => {
    const { id, review } = await publishedBrief();
    const editor = await editorSession();
    expect((await postForm(`/review/${id}/withdraw`, editor, { reason: '' })).status).toBe(400);
    const response = await postForm(`/review/${id}/withdraw`, editor, {
      reason: 'Built on a mispriced exchange feed',
      baseVersion: String(review.brief.version),
    });
    expect(response.status).toBe(303);
    const page = await get(`/briefs/${id}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('This brief was withdrawn on');
    expect(html).toContain('Built on a mispriced exchange feed');
    // nothing of the withdrawn text: not the title, not the summary (the first paragraph as the meta tags strip it)
    const neutral = `Withdrawn brief, edition of ${review.brief.editionDate}`;
    const meta = (attribute: string, name: string) =>
      new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1];
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1]).toBe(neutral);
    expect(meta('name', 'description')).toBe(neutral);
    expect(meta('property', 'og:title')).toBe(neutral);
    expect(meta('property', 'og:description')).toBe(neutral);
    const summary = review
      .markdown!.split(/\n\s*\n/)
      .map((block) => block.trim())
      .find((block) => block && !block.startsWith('#'))!
      .replace(/[*_`>#]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(html).not.toContain(review.brief.title);
    expect(html).not.toContain(summary.slice(0, 40));
    expect(await (await get('/feed.xml')).text()).not.toContain(id);
    expect(((await (await get('/feed.json')).json()) as { items: unknown[] }).items).toHaveLength(0);
    expect((await get(`/api/briefs/${id}`)).status).toBe(404);
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'withdrawn',
      actor: 'editor:ana',
      from_status: 'published',
      to_status: 'withdrawn',
      reason: 'Built on a mispriced exchange feed',
    });
    // a withdrawn brief can be neither corrected nor withdrawn again
    expect((await apiPost(`/api/review/${id}/correct`, { markdown: '# t\n\nx\n', note: 'x' })).status).toBe(409);
    expect((await apiPost(`/api/review/${id}/withdraw`, { reason: 'again' })).status).toBe(409);
  });
});
