/**
 * Blind corpus I (issue 12): 187 cases, 2,181 labelled numbers in nine voices on the rotation day
 * (fixtures/day-rotation, named by I/day.ts), a sixth day authored this session, written by three writer sessions
 * (three voices each) without reading the checker, its tests, its docs or corpora A-H. Checks the corpus's integrity
 * and gates the scores per voice, on table rows and overall at its figures (first run recorded in docs/factcheck.md
 * "Corpus I"), so the test fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/I --list`
 * lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 0c9cbdd (96.5 / 7.3). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [97.1, 8.1],
  'desk-note': [97.5, 7.5],
  edited: [96.9, 7.5],
  llm: [95.3, 12.8],
  'sector-comma': [97.1, 9.4],
  social: [95.3, 9.3],
  table: [100.0, 1.0],
  wire: [98.1, 5.3],
  words: [89.5, 5.2],
  tables: [100.0, 0.0],
  overall: [96.5, 7.3],
};

await describeBlindCorpus('I', new URL('./I/', import.meta.url), GATES);
