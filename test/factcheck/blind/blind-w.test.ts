/**
 * Blind corpus W (issue 12): 171 cases, 1,635 labelled numbers in nine voices on the fakeout day
 * (fixtures/day-fakeout, named by W/day.ts), a twentieth day authored this session, written by three writer sessions
 * (three voices each, regrouped from V) without reading the checker, its tests, its docs or corpora A-V. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus W"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/W --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/**
 * First run at e3a73ac: 98.6 / 4.3 (docs/factcheck.md); two labels corrected after it (a 10x PEPE price labelled
 * supported, DOGE's annualized funding labelled unsupported though the writers' facts list it).
 * Per voice: [min % wrong flagged, max % right flagged].
 */
const GATES: Gates = {
  daily: [100.0, 1.9],
  'desk-note': [100.0, 0.8],
  edited: [100.0, 0.0],
  llm: [100.0, 0.8],
  'sector-comma': [100.0, 1.4],
  social: [100.0, 2.3],
  table: [100.0, 1.4],
  wire: [100.0, 0.8],
  words: [97.7, 1.7],
  tables: [100.0, 0.0],
  overall: [99.8, 1.2],
};

await describeBlindCorpus('W', new URL('./W/', import.meta.url), GATES);
