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
  daily: [100.0, 1.0],
  'desk-note': [100.0, 3.2],
  edited: [100.0, 2.9],
  llm: [98.1, 1.4],
  'sector-comma': [98.3, 1.2],
  social: [93.3, 2.4],
  table: [96.5, 0.0],
  wire: [100.0, 0.0],
  words: [95.6, 7.8],
  tables: [96.2, 0.0],
  overall: [98.1, 1.9],
};

await describeBlindCorpus('M', new URL('./M/', import.meta.url), GATES);
