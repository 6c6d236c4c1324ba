/**
 * Blind corpus Z (issue 12): 336 cases, 2,570 labelled numbers in nine voices on the solstorm day
 * (fixtures/day-solstorm, named by Z/day.ts), a twenty-third day authored this session, written by three writer
 * sessions (three voices each, regrouped from Y) without reading the checker, its tests, its docs or corpora A-Y.
 * Checks the corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus Z"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/Z --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/**
 * First run at 1c18f47: 98.6 / 3.1 (3.2 under the same-fact echo rule; docs/factcheck.md). Per voice: [min %
 * wrong flagged, max % right flagged].
 */
const GATES: Gates = {
  daily: [98.7, 1.0],
  'desk-note': [98.9, 2.5],
  edited: [100.0, 2.7],
  llm: [100.0, 1.5],
  'sector-comma': [97.6, 1.9],
  social: [98.6, 4.1],
  table: [100.0, 1.2],
  wire: [98.7, 2.4],
  words: [93.7, 6.1],
  tables: [100.0, 1.0],
  overall: [98.6, 2.5],
};

await describeBlindCorpus('Z', new URL('./Z/', import.meta.url), GATES);
