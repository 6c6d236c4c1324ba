/**
 * Blind corpus P (issue 12): 419 cases, 2,387 labelled numbers in nine voices on the bleed day
 * (fixtures/day-bleed, named by P/day.ts), a thirteenth day authored this session, written by three writer sessions
 * (three voices each, regrouped from O) without reading the checker, its tests, its docs or corpora A-O. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus P"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/P --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 695a1b0 (98.9 / 5.6). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [98.7, 2.7],
  'desk-note': [100.0, 3.7],
  edited: [100.0, 0.8],
  llm: [98.5, 2.1],
  'sector-comma': [100.0, 4.8],
  social: [100.0, 2.4],
  table: [100.0, 0.6],
  wire: [100.0, 0.5],
  words: [90.5, 7.5],
  tables: [100.0, 0.7],
  overall: [99.0, 2.5],
};

await describeBlindCorpus('P', new URL('./P/', import.meta.url), GATES);
