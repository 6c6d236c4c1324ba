/**
 * Blind corpus G (issue 12): 106 cases, 2,380 labelled numbers in nine voices on the squeeze day (fixtures/day-squeeze,
 * named by G/day.ts), a day authored this session, written by three writer sessions (three voices each) without
 * reading the checker, its tests, its docs or corpora A-F. Checks the corpus's integrity and gates the scores per
 * voice, on table rows and overall at its first-run figures (docs/factcheck.md "Corpus G"), so the test fails when
 * either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/G --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 0af149f, before any fix driven by G. Per voice: [min % wrong flagged, max % correct flagged]. */
const GATES: Gates = {
  daily: [93.9, 8.1],
  'desk-note': [94.4, 9.3],
  edited: [95.5, 20.5],
  llm: [98.6, 8.6],
  'sector-comma': [100.0, 7.4],
  social: [96.6, 16.5],
  table: [97.9, 3.4],
  wire: [98.5, 4.3],
  words: [98.2, 11.4],
  tables: [100.0, 0.9],
  overall: [97.2, 9.5],
};

await describeBlindCorpus('G', new URL('./G/', import.meta.url), GATES);
