/**
 * Blind corpus X (issue 12): 261 cases, 1,828 labelled numbers in nine voices on the spotlight day
 * (fixtures/day-spotlight, named by X/day.ts), a twenty-first day authored this session, written by three writer sessions
 * (three voices each, regrouped from W) without reading the checker, its tests, its docs or corpora A-W. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus X"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/X --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/**
 * First run at 1e12383: 98.5 / 4.6 (docs/factcheck.md). Per voice: [min % wrong flagged, max % right flagged].
 */
const GATES: Gates = {
  daily: [96.5, 2.5],
  'desk-note': [100.0, 2.2],
  edited: [95.5, 0.0],
  llm: [98.1, 1.3],
  'sector-comma': [100.0, 3.4],
  social: [100.0, 2.6],
  table: [100.0, 1.1],
  wire: [96.0, 3.4],
  words: [100.0, 6.7],
  tables: [100.0, 0.0],
  overall: [98.5, 2.5],
};

await describeBlindCorpus('X', new URL('./X/', import.meta.url), GATES);
