/**
 * Renders the offline morning email (fixtures day, template writer) in Chromium in light and dark mode
 * and saves docs/email-light.png and docs/email-dark.png. Run: `npx tsx scripts/screenshot-email.ts [--snapshot DIR]`.
 * Needs /usr/bin/chromium (`apt-get install -y chromium`) or CHROMIUM_PATH; never downloads a browser.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { buildOfflineEmail } from '../src/cli/commands/email.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const snapshotFlag = process.argv.indexOf('--snapshot');
const snapshot = snapshotFlag === -1 ? undefined : process.argv[snapshotFlag + 1];

const { email } = await buildOfflineEmail(snapshot ? { snapshot } : {});
await writeFile(new URL('../docs/email-preview.html', import.meta.url), email.html);
const browser = await chromium.launch({
  executablePath,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 680, height: 900 }, deviceScaleFactor: 1 });
    // Offline: the email must not need the network (it has no images or external CSS); block it to prove it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.emulateMedia({ colorScheme });
    await page.setContent(email.html, { waitUntil: 'load' });
    const path = new URL(`../docs/email-${colorScheme}.png`, import.meta.url).pathname;
    await page.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
}
