/**
 * Blind corpus Y (issue 12): 346 cases, 2,744 labelled numbers in nine voices on the decouple day
 * (fixtures/day-decouple, named by Y/day.ts), a twenty-second day authored this session, written by three writer
 * sessions (three voices each, regrouped from X) without reading the checker, its tests, its docs or corpora A-X.
 * Checks the corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus Y"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/Y --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/**
 * First run at e8c61b4: 97.4 / 4.0 (docs/factcheck.md). Per voice: [min % wrong flagged, max % right flagged].
 */
const GATES: Gates = {
  daily: [99.2, 2.7],
  'desk-note': [95.8, 4.3],
  edited: [95.2, 3.5],
  llm: [100.0, 1.4],
  'sector-comma': [98.3, 5.2],
  social: [100.0, 4.0],
  table: [98.3, 2.2],
  wire: [98.6, 2.7],
  words: [89.8, 3.1],
  tables: [98.9, 0.7],
  overall: [97.7, 3.0],
};

await describeBlindCorpus('Y', new URL('./Y/', import.meta.url), GATES);
