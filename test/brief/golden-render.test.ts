/**
 * Golden renderings per style over the fixtures day: the web HTML (page body, fragment and feeds), the whole
 * email HTML and its text part, all from the one Markdown parser. Reviewed by hand; regenerate with
 * UPDATE_GOLDEN=1 only after reviewing the diff.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderBriefHtml } from '../../src/brief/render-html.ts';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { renderEmail } from '../../src/email/render-email.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

const fixture = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
const registry = defaultRegistry;
const sheet = sheetFromSnapshot({ snapshot, registry });

function expectGolden(name: string, actual: string): void {
  const file = `${goldenDir}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('rendered briefs on the fixtures day (golden HTML and text)', () => {
  for (const style of briefStyleSchema.options) {
    const brief = writeFromTemplate({ sheet, registry, style });
    const report = checkBrief({ markdown: brief.markdown, sheet, registry });

    it(`${style}: web HTML matches golden/${style}.web.html`, () => {
      expectGolden(`${style}.web.html`, `${renderBriefHtml(brief.markdown)}\n`);
    });

    it(`${style}: email HTML and text match golden/${style}.email.html and .email.txt`, () => {
      const email = renderEmail({
        brief: { ...brief, id: `${brief.editionDate}-${style}`, report },
        sheet,
        snapshot,
        baseUrl: 'https://groundbrief.test',
        unsubscribeUrl: 'https://groundbrief.test/unsubscribe?token=golden',
        manageUrl: 'https://groundbrief.test/subscribe/manage?token=golden',
        postalAddress: '1 Example Street, Example City, EX 00000, Exampleland',
      });
      expectGolden(`${style}.email.html`, email.html);
      expectGolden(`${style}.email.txt`, email.text);
    });
  }

  it('the weekly update renders its sector table as a real <table> in every HTML style and aligned in text', () => {
    const brief = writeFromTemplate({ sheet, registry, style: 'weekly-update' });
    const web = renderBriefHtml(brief.markdown);
    expect(web).toMatch(/<table>\n<thead>\n<tr>\n<th>Sector<\/th>\n<th>7-day change<\/th>/);
    expect(web).not.toContain('|');
    const email = renderEmail({
      brief: { ...brief, id: 'x' },
      sheet,
      baseUrl: 'https://groundbrief.test',
      unsubscribeUrl: 'https://groundbrief.test/u',
      manageUrl: 'https://groundbrief.test/m',
      postalAddress: '1 Example Street',
    });
    expect(email.html).toMatch(/<th [^>]*>Sector<\/th>/);
    expect(email.html).not.toContain('|---|');
    expect(email.text).toMatch(/^L2s {2,}-17\.5%$/m);
  });
});
