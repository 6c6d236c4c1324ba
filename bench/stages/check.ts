/**
 * Bench: checkBrief on a ~700-word brief against the full fixtures-day facts sheet (median per brief; also its first,
 * cold check and its steady state), plus the same brief's claim count, a 1 MB text and 100 KB of `1-` repeated for the
 * linear-time story.
 */
import { medianMs } from '../median.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

export const name = 'check';

export async function run(): Promise<{ figure: string; value: string }[]> {
  const snapshot = await loadSnapshot();
  const registry = defaultRegistry;
  const sheet = sheetFromSnapshot({ snapshot, registry });
  // ~700 words: the daily snapshot and the sector recap of the same day, as one text.
  const parts = (['daily-snapshot', 'sector-recap', 'weekly-update'] as const).map(
    (style) => writeFromTemplate({ sheet, registry, style }).markdown,
  );
  let markdown = '';
  for (const part of parts) if (words(markdown) < 700) markdown += `${part}\n\n`;
  const wordsIn = words(markdown);
  const markdown700 = markdown.split(/(?<=\s)/).reduce((acc, piece) => (words(acc) < 700 ? acc + piece : acc), '');
  // The first check in the process: the checker's code parsed, compiled and run in the interpreter (a CLI run or a
  // fresh Worker isolate checks once or a few times, so this is what a single edition pays).
  const coldStart = performance.now();
  const report = checkBrief({ markdown: markdown700, sheet, registry });
  const coldMs = performance.now() - coldStart;
  // The same sheet object every run, as the pipeline checks its drafts against one sheet: the indexes built per sheet
  // (facts-lookup.ts buildFactsLookup, sources.ts outletNames, cached by the sheet object) are built on the first run.
  const ms = await medianMs(() => checkBrief({ markdown: markdown700, sheet, registry }), { runs: 300, warmup: 30 });
  // The steady state: runs 1,331-2,330, once V8 has optimized the checker's code (the median above still holds some
  // of that warm-up: docs/bench.md "Fact-checker", sixth pass).
  const steadyMs = await medianMs(() => checkBrief({ markdown: markdown700, sheet, registry }), {
    runs: 1000,
    warmup: 1000,
  });
  // A new sheet object every run (a shallow copy): those indexes are built on every check.
  const freshMs = await medianMs(() => checkBrief({ markdown: markdown700, sheet: { ...sheet }, registry }), {
    runs: 100,
    warmup: 10,
  });
  const big = markdown700.repeat(Math.ceil(1_000_000 / markdown700.length));
  const bigMs = await medianMs(() => checkBrief({ markdown: big, sheet, registry }), { runs: 3, warmup: 1 });
  // Hostile input that once hit a per-number scan to the end of the digit run (quadratic): now linear.
  const dashes = '1-'.repeat(50_000);
  const dashesMs = await medianMs(() => checkBrief({ markdown: dashes, sheet, registry }), { runs: 5, warmup: 1 });
  return [
    {
      figure: `checkBrief, ${words(markdown700)}-word brief vs ${sheet.facts.length} facts, one sheet (median of 300)`,
      value: `${ms.toFixed(3)} ms`,
    },
    { figure: 'same, first check in the process (cold)', value: `${coldMs.toFixed(1)} ms` },
    { figure: 'same, steady state (median of runs 1,331-2,330)', value: `${steadyMs.toFixed(3)} ms` },
    {
      figure: `same, a new sheet object each check (indexes of the ${sheet.facts.length} facts rebuilt; median of 100)`,
      value: `${freshMs.toFixed(3)} ms`,
    },
    {
      figure: 'claims in that brief (supported / flagged)',
      value: `${report.claims.length} (${report.counts.supported} / ${report.counts.contradicted + report.counts.unsupported})`,
    },
    {
      figure: `checkBrief on ${(big.length / 1e6).toFixed(1)} MB of brief text (median of 3)`,
      value: `${bigMs.toFixed(0)} ms`,
    },
    { figure: 'source brief words before trimming to ~700', value: String(wordsIn) },
    { figure: "check: 100 KB of '1-' repeated (median of 5)", value: `${dashesMs.toFixed(0)} ms` },
  ];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
