/**
 * Blind corpus A (issue 12): 165 cases in nine voices on the rally day, written without reading the checker and
 * labelled by hand. Checks the corpus's integrity (every digit labelled) and gates the scores per voice, on table
 * rows and overall at the figures reached, so the test fails when either figure slips. First-run and later
 * figures: docs/factcheck.md "Blind corpora". `npx tsx scripts/blind-score.ts test/factcheck/blind/A --list`
 * lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** Per voice: [minimum % of wrong numbers flagged, maximum % of correct numbers flagged]. */
const GATES: Gates = {
  daily: [100.0, 0.0],
  'desk-note': [100.0, 0.7],
  edited: [100.0, 4.8],
  llm: [97.9, 3.5],
  'sector-comma': [88.0, 1.4],
  social: [100.0, 6.5],
  table: [100.0, 0.0],
  wire: [97.7, 2.5],
  words: [94.6, 0.0],
  tables: [100.0, 0.0],
  overall: [97.6, 2.0],
};

await describeBlindCorpus('A', new URL('./A/', import.meta.url), GATES);
