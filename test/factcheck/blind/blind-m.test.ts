/**
 * Blind corpus M (issue 12): 177 cases, 1,966 labelled numbers in nine voices on the whipsaw day
 * (fixtures/day-whipsaw, named by M/day.ts), a tenth day authored this session, written by three writer sessions
 * (three voices each, regrouped from L) without reading the checker, its tests, its docs or corpora A-L. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus M"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/M --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 92e0764 (96.5 / 6.4). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [100.0, 3.9],
  'desk-note': [96.3, 5.7],
  edited: [98.0, 14.1],
  llm: [94.2, 7.0],
  'sector-comma': [98.3, 3.5],
  social: [93.3, 7.3],
  table: [96.5, 6.5],
  wire: [98.0, 0.0],
  words: [91.1, 11.7],
  tables: [96.2, 6.3],
  overall: [96.5, 6.4],
};

await describeBlindCorpus('M', new URL('./M/', import.meta.url), GATES);
