/**
 * Blind corpus D (issue 12): 86 cases in nine voices on the rally day, written by a fourth session without reading
 * the checker, its tests, its docs or corpora A-C, after the fixes driven by C had landed. Checks the corpus's
 * integrity (every digit labelled) and gates the scores per voice, on table rows and overall at the figures after
 * the fixes it drove (docs/factcheck.md "Corpus D: after the fixes"; first run: 98.7 % / 10.6 %), so the test fails
 * when either slips.
 * `npx tsx scripts/blind-score.ts test/factcheck/blind/D --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** After the D fixes. Per voice: [min % of wrong numbers flagged, max % of correct numbers flagged]. */
const GATES: Gates = {
  daily: [100.0, 2.2],
  'desk-note': [100.0, 0.5],
  edited: [100.0, 1.6],
  llm: [100.0, 0.7],
  'sector-comma': [100.0, 2.5],
  social: [100.0, 3.8],
  table: [100.0, 0.8],
  wire: [98.1, 1.3],
  words: [97.8, 5.6],
  tables: [100.0, 0.0],
  overall: [99.6, 2.0],
};

await describeBlindCorpus('D', new URL('./D/', import.meta.url), GATES);
