// The editor's whole job in a real browser against a real `wrangler dev`: sign in, find the contradicted number,
// fix it, see it turn supported, approve, and find the brief on the public API. Saves docs/review-*.png.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    mkdirSync(`${root}/docs`, { recursive: true });

    await page.goto(`${server.baseUrl}/review`);
    expect(new URL(page.url()).pathname).toBe('/review/sign-in');
    await page.fill('#name', 'ana');
    await page.fill('#token', secrets.EDITOR_TOKEN);
    await Promise.all([page.waitForURL(`${server.baseUrl}/review`), page.click('button[type=submit]')]);
    const row = page.locator('tbody tr', { has: page.locator(`a[href="/review/${id}"]`) });
    await expect.poll(() => row.locator('td.count-bad').innerText()).toBe('1');
    await page.setViewportSize({ width: 1360, height: 520 });
    await page.screenshot({ path: `${root}/docs/review-queue.png` });
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
    await page.screenshot({ path: `${root}/docs/review-brief.png`, fullPage: false });

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
});
