/**
 * Bad input never crashes the checker: generated text, binary junk, empty text, text without numbers and
 * 1 MB of text all give a valid report. (The scanners have no backtracking regexes; a quadratic path would
 * show up here as a test that does not finish.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkReportSchema } from '../../src/domain/check-report.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { renderCheckHtml } from '../../src/factcheck/render-check-html.ts';
import { fixtureSheet } from './fixture-sheet.ts';

const sheet = fixtureSheet();
const check = (markdown: string) => checkBrief({ markdown, sheet, registry: defaultRegistry });

/** Text built from pieces a brief is made of, shuffled: numbers, units, names, punctuation, Markdown. */
const briefish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '$',
        '%',
        'K',
        'B',
        'bn',
        ' billion',
        'bps',
        'x',
        '–',
        '-',
        '+',
        ',',
        '.',
        ' ',
        '\n',
        '# ',
        '- ',
        '| ',
        '(',
        ')',
        ':',
        ';',
      ),
      fc.constantFrom(
        'Bitcoin',
        'BTC',
        'AI tokens',
        'L2',
        'fell',
        'rose',
        'about',
        'more than',
        'below',
        'from',
        'to',
        'funding',
        'turned negative',
        'led losses',
        'over the week',
        'top',
        'No.',
        'Nov',
        'between',
        'and',
        'of',
        'according to',
        'CoinDesk',
      ),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }).map((n) => String(n)),
      fc.integer({ min: 0, max: 99999 }).map((n) => n.toLocaleString('en-US')),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

function expectValidReport(markdown: string): void {
  const report = check(markdown);
  expect(checkReportSchema.safeParse(report).success).toBe(true);
  for (const claim of report.claims) {
    expect(claim.span[0]).toBeGreaterThanOrEqual(0);
    expect(claim.span[1]).toBeLessThanOrEqual(markdown.length);
    expect(markdown.slice(claim.span[0], claim.span[1])).toBe(claim.text);
  }
  expect(typeof renderCheckHtml({ markdown, report })).toBe('string');
}

describe('checkBrief on any input', () => {
  it('never throws on brief-like generated text and spans point at the claim text', () => {
    fc.assert(
      fc.property(briefish, (text) => {
        expectValidReport(text);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        expectValidReport(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on binary junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expectValidReport(new TextDecoder('latin1').decode(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('empty text: ok report with no claims', () => {
    const report = check('');
    expect(report).toEqual({
      ok: true,
      counts: { supported: 0, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
      claims: [],
      ignored: [],
    });
  });

  it('text without numbers: no numeric claims', () => {
    const report = check('Markets were quiet. Traders waited for the next catalyst, and liquidity stayed thin.');
    expect(report.claims).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('1 MB of text (prose with numbers, and one unbroken line) gives a report', () => {
    const paragraph = 'Bitcoin fell 2.1% to $103.8K while AI tokens lost 6.3% over 24 hours; funding sat at 0.005%. ';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const report = check(big);
    expect(report.claims.length).toBeGreaterThan(40_000);
    const junk = '9,'.repeat(500_000);
    expect(checkReportSchema.safeParse(check(junk)).success).toBe(true);
    const digits = '1'.repeat(1_000_000);
    expect(checkReportSchema.safeParse(check(digits)).success).toBe(true);
  }, 60_000);

  it('100 KB of "1-" repeated (once a quadratic date-shape scan) gives a valid report of numbers, no dates', () => {
    const text = '1-'.repeat(50_000);
    const report = check(text);
    expect(checkReportSchema.safeParse(report).success).toBe(true);
    expect(report.ignored.some((g) => g.kind === 'date')).toBe(false);
    expect(report.claims.length).toBeGreaterThan(1000);
    for (const claim of report.claims.slice(0, 50)) expect(text.slice(claim.span[0], claim.span[1])).toBe(claim.text);
  }, 60_000);

  it('a long table-like line and many from/to pairs (once quadratic scans) give valid reports', () => {
    expect(checkReportSchema.safeParse(check('| x. '.repeat(40_000))).success).toBe(true);
    const pairs = check('BTC went from $1 to $2. '.repeat(4_000));
    expect(checkReportSchema.safeParse(pairs).success).toBe(true);
    expect(pairs.claims.length).toBe(8_000);
  }, 60_000);
});
