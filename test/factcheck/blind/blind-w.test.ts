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
  daily: [98.3, 4.8],
  'desk-note': [100.0, 3.1],
  edited: [100.0, 1.6],
  llm: [100.0, 2.3],
  'sector-comma': [100.0, 7.7],
  social: [98.0, 7.8],
  table: [100.0, 2.1],
  wire: [97.8, 2.4],
  words: [95.3, 5.9],
  tables: [100.0, 0.0],
  overall: [98.8, 4.2],
};

await describeBlindCorpus('W', new URL('./W/', import.meta.url), GATES);
