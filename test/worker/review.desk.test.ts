// The review desk's pages inside workerd: standards mode everywhere, the published/rejected/withdrawn views, the whole
// audit log, human-readable times with the ISO time kept in datetime/title, and the link to the public page.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { OutgoingEmail } from '../../src/email/email-provider.ts';
import { createApp } from '../../src/http/app.ts';
import { buildServices } from '../../src/services.ts';
import { TEST_EMAILS_PER_HOUR } from '../../src/review/send-test-email.ts';
import { app, auditActions, fetchReviewJson, origin, postForm, resetDb, seedBrief } from './review-helpers.ts';
import { apiPost, editorSession } from './shared-setup.ts';

beforeEach(resetDb);

const page = (path: string, cookie: string) => app.request(path, { headers: { Cookie: cookie } }, env);

describe('review desk pages', () => {
  it('every page starts with <!DOCTYPE html> (no quirks mode)', async () => {
    const { id } = await seedBrief({ contradict: false });
    const { cookie } = await editorSession();
    const signInPage = await app.request('/review/sign-in', {}, env);
    expect((await signInPage.text()).startsWith('<!DOCTYPE html>')).toBe(true);
    for (const path of ['/review', `/review/${id}`, '/review/audit', '/review?status=published', '/review/nope']) {
      const html = await (await page(path, cookie)).text();
      expect(html.startsWith('<!DOCTYPE html>'), path).toBe(true);
    }
  });

  it('lists published, rejected and withdrawn briefs apart from the queue, with the public page link', async () => {
    const { id: published } = await seedBrief({ contradict: false });
    const { id: rejected } = await seedBrief({ contradict: false, style: 'sector-recap' });
    expect((await apiPost(`/api/review/${published}/approve`, {})).status).toBe(200);
    expect((await apiPost(`/api/review/${rejected}/reject`, { reason: 'duplicate' })).status).toBe(200);
    const { cookie } = await editorSession();
    const queue = await (await page('/review', cookie)).text();
    expect(queue).not.toContain(`href="/review/${published}"`);
    const publishedView = await (await page('/review?status=published', cookie)).text();
    expect(publishedView).toContain(`href="/review/${published}"`);
    expect(publishedView).toContain(`href="/briefs/${published}"`);
    expect(publishedView).not.toContain(`href="/review/${rejected}"`);
    const rejectedView = await (await page('/review?status=rejected', cookie)).text();
    expect(rejectedView).toContain(`href="/review/${rejected}"`);
    expect(rejectedView).not.toContain(`href="/briefs/${rejected}"`);
    const briefPage = await (await page(`/review/${published}`, cookie)).text();
    expect(briefPage).toContain(`href="/briefs/${published}">Public page</a>`);
  });

  it('shows the whole audit log newest first, with readable times and the ISO time in datetime and title', async () => {
    const { id } = await seedBrief({ contradict: false });
    expect((await apiPost(`/api/review/${id}/reject`, { reason: 'not today' })).status).toBe(200);
    const { cookie } = await editorSession();
    const html = await (await page('/review/audit', cookie)).text();
    const actions = [...html.matchAll(/<strong>([a-z_]+)<\/strong>/g)].map((match) => match[1]);
    expect(actions.slice(0, 3)).toEqual(['signed_in', 'rejected', 'created']);
    expect(html).toContain('not today');
    const time = /<time datetime="([^"]+)" title="([^"]+)">([^<]+)<\/time>/.exec(html)!;
    expect(time[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(time[2]).toBe(time[1]);
    expect(time[3]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC$/);
    const history = await (await page(`/review/${id}`, cookie)).text();
    const section = history.slice(history.indexOf('id="history-heading"'));
    expect(section).toMatch(
      /<time datetime="\d{4}-[^"]+" title="[^"]+">\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC<\/time>/,
    );
  });
});

describe('POST /api/runs {hold: true} (the dev demo draft)', () => {
  it('leaves a verified brief waiting for an editor although AUTO_PUBLISH is on', async () => {
    const response = await apiPost(
      '/api/runs',
      { style: 'weekly-update', hold: true },
      { ...env, AUTO_PUBLISH: 'true' },
    );
    expect(response.status).toBe(201);
    const { brief } = (await response.json()) as { brief: { id: string; status: string; verified: boolean } };
    expect(brief).toMatchObject({ status: 'needs_review', verified: true });
  });
});

describe('rendered preview beside the Markdown editor', () => {
  it('renders the loaded text beside the editor and re-renders unsaved text on POST /review/:id/preview', async () => {
    const { id } = await seedBrief({ contradict: false });
    const session = await editorSession();
    const response = await page(`/review/${id}`, session.cookie);
    expect(response.headers.get('Content-Security-Policy')).toContain("connect-src 'self'");
    const html = await response.text();
    const editor = html.slice(html.indexOf('class="editor"'));
    expect(editor.indexOf('id="edit-body"')).toBeGreaterThan(-1);
    expect(editor).toMatch(/<section id="preview"[^>]*>\s*<h1>/);
    expect(html).toContain(`data-preview-url="/review/${id}/preview"`);

    const markdown = '| Sector | Move |\n|---|---:|\n| AI | -6.4% |\n\n<script>alert(1)</script>\n';
    const preview = await postForm(`/review/${id}/preview`, session, { title: 'Draft title', markdown });
    expect(preview.status).toBe(200);
    const fragment = await preview.text();
    expect(fragment).toContain('<h1>Draft title</h1>');
    expect(fragment).toContain('<table>');
    expect(fragment).toContain('&lt;script&gt;');
    expect(fragment).not.toContain('<script>');
    // the preview saves nothing and needs the editor's CSRF token like every POST
    expect((await fetchReviewJson(id)).markdown).not.toContain('Draft title');
    expect((await postForm(`/review/${id}/preview`, session, { markdown, _csrf: '' })).status).toBe(403);
  });
});

describe('publishing to subscribers and test emails', () => {
  const addSubscriber = (id: string) =>
    env.DB.prepare(
      "INSERT INTO subscribers (id, email, status, created_at, confirmed_at) VALUES (?, ?, 'confirmed', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
    )
      .bind(id, `${id}@example.com`)
      .run();

  it('asks before publishing to N subscribers: the count on the page, refused (400) until the box is ticked', async () => {
    const { id } = await seedBrief({ contradict: false });
    await addSubscriber('s1');
    await addSubscriber('s2');
    await addSubscriber('s3');
    // s3 chose another style: publishing this daily snapshot does not email them
    await env.DB.prepare("UPDATE subscribers SET styles = 'weekly-update' WHERE id = 's3'").run();
    const session = await editorSession();
    const html = await (await page(`/review/${id}`, session.cookie)).text();
    expect(html).toContain('Approve and publish to 2 subscribers');
    expect(html).toMatch(/<input type="checkbox" name="confirmSend" value="2" required=""\/> Publish it and/);
    const refused = await postForm(`/review/${id}/approve`, session, { baseVersion: '1' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('publishing emails 2 confirmed subscriber(s)');
    // a box ticked for another count (a subscriber joined meanwhile) asks again
    expect((await postForm(`/review/${id}/approve`, session, { confirmSend: '1' })).status).toBe(400);
    expect((await fetchReviewJson(id)).brief.status).toBe('needs_review');
    const approved = await postForm(`/review/${id}/approve`, session, { confirmSend: '2' });
    expect(approved.status).toBe(303);
    expect((await fetchReviewJson(id)).brief.status).toBe('published');
  });

  it('sends the brief email to the signed-in editor only, and audits it', async () => {
    const { id } = await seedBrief({ contradict: false });
    const sent: OutgoingEmail[] = [];
    const mailApp = createApp({
      services: (workerEnv, options) =>
        buildServices(workerEnv, {
          ...options,
          emailProvider: {
            name: 'recording',
            idempotencyWindowMs: null,
            send: async (message) => {
              sent.push(message);
              return { id: 'r1' };
            },
          },
        }),
    });
    const mailEnv = { ...env, EMAIL_FROM: 'groundbrief <brief@groundbrief.test>', EDITOR_EMAILS: 'Ana@example.com' };
    const post = (session: { cookie: string; csrf: string }) =>
      mailApp.request(
        `/review/${id}/test-email`,
        {
          method: 'POST',
          headers: { Cookie: session.cookie, Origin: origin },
          body: new URLSearchParams({ _csrf: session.csrf }),
        },
        mailEnv,
      );
    const byName = await editorSession('ana');
    const refused = await post(byName);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('not an email address');
    expect(sent).toHaveLength(0);

    // token mode: anyone with the shared token can type any address as the name; only EDITOR_EMAILS get mail
    const stranger = await editorSession('eve@example.com');
    const strangerPost = await post(stranger);
    expect(strangerPost.status).toBe(403);
    const strangerPage = await strangerPost.text();
    expect(strangerPage).toContain('EDITOR_EMAILS');
    expect(strangerPage).not.toContain('Send a test email to me (eve@example.com)');
    expect(sent).toHaveLength(0);

    const byAddress = await editorSession('ana@example.com');
    const brief = await (
      await mailApp.request(`/review/${id}`, { headers: { Cookie: byAddress.cookie } }, mailEnv)
    ).text();
    expect(brief).toContain('Send a test email to me (ana@example.com)');
    const response = await post(byAddress);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/review/${id}?done=test-email`);
    expect(sent.map((message) => message.to)).toEqual(['ana@example.com']);
    expect(sent[0]!.raw).toContain('To: ana@example.com');
    expect((await auditActions(id)).at(-1)).toMatchObject({
      action: 'test_email_sent',
      actor: 'editor:ana@example.com',
    });
    // rate-limited per editor: TEST_EMAILS_PER_HOUR in all, then 429 and nothing sent
    for (let n = 1; n < TEST_EMAILS_PER_HOUR; n++) expect((await post(byAddress)).status).toBe(303);
    expect(sent).toHaveLength(TEST_EMAILS_PER_HOUR);
    const limited = await post(byAddress);
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain('test emails an hour');
    expect(sent).toHaveLength(TEST_EMAILS_PER_HOUR);
  });
});
