// A reader in a real browser against a real `wrangler dev`: the signup page, two chosen briefs, the confirmation link
// from the email the send_email binding wrote, a brief email's manage link, and changing the choice there.
// Saves docs/subscribe.png (with UPDATE_SCREENSHOTS=1; test-results/screenshots/ otherwise).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
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
const reader = 'reader@example.com';

let server: DevServer;
let browser: Browser;
const startedAt = Date.now();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every message the local send_email binding wrote since the test started, parsed: it writes each to
 * `<tmpdir>/miniflare-<hash>/files/email/<uuid>.eml`. Other servers may write there too; callers match this server's
 * base URL in the links they look for.
 */
async function sentEmails() {
  // other servers' files may vanish between listing and reading (their wrangler exits): skip those
  const readRecent = (path: string): Buffer | null => {
    try {
      return path.endsWith('.eml') && statSync(path).mtimeMs >= startedAt - 1000 ? readFileSync(path) : null;
    } catch {
      return null;
    }
  };
  const listDir = (dir: string): string[] => {
    try {
      return readdirSync(dir).map((name) => join(dir, name));
    } catch {
      return [];
    }
  };
  const files = listDir(tmpdir())
    .filter((path) => basename(path).startsWith('miniflare-'))
    .flatMap((path) => listDir(join(path, 'files', 'email')))
    .map(readRecent)
    .filter((raw): raw is Buffer => raw !== null);
  return Promise.all(files.map((raw) => PostalMime.parse(raw)));
}

/** Waits for a sent email to `to` whose text holds `pattern`, and returns the match. */
async function linkFromEmail(to: string, pattern: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      async () => {
        for (const email of await sentEmails())
          if (email.to?.[0]?.address === to) found = pattern.exec(email.text ?? '')?.[0] ?? found;
        return found;
      },
      { timeout: 30_000, interval: 500 },
    )
    .toBeTruthy();
  return found!;
}

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

const checkedStyles = (page: Page) =>
  page.$$eval('input[type=checkbox][name=styles]:checked', (boxes) =>
    boxes.map((box) => (box as HTMLInputElement).value),
  );

describe('subscribing in a real browser', () => {
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `Chromium is missing at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this)`,
      );
    }
    server = await startWranglerDev({ cwd: root, vars: { ...secrets, AUTO_PUBLISH: 'true' } });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sign up for two briefs, confirm, find them on the manage page of a brief email, change them', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${server.baseUrl}/subscribe`);
    expect(await page.title()).toContain('Subscribe to groundbrief');
    expect(await checkedStyles(page)).toEqual(['daily-snapshot', 'sector-recap', 'weekly-update']);
    await page.fill('#email', reader);
    await page.uncheck('input[name=styles][value=sector-recap]');
    await page.screenshot({ path: screenshotPath('subscribe.png'), fullPage: true });
    await Promise.all([page.waitForURL(`${server.baseUrl}/api/subscribe`), page.click('button[type=submit]')]);
    expect(await page.locator('h1').innerText()).toBe('Check your inbox');

    const confirm = await linkFromEmail(
      reader,
      new RegExp(`${escapeRegExp(server.baseUrl)}/subscribe/confirm\\?token=\\S+`),
    );
    await page.goto(confirm);
    expect(await page.locator('h1').innerText()).toBe('You are subscribed');

    // the daily brief is published (AUTO_PUBLISH) and mailed to the reader, who chose it; its footer holds the links
    const run = await api<{ brief: { id: string; status: string } }>('POST', '/api/runs', { style: 'daily-snapshot' });
    if (run.brief.status !== 'published') await api('POST', `/api/review/${run.brief.id}/approve`, {});
    const manage = await linkFromEmail(
      reader,
      new RegExp(`${escapeRegExp(server.baseUrl)}/subscribe/manage\\?token=\\S+`),
    );
    const briefEmail = (await sentEmails()).find((email) => email.text?.includes(manage))!;
    expect(briefEmail.text).toContain('groundbrief, 1 Example Street');

    await page.goto(manage);
    expect(await page.locator('h1').innerText()).toBe('Your groundbrief subscription');
    expect(await checkedStyles(page)).toEqual(['daily-snapshot', 'weekly-update']);
    await page.check('input[name=styles][value=sector-recap]');
    await page.uncheck('input[name=styles][value=weekly-update]');
    await Promise.all([page.waitForLoadState('load'), page.click('text=Save my choices')]);
    expect(await page.locator('[role=status]').innerText()).toBe('Saved. You get: Daily snapshot, Sector recap.');

    await page.goto(manage);
    expect(await checkedStyles(page)).toEqual(['daily-snapshot', 'sector-recap']);
    await page.close();
  });

  it('the editor sees the reader in the subscriber list, and it fits a 390 px phone', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(`${server.baseUrl}/review`);
    await page.fill('#name', 'ana');
    await page.fill('#token', secrets.EDITOR_TOKEN);
    await Promise.all([page.waitForURL(`${server.baseUrl}/review`), page.click('button[type=submit]')]);
    await Promise.all([page.waitForURL(/\/review\/subscribers$/), page.click('nav >> text=Subscribers')]);
    expect(await page.locator('[data-count=confirmed] strong').innerText()).toBe('1');
    const row = page.locator('tr', { hasText: reader });
    expect(await row.locator('td').nth(2).innerText()).toBe('Daily snapshot, Sector recap');
    await page.screenshot({ path: screenshotPath('review-subscribers.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });
});
