/**
 * The promise of issue 2, over every number of every style's template brief on the fixtures day:
 * change any single number, or flip a direction word, and the checker flags that spot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry as registry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';

let sheet: FactsSheet;
beforeAll(async () => {
  const snapshot = await loadSnapshot();
  const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry, now: new Date(snapshot.asOf) });
  sheet = buildFactsSheet({ snapshot, registry, clusters });
});

/** Raises the leading digit by 2 (wrapping 8->1, 9->2 so no leading zero): `103.8K` -> `303.8K`, `6.4%` -> `8.4%`. */
function alterLeadingDigit(text: string): string {
  const at = text.search(/\d/);
  const digit = Number(text[at]);
  const next = digit + 2 > 9 ? digit - 7 : digit + 2;
  return text.slice(0, at) + String(next) + text.slice(at + 1);
}

const FLIPS: [RegExp, string][] = [
  [/\bfell\b/, 'rose'],
  [/\brose\b/, 'fell'],
  [/\bdown\b/, 'up'],
  [/\bbelow\b/, 'above'],
  [/\babove\b/, 'below'],
];

const flagged = (markdown: string, from: number, to: number) =>
  checkBrief({ markdown, sheet, registry }).claims.some(
    (c) => (c.verdict === 'contradicted' || c.verdict === 'unsupported') && c.span[0] < to && c.span[1] > from,
  );

describe.each(briefStyleSchema.options)('%s brief', (style) => {
  it('is verified unaltered, and every single altered number is flagged where it stands', () => {
    const { markdown } = writeFromTemplate({ sheet, registry, style });
    const report = checkBrief({ markdown, sheet, registry });
    expect(report.ok).toBe(true);
    const numbers = report.claims.filter((c) => c.value !== null && /\d/.test(c.text));
    expect(numbers.length).toBeGreaterThan(15);
    const missed: string[] = [];
    for (const claim of numbers) {
      const [start, end] = claim.span;
      const altered = alterLeadingDigit(claim.text);
      const text = markdown.slice(0, start) + altered + markdown.slice(end);
      if (!flagged(text, start, start + altered.length))
        missed.push(`${claim.text} -> ${altered} in "${claim.sentence}"`);
    }
    expect(missed).toEqual([]);
  });

  it('flipping the direction word of a sentence with a checked change is flagged', () => {
    const { markdown } = writeFromTemplate({ sheet, registry, style });
    const report = checkBrief({ markdown, sheet, registry });
    const missed: string[] = [];
    let tried = 0;
    for (const claim of report.claims) {
      if (claim.metric !== 'change' || claim.direction === null) continue;
      const sentenceStart = markdown.indexOf(claim.sentence);
      if (sentenceStart === -1) continue;
      for (const [pattern, replacement] of FLIPS) {
        const match = pattern.exec(claim.sentence);
        if (!match) continue;
        const at = sentenceStart + match.index;
        const text = markdown.slice(0, at) + replacement + markdown.slice(at + match[0].length);
        tried++;
        if (!flagged(text, sentenceStart, sentenceStart + claim.sentence.length))
          missed.push(`${match[0]} -> ${replacement} in "${claim.sentence}"`);
        break;
      }
    }
    expect(tried).toBeGreaterThan(3);
    expect(missed).toEqual([]);
  });
});
