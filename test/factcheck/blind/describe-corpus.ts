/**
 * One blind corpus as a test: its integrity (1,500+ labelled numbers, nine voices, every digit labelled) and its
 * gates per voice, on Markdown table rows and overall, so the test fails when either figure slips.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BlindScore,
  corpusDay,
  dayChecker,
  daySheet,
  formatDisagreements,
  formatScore,
  integrityErrors,
  loadCorpus,
  pct,
  scoreBlind,
} from './score.ts';
import type { BlindCase } from './types.ts';

/** Per voice (and `tables`, `overall`): [minimum % of wrong numbers flagged, maximum % of correct numbers flagged]. */
export type Gates = Record<string, [number, number]>;

/** The corpus in `folder`, scored against its day (the folder's day.ts, else the rally day: score.ts). */
export async function describeBlindCorpus(name: string, folder: URL, gates: Gates): Promise<void> {
  const dir = fileURLToPath(folder);
  const day = await corpusDay(dir);
  let cases: BlindCase[];
  let score: BlindScore;
  beforeAll(async () => {
    cases = await loadCorpus(dir);
    score = scoreBlind(cases, dayChecker(daySheet(day)));
    console.log(`blind corpus ${name} (${day} day)\n${formatScore(score)}`);
  });

  describe(`blind corpus ${name} (${day} day)`, () => {
    it('is intact: 1,500+ labelled numbers in nine voices, every digit labelled', () => {
      expect(integrityErrors(cases)).toEqual([]);
      expect(cases.reduce((n, c) => n + c.numbers.length, 0)).toBeGreaterThanOrEqual(1500);
      expect(new Set(cases.map((c) => c.voice)).size).toBe(9);
    });

    it('holds its gates per voice, on table rows and overall', () => {
      const tallies = new Map([...score.perVoice, ['tables', score.tables], ['overall', score.overall]]);
      const slipped: string[] = [];
      for (const [voice, [minWrong, maxCorrect]] of Object.entries(gates)) {
        const t = tallies.get(voice);
        if (!t) {
          slipped.push(`${voice}: no numbers`);
          continue;
        }
        const wrong = pct(t.wrongFlagged, t.wrong);
        const correct = pct(t.correctFlagged, t.correct);
        if (wrong < minWrong - 0.05) slipped.push(`${voice}: wrong flagged ${wrong.toFixed(1)} % < ${minWrong} %`);
        if (correct > maxCorrect + 0.05)
          slipped.push(`${voice}: correct flagged ${correct.toFixed(1)} % > ${maxCorrect} %`);
      }
      if (slipped.length) console.log(formatDisagreements(score));
      expect(slipped).toEqual([]);
    });
  });
}
