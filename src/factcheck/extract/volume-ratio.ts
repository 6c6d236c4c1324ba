/**
 * Figures that are a volume ratio, not a change or a dollar amount: `9% above its 7-day average` (1.09x), `volume
 * ratio 1.39`, `ratio of 0.95`; only where the nearest metric named before the figure is volume or none (`BTC open
 * interest is 9% above its weekly average` is no volume ratio) and not a pair's or a side's ratio (`ETH/BTC ratio`,
 * `long/short ratio`). Pure; looks at a few words around the figure.
 */
import {
  AVERAGE_WORDS,
  RATIO_ABOVE,
  RATIO_BELOW,
  RATIO_LINKS,
  RATIO_NEUTRAL,
  RATIO_SHARE,
  type MetricCue,
} from '../lexicon.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import { nextWord, previousWord, skipSpaces } from '../read/text-cursor.ts';
import type { PhraseHit } from '../read/tokenize.ts';

/** The figure read as a volume ratio when its words make it one, else the figure as it was. */
export function asVolumeRatio(text: string, number: ReadNumber, metrics: readonly PhraseHit<MetricCue>[]): ReadNumber {
  if (number.kind !== 'number' || namesOtherMetric(metrics, number)) return number;
  if (number.unit === 'pct') return aboveAverage(text, number) ?? number;
  // `volume ratio 1.39`, `ratio of 0.95`: a bare figure right after `ratio` is a ratio
  if (number.unit === 'none' && !number.denominator && afterRatio(text, number.start))
    return { ...number, unit: 'ratio' };
  // `0.8 of the 7d average`, `eight tenths of its seven-day average`: a share of the average is a ratio
  if (
    (number.unit === 'none' || number.fraction) &&
    !number.denominator &&
    number.value > 0 &&
    number.value < 1 &&
    OF_AVERAGE.test(text.slice(number.end, number.end + 48))
  )
    return { ...number, unit: 'ratio' };
  return number;
}
const OF_AVERAGE = new RegExp(
  String.raw`^\s*of\s+(?:(?:its|the|their)\s+)?(?:(?:7|seven)[-\s]?d(?:ay)?|weekly|usual|normal|recent)?\s*` +
    String.raw`(?:average|avg|norm|mean)\b`,
  'i',
);

/** The nearest metric cue before the figure in its sentence names another metric than volume (`open interest`). */
function namesOtherMetric(hits: readonly PhraseHit<MetricCue>[], number: ReadNumber): boolean {
  let nearest: PhraseHit<MetricCue> | undefined;
  for (const h of hits) if (h.end <= number.start) nearest = h;
  return nearest !== undefined && !RATIO_NEUTRAL.has(nearest.payload);
}

/**
 * `ratio 1.39`, `ratio of 0.95`, `ratio is 1.1`, `ratio: 0.9`: `ratio` just before the figure (or one word back); not a
 * pair's or a side's ratio (`ETH/BTC ratio`, `long/short ratio`, `put/call ratio`).
 */
function afterRatio(text: string, start: number): boolean {
  const k = text[start - 1] === ':' ? start - 1 : start;
  let w = previousWord(text, k);
  if (w.lower !== 'ratio' && RATIO_LINKS.has(w.lower)) w = previousWord(text, w.start);
  if (w.lower !== 'ratio') return false;
  // the run of characters before `ratio` up to the previous space: `ETH/BTC`, `long/short`
  let j = w.start - 1;
  while (j >= 0 && text[j] === ' ') j--;
  const end = j + 1;
  while (j >= 0 && text[j] !== ' ' && text[j] !== '\n' && end - j < 40) j--;
  return !text.slice(j + 1, end).includes('/');
}

/** `9% above its 7-day average`, `nine per cent above the weekly average`: the ratio 1.09, not a change. */
function aboveAverage(text: string, number: ReadNumber): ReadNumber | null {
  // `**30%** under its weekly average`: the emphasis closing the figure is skipped
  let e = number.end;
  while (e - number.end < 3 && (text[e] === '*' || text[e] === '_')) e++;
  let k = skipSpaces(text, e, 2);
  const side = nextWord(text, k);
  // `63% of its 7-day average`, `65% from average`: the share of the average is the ratio itself (0.63); after a move
  // word (`up 8.6% from its 7-day average`) it is a change against the average (1.086x), `down` one below it
  const move = previousWord(text, number.start).lower;
  const moved = RATIO_SHARE.has(side.lower) ? MOVE_BEFORE.get(move) : undefined;
  const above = RATIO_ABOVE.has(side.lower) || moved === 1;
  const share = RATIO_SHARE.has(side.lower) && moved === undefined;
  if (!above && !share && !RATIO_BELOW.has(side.lower) && moved !== -1) return null;
  k = side.end;
  for (let g = 0; g < 4; g++) {
    k = skipSpaces(text, k, 2);
    while (text[k] === '-' || (text[k]! >= '0' && text[k]! <= '9')) k++;
    const w = nextWord(text, k);
    if (AVERAGE_WORDS.has(w.lower) && share)
      return { ...number, unit: 'ratio', value: number.value / 100, halfUnit: number.halfUnit / 100, sign: 0 };
    if (AVERAGE_WORDS.has(w.lower)) {
      const sign = above ? 1 : -1;
      return {
        ...number,
        unit: 'ratio',
        value: 1 + (sign * Math.abs(number.value)) / 100,
        halfUnit: number.halfUnit / 100,
        sign: 0,
      };
    }
    if (!w.lower) return null;
    k = w.end;
  }
  return null;
}
const MOVE_BEFORE: ReadonlyMap<string, 1 | -1> = new Map([
  ['up', 1],
  ['rose', 1],
  ['higher', 1],
  ['gained', 1],
  ['down', -1],
  ['fell', -1],
  ['lower', -1],
  ['lost', -1],
]);
