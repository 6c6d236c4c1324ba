// The review desk's pages inside workerd: standards mode everywhere, the published/rejected/withdrawn views, the whole
// audit log, human-readable times with the ISO time kept in datetime/title, and the link to the public page.
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { apiHeaders, app, resetDb, seedBrief, signIn } from './review-helpers.ts';

beforeEach(resetDb);

const api = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: apiHeaders, body: JSON.stringify(body) }, env);
const page = (path: string, cookie: string) => app.request(path, { headers: { Cookie: cookie } }, env);

describe('review desk pages', () => {
  it('every page starts with <!DOCTYPE html> (no quirks mode)', async () => {
    const { id } = await seedBrief({ contradict: false });
    const { cookie } = (await signIn()) as { cookie: string };
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
    expect((await api(`/api/review/${published}/approve`, {})).status).toBe(200);
    expect((await api(`/api/review/${rejected}/reject`, { reason: 'duplicate' })).status).toBe(200);
    const { cookie } = (await signIn()) as { cookie: string };
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
    expect((await api(`/api/review/${id}/reject`, { reason: 'not today' })).status).toBe(200);
    const { cookie } = (await signIn()) as { cookie: string };
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
    const response = await app.request(
      '/api/runs',
      { method: 'POST', headers: apiHeaders, body: JSON.stringify({ style: 'weekly-update', hold: true }) },
      { ...env, AUTO_PUBLISH: 'true' },
    );
    expect(response.status).toBe(201);
    const { brief } = (await response.json()) as { brief: { id: string; status: string; verified: boolean } };
    expect(brief).toMatchObject({ status: 'needs_review', verified: true });
  });
});
