/**
 * Scores a blind fact-check corpus folder (test/factcheck/blind/<batch>/, format in test/factcheck/blind/types.ts)
 * against the authored day it is labelled on (the folder's day.ts, `export const day = 'chop'`; without one the
 * rally day) and prints the table: per voice, table rows and overall, the share of wrong numbers flagged, of correct
 * numbers flagged, and exact-label agreement. `--list` also prints every disagreement.
 * `--integrity` runs no checker: it prints the corpus's size per voice (cases, numbers, share labelled wrong) and its
 * integrity errors, for a writer who must not see verdicts (docs/blind-writer.md); exit 1 on any integrity error.
 * Usage: npx tsx scripts/blind-score.ts test/factcheck/blind/A [--list | --integrity]
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
  pct,
  scoreBlind,
} from '../test/factcheck/blind/score.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/blind-score.ts DIR [--list | --integrity]');
  process.exit(2);
}
const day = await corpusDay(resolve(dir));
const cases = await loadCorpus(resolve(dir));
const errors = integrityErrors(cases);
for (const e of errors) console.log(`integrity: ${e}`);
if (args.includes('--integrity')) {
  const voices = new Map<string, { cases: number; numbers: number; wrong: number }>();
  for (const c of cases) {
    const v = voices.get(c.voice) ?? { cases: 0, numbers: 0, wrong: 0 };
    v.cases++;
    v.numbers += c.numbers.length;
    v.wrong += c.numbers.filter((n) => n.label === 'contradicted' || n.label === 'unsupported').length;
    voices.set(c.voice, v);
  }
  for (const [voice, v] of voices)
    console.log(
      `${voice.padEnd(13)} cases ${v.cases}  numbers ${v.numbers}  wrong ${pct(v.wrong, v.numbers).toFixed(1)} %`,
    );
  const total = cases.reduce((n, c) => n + c.numbers.length, 0);
  console.log(`${cases.length} cases on the ${day} day, ${total} labelled numbers, ${voices.size} voices`);
  console.log(errors.length ? `${errors.length} integrity errors` : 'integrity ok');
  process.exit(errors.length ? 1 : 0);
}
const score = scoreBlind(cases, dayChecker(daySheet(day)));
console.log(
  `${cases.length} cases on the ${day} day, ${score.overall.labelled} labelled numbers (${errors.length} integrity errors)\n`,
);
console.log(formatScore(score));
if (args.includes('--list')) console.log(`\n${formatDisagreements(score)}`);
