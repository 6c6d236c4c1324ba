/**
 * Scores a blind fact-check corpus folder (test/factcheck/blind/<batch>/, format in test/factcheck/blind/types.ts) against the rally
 * day and prints the table: per voice, table rows and overall, the share of wrong numbers flagged, of correct
 * numbers flagged, and exact-label agreement. `--list` also prints every disagreement.
 * Usage: npx tsx scripts/blind-score.ts test/factcheck/blind/A [--list]
 */
import { resolve } from 'node:path';
import {
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
const cases = await loadCorpus(resolve(dir));
const errors = integrityErrors(cases);
for (const e of errors) console.log(`integrity: ${e}`);
const score = scoreBlind(cases);
console.log(`${cases.length} cases, ${score.overall.labelled} labelled numbers (${errors.length} integrity errors)\n`);
console.log(formatScore(score));
if (args.includes('--list')) console.log(`\n${formatDisagreements(score)}`);
