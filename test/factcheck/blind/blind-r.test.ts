/**
 * Blind corpus R (issue 12): 130 cases, 1,604 labelled numbers in nine voices on the breakdown day
 * (fixtures/day-breakdown, named by R/day.ts), a fifteenth day authored this session, written by three writer sessions
 * (three voices each, regrouped from Q) without reading the checker, its tests, its docs or corpora A-Q. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus R"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/R --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at ae6fecc (97.0 / 4.3). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [98.2, 1.4],
  'desk-note': [100.0, 1.7],
  edited: [100.0, 1.7],
  llm: [100.0, 1.4],
  'sector-comma': [100.0, 4.7],
  social: [96.5, 0.7],
  table: [100.0, 1.6],
  wire: [97.9, 0.9],
  words: [91.7, 5.1],
  tables: [100.0, 0.0],
  overall: [98.3, 2.1],
};

await describeBlindCorpus('R', new URL('./R/', import.meta.url), GATES);
