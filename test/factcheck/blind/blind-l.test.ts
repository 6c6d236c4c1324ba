/**
 * Blind corpus L (issue 12): 131 cases, 1,770 labelled numbers in nine voices on the grind day (fixtures/day-grind,
 * named by L/day.ts), a ninth day authored this session, written by three writer sessions (three voices each) without
 * reading the checker, its tests, its docs or corpora A-K. Checks the corpus's integrity and gates the scores per
 * voice, on table rows and overall at its first-run figures (docs/factcheck.md "Corpus L"), so the test fails when
 * either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/L --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at f188aa2 (98.3 / 6.0). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [100.0, 2.9],
  'desk-note': [100.0, 3.3],
  edited: [95.7, 2.5],
  llm: [100.0, 6.9],
  'sector-comma': [100.0, 2.0],
  social: [97.7, 0.8],
  table: [100.0, 1.4],
  wire: [100.0, 0.0],
  words: [95.2, 4.2],
  tables: [100.0, 0.0],
  overall: [98.9, 2.5],
};

await describeBlindCorpus('L', new URL('./L/', import.meta.url), GATES);
