// The editor's whole job in a real browser against a real `wrangler dev`: sign in, find the contradicted number,
// fix it, see it turn supported, approve, and find the brief on the public API; the rendered preview beside the
// editor, a correction of a published brief (note on the page, updated feed item) and the desk on a 390 px phone.
// Saves docs/review-*.png and docs/correction-page.png with UPDATE_SCREENSHOTS=1 (test-results/screenshots/ otherwise).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './screenshot-path.ts';
import { startWranglerDev, type DevServer } from './wrangler-dev.ts';

const chromiumPath = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
const secrets = {
  API_TOKEN: 'e2e-api-token',
  EDITOR_TOKEN: 'e2e-editor-token',
  SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
};

type ReviewJson = {
  brief: { id: string; status: string; version: number };
  report: {
    counts: Record<string, number>;
    claims: { text: string; span: [number, number]; verdict: string; unit: string }[];
  };
  markdown: string;
};

let server: DevServer;
let browser: Browser;

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${secrets.API_TOKEN}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Creates two needs_review briefs from the fixture day and puts one wrong percentage into the daily one. */
async function seed(): Promise<{ id: string; wrong: string; right: string }> {
  const { brief } = await api<{ brief: { id: string } }>('POST', '/api/runs', { style: 'daily-snapshot' });
  await api('POST', '/api/runs', { style: 'sector-recap' });
  const current = await api<ReviewJson>('GET', `/api/review/${brief.id}`);
  const bodyStart = current.markdown.indexOf('\n');
  const bump = (text: string) =>
    text.replace(/\d+(?:\.\d+)?/, (d) => (Number.parseFloat(d) + 7).toFixed(d.split('.')[1]?.length ?? 0));
  // a supported percentage in the body whose bumped text appears nowhere else, so the fix is unambiguous
  const claim = current.report.claims.find(
    (c) =>
      c.verdict === 'supported' &&
      c.unit === 'pct' &&
      /\d/.test(c.text) &&
      c.span[0] > bodyStart &&
      !current.markdown.includes(bump(c.text)),
  );
  if (!claim) throw new Error('the fixture brief has no supported percentage to contradict');
  const wrong = bump(claim.text);
  const markdown = current.markdown.slice(0, claim.span[0]) + wrong + current.markdown.slice(claim.span[1]);
  const edited = await api<ReviewJson>('POST', `/api/review/${brief.id}/edit`, { markdown });
  expect(edited.report.counts.contradicted).toBe(1);
  return { id: brief.id, wrong, right: claim.text };
}

async function tooltipOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (element) => getComputedStyle(element, '::after').content);
}

describe('review desk in a real browser', () => {
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium is missing at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this)`,
      );
    }
    server = await startWranglerDev({
      cwd: root,
      vars: { ...secrets, AUTO_PUBLISH: 'false', REVIEW_AUTH_MODE: 'token' },
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sign in, see the contradicted number, fix it, see it supported, approve, find it published', async () => {
    const { id, wrong, right } = await seed();
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });

    await page.goto(`${server.baseUrl}/review`);
    expect(new URL(page.url()).pathname).toBe('/review/sign-in');
    await page.fill('#name', 'ana');
    await page.fill('#token', secrets.EDITOR_TOKEN);
    await Promise.all([page.waitForURL(`${server.baseUrl}/review`), page.click('button[type=submit]')]);
    const row = page.locator('tbody tr', { has: page.locator(`a[href="/review/${id}"]`) });
    await expect.poll(() => row.locator('td.count-bad').innerText()).toBe('1');
    await page.setViewportSize({ width: 1360, height: 520 });
    await page.screenshot({ path: screenshotPath('review-queue.png') });
    await page.setViewportSize({ width: 1360, height: 900 });

    await Promise.all([page.waitForURL(`${server.baseUrl}/review/${id}`), page.click(`a[href="/review/${id}"]`)]);
    const contradicted = page.locator('#checked-brief mark.claim.v-contradicted');
    expect(await contradicted.count()).toBe(1);
    expect((await contradicted.innerText()).trim()).toBe(wrong);
    // keyboard focus shows fact id, expected value, source and reason
    await contradicted.focus();
    const tip = await tooltipOf(page, '#checked-brief mark.claim.v-contradicted');
    expect(tip).toMatch(/fact: [a-z0-9._-]+/);
    expect(tip).toContain('expected: ');
    expect(tip).toContain('source: ');
    await page.screenshot({ path: screenshotPath('review-brief.png'), fullPage: false });

    const body = await page.inputValue('#edit-body');
    expect(body).toContain(wrong);
    await page.fill('#edit-body', body.replace(wrong, right));
    await Promise.all([page.waitForURL(/done=saved/), page.click('form[action$="/edit"] button[type=submit]')]);
    expect(await page.locator('#checked-brief mark.claim.v-contradicted').count()).toBe(0);
    const fixedMark = page.locator('#checked-brief mark.claim.v-supported', { hasText: right });
    expect(await fixedMark.count()).toBeGreaterThan(0);
    expect(await page.locator('pre.diff .add', { hasText: right }).count()).toBe(1);

    await Promise.all([page.waitForURL(/done=approved/), page.click('form[action$="/approve"] button[type=submit]')]);
    expect(await page.locator('.badge.published').first().innerText()).toBe('published');

    const latest = await fetch(`${server.baseUrl}/api/briefs/latest`, { signal: AbortSignal.timeout(10_000) });
    expect(latest.status).toBe(200);
    const published = (await latest.json()) as { id: string; markdown?: string };
    expect(published.id).toBe(id);
    const audit = await page.locator('#history-heading + ul li strong').allInnerTexts();
    expect(audit).toEqual(expect.arrayContaining(['created', 'edited', 'approved']));
  });

  /** A signed-in page at the given width (each test signs in on its own page). */
  async function editorPage(width: number, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${server.baseUrl}/review/sign-in`);
    await page.fill('#name', 'ana@example.com');
    await page.fill('#token', secrets.EDITOR_TOKEN);
    await Promise.all([page.waitForURL(`${server.baseUrl}/review`), page.click('button[type=submit]')]);
    return page;
  }

  /** The sector recap seeded by the first test (still waiting for review). */
  async function recapId(): Promise<string> {
    const queue = await api<{ items: { id: string; style: string }[] }>('GET', '/api/review');
    const recap = queue.items.find((item) => item.style === 'sector-recap');
    if (!recap) throw new Error('no sector recap in the queue');
    return recap.id;
  }

  it('shows the rendered Markdown beside the editor and re-renders it as the editor types', async () => {
    const id = await recapId();
    const page = await editorPage(1360);
    await page.goto(`${server.baseUrl}/review/${id}`);
    const textarea = await page.locator('#edit-body').boundingBox();
    const preview = await page.locator('#preview').boundingBox();
    expect(textarea && preview).toBeTruthy();
    expect(preview!.x).toBeGreaterThan(textarea!.x + textarea!.width - 1); // beside, not below
    expect(preview!.y).toBeLessThan(textarea!.y + textarea!.height); // side by side: their rows overlap
    expect(await page.locator('#preview h1').innerText()).toBe(await page.inputValue('#edit-title'));
    const body = await page.inputValue('#edit-body');
    await page.fill(
      '#edit-body',
      `## Preview check

| Sector | Move |
|---|---:|
| AI | -6.4% |

${body}`,
    );
    await expect
      .poll(() => page.locator('#preview h2', { hasText: 'Preview check' }).count(), { timeout: 15_000 })
      .toBe(1);
    expect(await page.locator('#preview table td', { hasText: '-6.4%' }).count()).toBe(1);
    await page.locator('#edit-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('review-preview.png') });
    await page.close();
  });

  it('corrects a published brief: the note and its date on the public page, the feed item marked updated', async () => {
    const id = await recapId();
    await api('POST', `/api/review/${id}/approve`, {});
    const page = await editorPage(1360);
    await page.goto(`${server.baseUrl}/review/${id}`);
    expect(await page.locator('a', { hasText: 'Public page' }).getAttribute('href')).toBe(`/briefs/${id}`);
    const body = await page.inputValue('form[action$="/correct"] #edit-body');
    await page.fill(
      'form[action$="/correct"] #edit-body',
      `${body.trimEnd()}

Sector moves are measured over 30 days.
`,
    );
    await page.fill('#correction-note', 'Said over which window the sector moves are measured');
    await Promise.all([page.waitForURL(/done=corrected/), page.click('form[action$="/correct"] button[type=submit]')]);
    const history = await page.locator('#history-heading + ul li strong').allInnerTexts();
    expect(history[0]).toBe('corrected');

    await page.goto(`${server.baseUrl}/briefs/${id}`);
    const note = page.locator('.corrections li');
    expect(await note.innerText()).toMatch(
      /^Corrected \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC: Said over which window the sector moves are measured$/,
    );
    expect(await page.locator('.corrections li time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(await page.locator('article').innerText()).toContain('Sector moves are measured over 30 days.');
    await page.locator('.corrections').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('correction-page.png') });

    const rss = await (await fetch(`${server.baseUrl}/feed.xml`, { signal: AbortSignal.timeout(10_000) })).text();
    const item = rss.slice(rss.indexOf(`/briefs/${id}</link>`));
    expect(item.slice(0, item.indexOf('</item>'))).toMatch(/<atom:updated>\d{4}-\d{2}-\d{2}T[^<]+<\/atom:updated>/);
    const feed = (await (
      await fetch(`${server.baseUrl}/feed.json`, { signal: AbortSignal.timeout(10_000) })
    ).json()) as {
      items: { id: string; date_modified: string; date_published: string; summary: string }[];
    };
    const entry = feed.items.find((candidate) => candidate.id === id)!;
    expect(Date.parse(entry.date_modified)).toBeGreaterThan(Date.parse(entry.date_published));
    expect(entry.summary).toContain('Said over which window the sector moves are measured');
    await page.close();
  });

  it('fits a 390 px phone: no horizontal scroll on the queue, a brief, the published list and the audit log', async () => {
    const page = await editorPage(390, 844);
    const queue = await api<{ items: { id: string }[] }>('GET', '/api/review');
    const published = await api<{ items: { id: string }[] }>('GET', '/api/briefs');
    const paths = ['/review', '/review?status=published', '/review/audit', `/review/${published.items[0]!.id}`];
    if (queue.items[0]) paths.push(`/review/${queue.items[0].id}`);
    for (const path of paths) {
      await page.goto(`${server.baseUrl}${path}`);
      const { scrollWidth, clientWidth, mode } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        mode: document.compatMode,
      }));
      expect(mode, path).toBe('CSS1Compat');
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
    await page.goto(`${server.baseUrl}/review/${published.items[0]!.id}`);
    await page.screenshot({ path: screenshotPath('review-phone.png') });
    await page.close();
  });
});
