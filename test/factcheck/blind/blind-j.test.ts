/**
 * Blind corpus J (issue 12): 132 cases, 2,233 labelled numbers in nine voices on the flush day (fixtures/day-flush,
 * named by J/day.ts), a seventh day authored this session, written by three writer sessions (three voices each)
 * without reading the checker, its tests, its docs or corpora A-I. Checks the corpus's integrity and gates the scores
 * per voice, on table rows and overall at its figures (first run recorded in docs/factcheck.md "Corpus J"), so the
 * test fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/J --list` lists every
 * disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 11e7c77 (97.9 / 8.6). Per voice: [min % wrong flagged, max % right flagged]. */
const GATES: Gates = {
  daily: [97.8, 4.5],
  'desk-note': [100.0, 2.2],
  edited: [98.4, 4.7], // (5.8 until a wrong funding `negative` left unlabelled was caught, 2026-12-07)
  llm: [98.4, 3.6],
  'sector-comma': [100.0, 3.7],
  social: [100.0, 7.6],
  table: [100.0, 2.8],
  wire: [95.2, 4.6],
  words: [94.6, 7.3],
  tables: [100.0, 0.0],
  overall: [98.4, 4.4],
};

await describeBlindCorpus('J', new URL('./J/', import.meta.url), GATES);
