/**
 * Blind corpus D (issue 12): 86 cases in nine voices on the rally day, written by a fourth session without reading
 * the checker, its tests, its docs or corpora A-C, after the fixes driven by C had landed. Checks the corpus's
 * integrity (every digit labelled) and gates the scores per voice, on table rows and overall at its first-run
 * figures (docs/factcheck.md "Corpus D"), so the test fails when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/D --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run. Per voice: [min % of wrong numbers flagged, max % of correct numbers flagged]. */
const GATES: Gates = {
  daily: [100.0, 8.7],
  'desk-note': [100.0, 3.8],
  edited: [100.0, 22.1],
  llm: [100.0, 6.8],
  'sector-comma': [100.0, 11.5],
  social: [93.6, 9.1],
  table: [100.0, 3.9],
  wire: [98.1, 20.1],
  words: [95.6, 11.7],
  tables: [100.0, 3.4],
  overall: [98.7, 10.6],
};

describeBlindCorpus('D', new URL('./D/', import.meta.url), GATES);
