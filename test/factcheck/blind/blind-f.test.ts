/**
 * Blind corpus F (issue 12): 142 cases, 2,070 labelled numbers in nine voices on the bundled sell-off day (fixtures/day,
 * named by F/day.ts), the first blind corpus on that day, written by three writer sessions (three voices each) without
 * reading the checker, its tests, its docs or corpora A-E. Checks the corpus's integrity and gates the scores per
 * voice, on table rows and overall at its first-run figures (docs/factcheck.md "Corpus F"), so the test fails when
 * either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/F --list` lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 574c19d, before any fix driven by F. Per voice: [min % wrong flagged, max % correct flagged]. */
const GATES: Gates = {
  daily: [94.7, 7.2],
  'desk-note': [91.7, 8.9],
  edited: [100.0, 8.2],
  llm: [91.4, 10.5],
  'sector-comma': [96.6, 12.4],
  social: [98.4, 8.2],
  table: [98.8, 6.2],
  wire: [100.0, 6.0],
  words: [91.2, 12.7],
  tables: [98.6, 6.7],
  overall: [95.9, 8.8],
};

await describeBlindCorpus('F', new URL('./F/', import.meta.url), GATES);
