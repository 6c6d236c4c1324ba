// The public side in a real browser against a real `wrangler dev`: a weekly brief's sector table and charts, the home
// page, the browser 404, and the phone layout (no horizontal scroll at 390 px). Saves docs/public-*.png
// with UPDATE_SCREENSHOTS=1 (test-results/screenshots/ otherwise).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './screenshot-path.ts';
import { startWranglerDev, type DevServer } from './wrangler-dev.ts';

const chromiumPath = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
const apiToken = 'e2e-api-token';

let server: DevServer;
let browser: Browser;
let weeklyId = '';

async function run(style: string): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/runs`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${apiToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ style }),
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) throw new Error(`POST /api/runs ${style}: ${response.status} ${await response.text()}`);
  const { brief } = (await response.json()) as { brief: { id: string; status: string } };
  expect(brief.status).toBe('published');
  return brief.id;
}

/** How far the page can scroll sideways (0 = none). */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('public pages in a real browser', () => {
  beforeAll(async () => {
    if (!existsSync(chromiumPath))
      throw new Error(
        `Chromium is missing at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this)`,
      );
    server = await startWranglerDev({
      cwd: root,
      vars: {
        API_TOKEN: apiToken,
        EDITOR_TOKEN: 'e2e-editor-token',
        SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
      },
    });
    await run('daily-snapshot');
    weeklyId = await run('weekly-update');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a weekly brief shows its sector table as a real table and both charts, drawn and captioned', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    const response = await page.goto(`${server.baseUrl}/briefs/${weeklyId}`);
    expect(response?.status()).toBe(200);
    const table = page.locator('article table');
    expect(await table.count()).toBe(1);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Sector', '7-day change']);
    expect(await table.locator('tbody tr').count()).toBe(6);
    expect(await table.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['L2s', '-17.5%']);
    expect(await page.locator('article').innerText()).not.toContain('|---|');

    const bars = page.locator('figure.chart-sectors svg rect[data-fact]');
    expect(await bars.count()).toBe(6);
    for (const box of await Promise.all((await bars.all()).map((bar) => bar.boundingBox())))
      expect(box!.width).toBeGreaterThan(1);
    const line = await page.locator('figure.chart-price svg polyline').boundingBox();
    expect(line!.width).toBeGreaterThan(300);
    expect(line!.height).toBeGreaterThan(50);
    expect(await page.locator('figure.chart-sectors figcaption').innerText()).toMatch(/Layer 2 -17\.5%/);
    expect(await page.locator('figure.chart-price figcaption').innerText()).toMatch(/^Bitcoin over 30 days: from \$/);
    expect(await page.getAttribute('link[rel=canonical]', 'href')).toBe(`${server.baseUrl}/briefs/${weeklyId}`);
    await page.screenshot({ path: screenshotPath('public-brief.png'), fullPage: true });
    await page.close();
  });

  it('at 390 px the home page and the brief page do not scroll sideways; the table and charts fit', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('ul.briefs li').count()).toBe(2);
    expect(await page.locator('form.signup input[name=styles]').count()).toBe(3);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.screenshot({ path: screenshotPath('public-home-phone.png'), fullPage: true });

    await page.goto(`${server.baseUrl}/briefs/${weeklyId}`);
    expect(await horizontalOverflow(page)).toBe(0);
    for (const selector of ['article table', 'figure.chart-sectors svg', 'figure.chart-price svg']) {
      const box = (await page.locator(selector).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: screenshotPath('public-brief-phone.png'), fullPage: true });
    await page.close();
  });

  it('an unknown brief is an HTML 404 page in the browser', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.baseUrl}/briefs/nope`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Not found');
    await page.close();
  });
});
