/**
 * Blind corpus H (issue 12): 175 cases, 2,408 labelled numbers in nine voices on the drift day (fixtures/day-drift,
 * named by H/day.ts), a fifth day authored this session, written by three writer sessions (three voices each) without
 * reading the checker, its tests, its docs or corpora A-G. Checks the corpus's integrity and gates the scores per
 * voice, on table rows and overall at its figures (first run recorded in docs/factcheck.md "Corpus H"), so the test
 * fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/H --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at c62cd8f (97.2 / 9.3). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [98.8, 5.4],
  'desk-note': [100.0, 1.7],
  edited: [100.0, 3.7],
  llm: [96.6, 7.4],
  'sector-comma': [98.5, 3.2],
  social: [100.0, 5.1],
  table: [100.0, 1.1],
  wire: [98.6, 2.7],
  words: [95.3, 7.8],
  tables: [100.0, 0.0],
  overall: [98.8, 4.0],
};

await describeBlindCorpus('H', new URL('./H/', import.meta.url), GATES);
