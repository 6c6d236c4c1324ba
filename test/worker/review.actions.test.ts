// Review desk decisions inside workerd with a real local D1: the approve gate, override, reject, edit, regenerate,
// escaping of feed text, and the audit entry each action leaves.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { app, auditActions, fetchReviewJson, postForm, resetDb, seedBrief } from './review-helpers.ts';
import { apiPost, editorSession } from './shared-setup.ts';

beforeEach(resetDb);

describe('approve', () => {
  it('refuses a brief with a contradicted claim without override (page 409, API 409), and leaves it unpublished', async () => {
    const { id, baseline } = await seedBrief({ contradict: true });
    const editor = await editorSession();
    const page = await postForm(`/review/${id}/approve`, editor, {});
    expect(page.status).toBe(409);
    expect(await page.text()).toContain(
      `${baseline.contradicted! + 1} contradicted and ${baseline.unsupported} unsupported claim(s)`,
    );
    const response = await apiPost(`/api/review/${id}/approve`, {});
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('override'),
    });
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    expect((await app.request('/api/briefs/latest', {}, env)).status).toBe(404);
  });

  it('refuses an override without a written reason (400)', async () => {
    const { id } = await seedBrief({ contradict: true });
    expect((await apiPost(`/api/review/${id}/approve`, { override: true })).status).toBe(400);
    expect((await apiPost(`/api/review/${id}/approve`, { override: true, reason: '   ' })).status).toBe(400);
    const editor = await editorSession();
    expect((await postForm(`/review/${id}/approve`, editor, { override: '1', reason: '' })).status).toBe(400);
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
  });

  it('publishes with override + reason, audits who/why, and the public API then serves it', async () => {
    const { id, baseline } = await seedBrief({ contradict: true });
    const editor = await editorSession();
    const response = await postForm(`/review/${id}/approve`, editor, {
      override: '1',
      reason: 'exchange feed lagged; number confirmed by phone',
    });
    expect(response.status).toBe(303);
    const approved = (await auditActions(id)).at(-1)!;
    expect(approved).toMatchObject({
      action: 'approved',
      actor: 'editor:ana',
      from_status: 'needs_review',
      to_status: 'published',
      reason: 'exchange feed lagged; number confirmed by phone',
    });
    expect(JSON.parse(approved.detail_json!)).toMatchObject({
      override: true,
      counts: expect.objectContaining({ contradicted: baseline.contradicted! + 1 }),
    });
    const latest = await app.request('/api/briefs/latest', {}, env);
    expect(latest.status).toBe(200);
    expect(((await latest.json()) as { id: string }).id).toBe(id);
    const row = await env.DB.prepare('SELECT status, published_at FROM briefs WHERE id = ?')
      .bind(id)
      .first<{ status: string; published_at: string }>();
    expect(row).toMatchObject({ status: 'published', published_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) });
  });

  it('publishes a clean brief through the API without override and queues its email for confirmed subscribers', async () => {
    const { id } = await seedBrief({ contradict: false });
    await env.DB.prepare(
      "INSERT INTO subscribers (id, email, status, created_at, confirmed_at) VALUES ('s1', 'reader@example.com', 'confirmed', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
    ).run();
    expect(
      (await env.DB.prepare('SELECT COUNT(*) AS n FROM outbox WHERE brief_id = ?').bind(id).first<{ n: number }>())?.n,
    ).toBe(0);
    const response = await apiPost(`/api/review/${id}/approve`, {});
    expect(response.status).toBe(200);
    expect(((await response.json()) as { brief: { status: string } }).brief.status).toBe('published');
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'approved',
      actor: 'api',
      to_status: 'published',
      reason: null,
    });
    expect(
      (await env.DB.prepare('SELECT subscriber_id FROM outbox WHERE brief_id = ?').bind(id).all()).results,
    ).toEqual([{ subscriber_id: 's1' }]);
    // a published brief is out of the queue and cannot be decided again
    expect((await apiPost(`/api/review/${id}/reject`, { reason: 'late' })).status).toBe(409);
  });
});

describe('reject', () => {
  it('needs a reason, then records it', async () => {
    const { id } = await seedBrief({ contradict: true });
    expect((await apiPost(`/api/review/${id}/reject`, { reason: '' })).status).toBe(400);
    expect((await postForm(`/review/${id}/reject`, await editorSession(), { reason: '' })).status).toBe(400);
    expect((await apiPost(`/api/review/${id}/reject`, { reason: 'wrong sector move' })).status).toBe(200);
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'rejected',
      actor: 'api',
      from_status: 'needs_review',
      to_status: 'rejected',
      reason: 'wrong sector move',
    });
    expect((await app.request(`/api/briefs/${id}`, {}, env)).status).toBe(404);
  });
});

describe('edit', () => {
  it('re-checks the text, keeps versions, shows the diff, and audits the edit', async () => {
    const { id, wrong, right, markdown, baseline } = await seedBrief({ contradict: true });
    const editor = await editorSession();
    const before = await fetchReviewJson(id);
    expect(before.markdown!.split(wrong!)).toHaveLength(2);
    const fixed = before.markdown!.replace(wrong!, right!); // the one wrong number back to the fact's value
    const body = fixed.replace(/^# .*\n+/, '');
    const title = /^# (.*)/.exec(fixed)![1]!;
    const response = await postForm(`/review/${id}/edit`, editor, {
      title,
      markdown: body,
      baseVersion: String(before.brief.version),
    });
    expect(response.status).toBe(303);
    const after = await fetchReviewJson(id);
    expect(after.report.counts).toEqual(baseline); // the wrong number is supported again, nothing else moved
    expect(after.brief).toMatchObject({
      version: before.brief.version + 1,
      status: after.report.ok ? 'draft' : 'needs_review',
    });
    expect(after.markdown).toBe(`${markdown.replace(/\s+$/, '')}\n`);
    const versions = await env.DB.prepare(
      'SELECT version, author FROM brief_versions WHERE brief_id = ? ORDER BY version',
    )
      .bind(id)
      .all<{ version: number; author: string }>();
    expect(versions.results).toEqual([
      { version: 1, author: 'original' },
      { version: 2, author: 'api' },
      { version: 3, author: 'editor:ana' },
    ]);
    const page = await (
      await app.request(`/review/${id}?done=saved`, { headers: { Cookie: editor.cookie } }, env)
    ).text();
    expect(page).toContain('Changes in v3 since v2');
    expect(page).toContain(`- `);
    expect(page).toMatch(new RegExp(`class="del">- [^<]*${wrong!.replace(/[.$+%]/g, '\\$&')}`));
    expect(page).toMatch(new RegExp(`class="add">\\+ [^<]*${right!.replace(/[.$+%]/g, '\\$&')}`));
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'edited',
      actor: 'editor:ana',
      from_status: 'needs_review',
      to_status: after.brief.status,
    });
    const claims = await env.DB.prepare(
      "SELECT COUNT(*) AS n FROM claims WHERE brief_id = ? AND verdict = 'contradicted'",
    )
      .bind(id)
      .first<{ n: number }>();
    expect(claims?.n).toBe(baseline.contradicted);
    const wrongClaim = await env.DB.prepare('SELECT COUNT(*) AS n FROM claims WHERE brief_id = ? AND text = ?')
      .bind(id, wrong)
      .first<{ n: number }>();
    expect(wrongClaim?.n).toBe(0);
  });

  it('refuses a save on a stale version (409) and keeps the unsaved text in the form', async () => {
    const { id } = await seedBrief({ contradict: true });
    const response = await postForm(`/review/${id}/edit`, await editorSession(), {
      title: 'T',
      markdown: 'my unsaved words',
      baseVersion: '1',
    });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('my unsaved words');
  });
});

describe('regenerate', () => {
  it('writes again from the recorded snapshot as a new version and audits it', async () => {
    const { id, baseline, markdown } = await seedBrief({ contradict: true });
    const response = await postForm(`/review/${id}/regenerate`, await editorSession(), {});
    expect(response.status).toBe(303);
    const after = await fetchReviewJson(id);
    expect(after.brief.version).toBe(3);
    // the template writer is deterministic: the same recorded inputs give the original text and verdicts back
    expect(after.markdown).toBe(markdown);
    expect(after.report.counts).toEqual(baseline);
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'regenerated',
      actor: 'editor:ana',
      to_status: after.brief.status,
    });
  });
});

describe('escaping', () => {
  it('renders script and img-onerror payloads from feeds and text as inert text', async () => {
    const { id } = await seedBrief({ contradict: false });
    const script = '<script>alert(1)</script>';
    const img = '<img src=x onerror=alert(1)>';
    // a feed headline with a script title and a javascript: link, stored in the brief's facts sheet
    const record = await env.DB.prepare('SELECT sheet_json FROM snapshots WHERE brief_id = ?')
      .bind(id)
      .first<{ sheet_json: string }>();
    const sheet = JSON.parse(record!.sheet_json);
    sheet.clusters.unshift({
      id: 'evil',
      title: `${script} ${img}`,
      url: 'javascript:alert(1)',
      publishedAt: null,
      sourceIds: [`src${img}`],
      headlines: [],
      assets: [],
      sectors: [],
      score: 1,
    });
    await env.DB.prepare('UPDATE snapshots SET sheet_json = ? WHERE brief_id = ?')
      .bind(JSON.stringify(sheet), id)
      .run();
    // the same payloads in the title and body, as if a writer had copied a headline
    const edit = await apiPost(`/api/review/${id}/edit`, {
      title: `Title ${script}`,
      markdown: `Body quoting ${img} and ${script}.\n`,
    });
    expect(edit.status).toBe(200);
    const editor = await editorSession();
    for (const path of [`/review/${id}`, '/review']) {
      const html = await (await app.request(path, { headers: { Cookie: editor.cookie } }, env)).text();
      expect(html, path).not.toContain('<script>alert(1)');
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toMatch(/href="javascript:/i);
      expect(html, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const page = await app.request(`/review/${id}`, { headers: { Cookie: editor.cookie } }, env);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[A-Za-z0-9_-]+'/);
  });
});

describe('public site', () => {
  it('never shows a brief that is not published', async () => {
    const { id } = await seedBrief({ contradict: true });
    for (const path of [`/api/briefs/${id}`, '/api/briefs/latest', `/briefs/${id}`])
      expect((await app.request(path, {}, env)).status, path).toBe(404);
    const list = (await (await app.request('/api/briefs', {}, env)).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});
