/**
 * Blind corpus F (issue 12): 142 cases, 2,070 labelled numbers in nine voices on the bundled sell-off day
 * (fixtures/day, named by F/day.ts), the first blind corpus on that day, written by three writer sessions (three voices
 * each) without reading the checker, its tests, its docs or corpora A-E. Checks the corpus's integrity and gates the
 * scores per voice, on table rows and overall at its after-fix figures (first run recorded in docs/factcheck.md
 * "Corpus F"), so the test fails when either slips. `npx tsx scripts/blind-score.ts test/factcheck/blind/F --list`
 * lists every disagreement.
 */
import { describeBlindCorpus, type Gates } from './describe-corpus.ts';

/** First run at 574c19d (95.9 / 8.8), raised by the F and G fixes (in-sample). Per voice: [min % wrong, max % right]. */
const GATES: Gates = {
  daily: [96.5, 1.2],
  'desk-note': [95.0, 1.2],
  edited: [100.0, 1.4],
  llm: [97.1, 3.5],
  'sector-comma': [98.3, 4.3],
  social: [100.0, 0.7],
  table: [100.0, 0.0],
  wire: [100.0, 0.0],
  words: [98.2, 4.9],
  tables: [100.0, 0.0],
  overall: [98.4, 1.9],
};

await describeBlindCorpus('F', new URL('./F/', import.meta.url), GATES);
