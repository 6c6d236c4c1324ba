/**
 * Blind corpus A (issue 12): 165 cases in nine voices on the rally day, written without reading the checker and
 * labelled by hand. Checks the corpus's integrity (every digit labelled) and gates the scores per voice, on table
 * rows and overall at the figures reached, so the test fails when either figure slips. First-run and later
 * figures: docs/factcheck.md "Blind corpora". `npx tsx scripts/blind-score.ts test/factcheck/blind/A --list`
 * lists every disagreement.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BlindCase } from './types.ts';
import {
  type BlindScore,
  formatDisagreements,
  formatScore,
  integrityErrors,
  loadCorpus,
  pct,
  scoreBlind,
} from './score.ts';

/** Per voice: [minimum % of wrong numbers flagged, maximum % of correct numbers flagged]. */
const GATES: Record<string, [number, number]> = {
  daily: [100.0, 1.4],
  'desk-note': [100.0, 3.5],
  edited: [100.0, 7.3],
  llm: [97.9, 4.3],
  'sector-comma': [88.0, 2.9],
  social: [100.0, 9.7],
  table: [100.0, 1.8],
  wire: [97.7, 4.2],
  words: [94.6, 6.2],
  tables: [100.0, 1.7],
  overall: [97.6, 4.3],
};

let cases: BlindCase[];
let score: BlindScore;
beforeAll(async () => {
  cases = await loadCorpus(fileURLToPath(new URL('./A/', import.meta.url)));
  score = scoreBlind(cases);
  console.log(`blind corpus A\n${formatScore(score)}`);
});

describe('blind corpus A (rally day)', () => {
  it('is intact: 1,500+ labelled numbers in nine voices, every digit labelled', () => {
    expect(integrityErrors(cases)).toEqual([]);
    expect(cases.reduce((n, c) => n + c.numbers.length, 0)).toBeGreaterThanOrEqual(1500);
    expect(new Set(cases.map((c) => c.voice)).size).toBe(9);
  });

  it('holds its gates per voice, on table rows and overall', () => {
    const tallies = new Map([...score.perVoice, ['tables', score.tables], ['overall', score.overall]]);
    const slipped: string[] = [];
    for (const [name, [minWrong, maxCorrect]] of Object.entries(GATES)) {
      const t = tallies.get(name);
      if (!t) {
        slipped.push(`${name}: no numbers`);
        continue;
      }
      const wrong = pct(t.wrongFlagged, t.wrong);
      const correct = pct(t.correctFlagged, t.correct);
      if (wrong < minWrong - 0.05) slipped.push(`${name}: wrong flagged ${wrong.toFixed(1)} % < ${minWrong} %`);
      if (correct > maxCorrect + 0.05)
        slipped.push(`${name}: correct flagged ${correct.toFixed(1)} % > ${maxCorrect} %`);
    }
    if (slipped.length) console.log(formatDisagreements(score));
    expect(slipped).toEqual([]);
  });
});
