/**
 * Issue 12: text that hides or launders a number must never come out verified. On the rally day (BTC +3.84%
 * over 24h, $112,486): a feed headline "Bitcoin soars 50%" does not let an attributed "Bitcoin soared 50%" pass
 * (a computed fact contradicts it); full-width, mathematical and Arabic-Indic digits, HTML numeric references and
 * exponent notation are read (and then contradicted), and digits that still cannot be read are unsupported.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import { type MarketSnapshot, marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';
import { daySheet } from './blind/score.ts';

function sheetWithHeadline(title: string, summary: string): FactsSheet {
  const path = fileURLToPath(new URL('../../fixtures/day-rally.snapshot.json', import.meta.url));
  const snapshot: MarketSnapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const url = 'https://decrypt.co/2026/12/03/bitcoin-soars-50';
  snapshot.headlines.push({
    id: 'decrypt:injected',
    sourceId: 'decrypt',
    sourceName: 'Decrypt',
    title,
    url,
    canonicalUrl: url,
    publishedAt: '2026-12-03T06:50:00.000Z',
    timeFlag: 'ok',
    summary,
  });
  return sheetFromSnapshot({ snapshot, registry: defaultRegistry });
}

const check = (markdown: string, sheet: FactsSheet = daySheet('rally')) =>
  checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow: '24h' });
const verdictsAt = (markdown: string, find: string, sheet?: FactsSheet) => {
  const at = markdown.indexOf(find);
  if (at === -1) throw new Error(`${find} not in text`);
  return check(markdown, sheet)
    .claims.filter((c) => c.span[0] < at + find.length && c.span[1] > at)
    .map((c) => c.verdict);
};
const flagged = (v: string[]) => v.length > 0 && v.every((x) => x === 'contradicted' || x === 'unsupported');

describe('a headline in a feed does not override a computed fact', () => {
  const injected = sheetWithHeadline('Bitcoin soars 50% in a day', 'Bitcoin soared 50% over the past 24 hours.');

  it('the injected headline is on the sheet (the figure is there to be matched)', () => {
    const titles = injected.clusters.flatMap((c) => c.headlines.map((h) => h.title));
    expect(titles).toContain('Bitcoin soars 50% in a day');
  });

  it('"Bitcoin soared 50% ..., according to Decrypt" is contradicted and the brief is not verified', () => {
    const text = 'Bitcoin soared 50% over the past 24 hours, according to Decrypt.';
    expect(verdictsAt(text, '50%', injected)).toEqual(['contradicted']);
    expect(check(text, injected).ok).toBe(false);
  });

  it('"reports said" names no outlet: no attribution', () => {
    // ETF inflows appear only in a CoinDesk headline ($612M); no fact states them.
    const text = 'U.S. spot bitcoin ETFs drew $612 million in net inflows, reports said.';
    expect(verdictsAt(text, '$612 million')).toEqual(['unsupported']);
    const named = 'U.S. spot bitcoin ETFs drew $612 million in net inflows, according to CoinDesk.';
    expect(verdictsAt(named, '$612 million')).toEqual(['supported-by-source']);
  });
});

describe('numbers hidden from the reader are read, or flagged when unreadable', () => {
  const cases: [string, string][] = [
    ['full-width digits', 'Bitcoin soared ５０％ over the past 24 hours.'],
    ['mathematical digits', 'Bitcoin soared 𝟓𝟎% over the past 24 hours.'],
    ['Arabic-Indic digits', 'Bitcoin soared ٥٠٪ over the past 24 hours.'],
    ['HTML decimal references', 'Bitcoin soared &#53;&#48;% over the past 24 hours.'],
    ['HTML hex references', 'Bitcoin soared &#x35;&#x30;&#x25; over the past 24 hours.'],
    ['exponent notation (percent)', 'Bitcoin soared 5e1% over the past 24 hours.'],
    ['exponent notation (dollars)', 'Bitcoin traded at $1.5e5 on Thursday morning.'],
  ];
  it.each(cases)('%s: the brief is never verified', (_name, text) => {
    const report = check(text);
    expect(report.ok).toBe(false);
    expect(report.claims.some((c) => c.verdict === 'contradicted' || c.verdict === 'unsupported')).toBe(true);
  });

  it('spans point into the original text', () => {
    const text = 'Bitcoin soared ５０％ over the past 24 hours.';
    const claim = check(text).claims.find((c) => c.verdict === 'contradicted')!;
    expect(claim.text).toBe('５０％');
    expect(text.slice(claim.span[0], claim.span[1])).toBe('５０％');
  });

  it('a correct figure written in other digits is still supported', () => {
    expect(verdictsAt('Bitcoin rose ３.８％ over the past 24 hours.', '３.８％')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin rose &#51;.&#56;% over the past 24 hours.', '&#51;.&#56;%')).toEqual(['supported']);
    expect(verdictsAt('Bitcoin rose 3.\u200b8% over the past 24 hours.', '8%')).toEqual(['supported']);
  });

  it('digits of a script the reader cannot map are unsupported, not "no claim"', () => {
    // U+1D7D8 is mapped by NFKC; U+11066 (Brahmi digit zero) is not, and is not in the reader's table.
    const text = 'Bitcoin soared \u{1106B}\u{11066}% over the past 24 hours.';
    const report = check(text);
    expect(report.ok).toBe(false);
    expect(report.claims.map((c) => c.verdict)).toContain('unsupported');
  });

  it('flagged when wrong', () => {
    expect(flagged(verdictsAt('Bitcoin soared ５０％ over the past 24 hours.', '５０％'))).toBe(true);
  });
});
