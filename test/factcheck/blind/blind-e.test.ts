/**
 * Blind corpus E (issue 12): 400 cases in nine voices on the chop day (fixtures/day-chop, named by E/day.ts), the
 * first corpus on a day the checker was never tuned on, written by a fifth session without reading the checker, its
 * tests, its docs or corpora A-D, after the fixes driven by D had landed. Checks the corpus's integrity and gates the
 * scores per voice, on table rows and overall at its after-fix figures (in-sample; docs/factcheck.md "Corpus E"), so
 * the test fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/E --list` lists every
 * disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run, raised by the E fixes (in-sample). Per voice: [min % wrong flagged, max % correct flagged]. */
const GATES: Gates = {
  daily: [100.0, 2.7],
  'desk-note': [94.7, 4.3],
  edited: [98.1, 3.9],
  llm: [98.8, 3.4],
  'sector-comma': [97.8, 3.7],
  social: [97.0, 5.4],
  table: [98.6, 0.5],
  wire: [96.5, 0.0],
  words: [92.7, 3.0],
  tables: [100.0, 0.0],
  overall: [97.5, 2.8],
};

await describeBlindCorpus('E', new URL('./E/', import.meta.url), GATES);
