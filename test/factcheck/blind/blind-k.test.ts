/**
 * Blind corpus K (issue 12): 139 cases, 2,239 labelled numbers in nine voices on the altseason day
 * (fixtures/day-altseason, named by K/day.ts), an eighth day authored this session, written by three writer sessions
 * (three voices each) without reading the checker, its tests, its docs or corpora A-J. Checks the corpus's integrity
 * and gates the scores per voice, on table rows and overall at its figures (first run recorded in docs/factcheck.md
 * "Corpus K"), so the test fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/K --list`
 * lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at a260f95 (97.0 / 5.7). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [100.0, 3.1],
  'desk-note': [95.2, 2.1],
  edited: [100.0, 2.8],
  llm: [98.4, 1.2],
  'sector-comma': [100.0, 2.9],
  social: [96.3, 1.4],
  table: [100.0, 2.1],
  wire: [100.0, 3.9],
  words: [91.5, 8.2],
  tables: [100.0, 0.0],
  overall: [98.0, 3.0],
};

await describeBlindCorpus('K', new URL('./K/', import.meta.url), GATES);
