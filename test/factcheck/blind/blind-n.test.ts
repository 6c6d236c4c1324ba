/**
 * Blind corpus N (issue 12): 148 cases, 1,742 labelled numbers in nine voices on the ethdump day
 * (fixtures/day-ethdump, named by N/day.ts), an eleventh day authored this session, written by three writer sessions
 * (three voices each, regrouped from M) without reading the checker, its tests, its docs or corpora A-M. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus N"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/N --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at e0a9cfb (96.4 / 4.3). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [96.5, 0.6],
  'desk-note': [100.0, 1.4],
  edited: [100.0, 0.0],
  llm: [100.0, 0.7],
  'sector-comma': [98.3, 2.7],
  social: [96.2, 2.0],
  table: [100.0, 0.0],
  wire: [100.0, 0.0],
  words: [100.0, 4.8],
  tables: [100.0, 0.0],
  overall: [98.9, 1.3],
};

await describeBlindCorpus('N', new URL('./N/', import.meta.url), GATES);
