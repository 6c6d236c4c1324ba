/**
 * Blind corpus V (issue 12): 145 cases, 1,585 labelled numbers in nine voices on the rebound day
 * (fixtures/day-rebound, named by V/day.ts), a nineteenth day authored this session, written by three writer sessions
 * (three voices each, regrouped from U) without reading the checker, its tests, its docs or corpora A-U. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus V"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/V --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/**
 * First run at 8f8918a: 94.8 / 4.9 as written, 97.0 / 4.8 with nine hedged words labels corrected (docs/factcheck.md).
 * Per voice: [min % wrong flagged, max % right flagged].
 */
const GATES: Gates = {
  daily: [98.0, 1.4],
  'desk-note': [100.0, 0.7],
  edited: [100.0, 1.5],
  llm: [100.0, 0.7],
  'sector-comma': [100.0, 0.8],
  social: [97.6, 4.0],
  table: [100.0, 0.0],
  wire: [97.7, 0.0],
  words: [94.6, 5.6],
  tables: [100.0, 0.0],
  overall: [98.7, 1.6],
};

await describeBlindCorpus('V', new URL('./V/', import.meta.url), GATES);
