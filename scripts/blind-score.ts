/**
 * Scores a blind fact-check corpus folder (test/factcheck/blind/<batch>/, format in test/factcheck/blind/types.ts)
 * against the authored day it is labelled on (the folder's day.ts, `export const day = 'chop'`; without one the
 * rally day) and prints the table: per voice, table rows and overall, the share of wrong numbers flagged, of correct
 * numbers flagged, and exact-label agreement. `--list` also prints every disagreement.
 * Usage: npx tsx scripts/blind-score.ts test/factcheck/blind/A [--list]
 */
import { resolve } from 'node:path';
import {
  corpusDay,
  dayChecker,
  daySheet,
  formatDisagreements,
  formatScore,
  integrityErrors,
  loadCorpus,
  scoreBlind,
} from '../test/factcheck/blind/score.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/blind-score.ts DIR [--list]');
  process.exit(2);
}
const day = await corpusDay(resolve(dir));
const cases = await loadCorpus(resolve(dir));
const errors = integrityErrors(cases);
for (const e of errors) console.log(`integrity: ${e}`);
const score = scoreBlind(cases, dayChecker(daySheet(day)));
console.log(
  `${cases.length} cases on the ${day} day, ${score.overall.labelled} labelled numbers (${errors.length} integrity errors)\n`,
);
console.log(formatScore(score));
if (args.includes('--list')) console.log(`\n${formatDisagreements(score)}`);
