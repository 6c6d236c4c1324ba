/**
 * Blind corpus Q (issue 12): 102 cases, 1,584 labelled numbers in nine voices on the doldrums day
 * (fixtures/day-doldrums, named by Q/day.ts), a fourteenth day authored this session, written by three writer sessions
 * (three voices each, regrouped from P) without reading the checker, its tests, its docs or corpora A-P. Checks the
 * corpus's integrity and gates the scores per voice, on table rows and overall at its first-run figures
 * (docs/factcheck.md "Corpus Q"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/Q --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at d34b076 (98.5 / 6.0). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [98.0, 1.4],
  'desk-note': [100.0, 1.6],
  edited: [100.0, 3.0],
  llm: [100.0, 2.4],
  'sector-comma': [100.0, 3.3],
  social: [95.1, 5.7],
  table: [100.0, 0.0],
  wire: [97.6, 3.2],
  words: [95.2, 4.8],
  tables: [100.0, 0.0],
  overall: [98.5, 2.8],
};

await describeBlindCorpus('Q', new URL('./Q/', import.meta.url), GATES);
