// The public side a reader meets: the home page, Open Graph/canonical tags, the browser 404, and the override
// disclosure travelling with the feed items.
import { env } from 'cloudflare:workers';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { get, postRun, type ErrorJson } from './helpers.ts';

const base = 'https://groundbrief.test';
let dailyId = '';
let weeklyId = '';
beforeAll(async () => {
  dailyId = ((await (await postRun({})).json()) as { brief: { id: string } }).brief.id;
  weeklyId = ((await (await postRun({ style: 'weekly-update' })).json()) as { brief: { id: string } }).brief.id;
});

describe('GET / (home page)', () => {
  it('lists the latest published briefs, linking their pages, with its own canonical URL', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`<a href="${base}/briefs/${dailyId}">`);
    expect(html).toContain(`<a href="${base}/briefs/${weeklyId}">`);
    expect(html).toContain(`<link rel="canonical" href="${base}/"/>`);
    expect(html).not.toContain('<script');
  });

  it('has a signup form posting email and styles to /api/subscribe, allowed by its CSP', async () => {
    const response = await get('/');
    const html = await response.text();
    const form = /<form[^>]*class="signup"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0] ?? '';
    expect(form).toMatch(/method="post"/);
    expect(form).toMatch(/action="\/api\/subscribe"/);
    expect(form).toMatch(/<input[^>]*type="email"[^>]*name="email"[^>]*required/);
    const styles = [...form.matchAll(/<input type="checkbox" name="styles" value="([a-z-]+)"/g)].map((m) => m[1]);
    expect(styles).toEqual(['daily-snapshot', 'sector-recap', 'weekly-update']);
    // so a form with every box unticked is refused, not read as "every style"
    expect(form).toContain('<input type="hidden" name="styles_shown" value="1"/>');
    expect(response.headers.get('Content-Security-Policy')).toContain("form-action 'self'");
  });

  it('is where the feeds point: channel <link> and home_page_url answer the home page', async () => {
    const rss = await new Parser().parseString(await (await get('/feed.xml')).text());
    const feed = (await (await get('/feed.json')).json()) as { home_page_url: string };
    for (const url of [rss.link!, feed.home_page_url]) {
      expect(url).toBe(`${base}/`);
      const home = await get(new URL(url).pathname);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('class="signup"');
    }
  });
});

describe('brief pages', () => {
  it('carry canonical and Open Graph tags naming the page', async () => {
    const html = await (await get(`/briefs/${dailyId}`)).text();
    const page = `${base}/briefs/${dailyId}`;
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(html).toContain(`<link rel="canonical" href="${page}"/>`);
    expect(html).toContain(`<meta property="og:url" content="${page}"/>`);
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain(`<meta property="og:title" content="${title}"/>`);
    expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}"\/>/);
    expect(html).toMatch(/<meta property="article:published_time" content="\d{4}-\d{2}-\d{2}T/);
  });

  it('/briefs/nope answers an HTML 404 page to a browser and a JSON 404 otherwise', async () => {
    const browser = await get('/briefs/nope', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(browser.status).toBe(404);
    expect(browser.headers.get('Content-Type')).toContain('text/html');
    const html = await browser.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<h1>Not found</h1>');
    expect(html).toContain(`href="${base}/"`);
    const api = await get('/briefs/nope', { Accept: 'application/json' });
    expect(api.status).toBe(404);
    expect(((await api.json()) as ErrorJson).error.code).toBe('NOT_FOUND');
    expect((await get('/briefs/nope')).headers.get('Content-Type')).toContain('application/json');
  });
});

describe('an overridden brief (published over a failed check)', () => {
  it('says an editor overrode the check in both feeds, as on its page', async () => {
    const row = (await env.DB.prepare('SELECT report_json, updated_at FROM briefs WHERE id = ?')
      .bind(weeklyId)
      .first<{ report_json: string; updated_at: string }>())!;
    const report = JSON.parse(row.report_json) as { counts: { supported: number; unsupported: number }; ok: boolean };
    report.counts.supported -= 1;
    report.counts.unsupported += 1;
    report.ok = false;
    // Like every store write, the change stamps updated_at: public responses are cached under the store's public
    // version (src/http/public-cache.ts), which a write that leaves updated_at alone would not change.
    // (and the check columns the lists read, migration 0007).
    await env.DB.prepare(
      `UPDATE briefs SET report_json = ?2, updated_at = '2099-01-01T00:00:00.000Z', check_ok = 0,
         check_supported = check_supported - 1, check_unsupported = check_unsupported + 1 WHERE id = ?1`,
    )
      .bind(weeklyId, JSON.stringify(report))
      .run();
    try {
      const override = 'An editor reviewed it and published it anyway.';
      expect(await (await get(`/briefs/${weeklyId}`)).text()).toContain(override);
      const rss = await new Parser<object, { 'content:encoded': string }>({
        customFields: { item: ['content:encoded'] },
      }).parseString(await (await get('/feed.xml')).text());
      const items = new Map(rss.items.map((item) => [item.link, item['content:encoded']]));
      expect(items.get(`${base}/briefs/${weeklyId}`)).toContain(override);
      expect(items.get(`${base}/briefs/${dailyId}`)).not.toContain(override);
      const feed = (await (await get('/feed.json')).json()) as { items: { id: string; content_html: string }[] };
      expect(feed.items.find((item) => item.id === weeklyId)?.content_html).toContain(override);
      expect(feed.items.find((item) => item.id === dailyId)?.content_html).toMatch(/\d+ of \d+ matched\.</);
    } finally {
      await env.DB.prepare(
        `UPDATE briefs SET report_json = ?2, updated_at = ?3, check_ok = 1, check_supported = check_supported + 1,
           check_unsupported = check_unsupported - 1 WHERE id = ?1`,
      )
        .bind(weeklyId, row.report_json, row.updated_at)
        .run();
    }
  });
});
