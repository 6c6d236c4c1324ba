/**
 * Numbers spelled out in words, the way wire copy and translated notes write them: `three point eight per cent`,
 * `a hundred and twelve thousand dollars`, `three thousand nine hundred and eighty-seven`, `four and a half per
 * cent`, `a hundred and twelve and a half thousand`, `fifty-eight ten-thousandths of a per cent`, `minus six per
 * cent`, `a dozen`. A hand-written scanner over words: linear, bounded to 24 words per number.
 */
import { NUMBER_WORDS, SPELLED_DIGITS, SPELLED_FRACTIONS_OF_UNIT, SPELLED_SCALES } from '../lexicon.ts';
import { isLetter } from './scan-literal.ts';
import { nextWord, type Word } from './text-cursor.ts';

export type Spelled = {
  start: number;
  end: number;
  value: number;
  halfUnit: number;
  unit: 'pct' | 'usd' | 'ratio' | 'none';
  /** Number words read (a single plain word like `three` is 1). */
  words: number;
  /** A unit word was written (`per cent`, `dollars`). */
  unitWritten: boolean;
  scale: number;
  sign: -1 | 0;
};

/** The next word after `pos`, skipping spaces and at most one hyphen (`twenty-seven`, `ten-thousandths`). */
function wordAfter(text: string, pos: number): Word & { hyphen: boolean } {
  let k = pos;
  let hyphen = false;
  while (k < text.length && k - pos < 3 && (text[k] === ' ' || text[k] === '-' || text[k] === '\u2011')) {
    if (text[k] !== ' ') hyphen = true;
    k++;
  }
  // (one literal, not a spread with a new property: see extract/mention-marks.ts marked)
  const w = nextWord(text, k);
  return { raw: w.raw, lower: w.lower, start: w.start, end: w.end, hyphen };
}

/** Reads a spelled number starting at the word at `start`; null when it is not one. */
export function readSpelled(text: string, start: number): Spelled | null {
  let w = nextWord(text, start);
  if (!w.lower) return null;
  // `half a billion dollars`: half of what `a billion dollars` reads
  if (w.lower === 'half') {
    const a = wordAfter(text, w.end);
    if ((a.lower === 'a' || a.lower === 'an') && SPELLED_SCALES.has(wordAfter(text, a.end).lower)) {
      const whole = readSpelled(text, a.start);
      if (whole && whole.sign === 0)
        return { ...whole, start, value: whole.value / 2, halfUnit: whole.halfUnit / 2, words: whole.words + 1 };
    }
  }
  let sign: -1 | 0 = 0;
  if (w.lower === 'minus') {
    sign = -1;
    w = wordAfter(text, w.end);
  }
  let total = 0; // completed groups times their scale
  let group = 0; // the group being read (< 1000)
  let words = 0;
  let end = start;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'point' = 'none';
  let decimals = 0;
  let fraction = 0;
  let halfUnit = 0.5;
  let scale = 1;
  let coarse = 0;
  const first = w;
  // `zero point zero zero four one`: a zero before its decimal point
  if (w.lower === 'zero' || w.lower === 'nought') {
    const p = wordAfter(text, w.end);
    if (p.lower !== 'point' || !SPELLED_DIGITS.has(wordAfter(text, p.end).lower)) return null;
    words = 1;
    end = w.end;
    last = 'unit';
    w = p;
  } else if (w.lower === 'a' || w.lower === 'an') {
    // `a hundred`, `a dozen`, `a thousand`
    const n = wordAfter(text, w.end);
    if (n.lower === 'hundred' || n.lower === 'dozen' || SPELLED_SCALES.has(n.lower)) {
      group = n.lower === 'dozen' ? 12 : 1;
      words = 1;
      w = n;
      if (n.lower === 'dozen') {
        words = 2;
        end = n.end;
        last = 'unit';
        w = wordAfter(text, n.end);
      } else last = 'unit';
    } else return null;
  }
  for (let guard = 0; guard < 24 && w.lower; guard++) {
    const lower = w.lower;
    const n = NUMBER_WORDS.get(lower);
    if (last === 'point') {
      const d = SPELLED_DIGITS.get(lower);
      if (d === undefined) break;
      decimals++;
      fraction += d / 10 ** decimals;
      words++;
      end = w.end;
      w = wordAfter(text, w.end);
      if (SPELLED_DIGITS.get(w.lower) === undefined) last = 'unit';
      else continue;
      continue;
    }
    if (lower === 'hundred' && (last === 'unit' || last === 'tens') && group % 100 > 0 && group < 100) {
      group *= 100;
      last = 'hundred';
    } else if (SPELLED_SCALES.has(lower) && last !== 'none' && last !== 'scale') {
      const s = SPELLED_SCALES.get(lower)!;
      const value = group + fraction;
      total += value * s;
      halfUnit = decimals ? 0.5 * 10 ** -decimals * s : halfOf(group) * s;
      scale = s;
      group = 0;
      fraction = 0;
      decimals = 0;
      last = 'scale';
    } else if (
      lower === 'point' &&
      (last === 'unit' || last === 'tens') &&
      SPELLED_DIGITS.has(wordAfter(text, w.end).lower)
    ) {
      last = 'point';
    } else if (lower === 'and' && (last === 'hundred' || last === 'scale' || last === 'unit' || last === 'tens')) {
      const n1 = wordAfter(text, w.end);
      const n2 = wordAfter(text, n1.end);
      // `one and six-tenths per cent`: a whole number and a few tenths (hundredths)
      const tenths = SPELLED_DIGITS.get(n1.lower);
      const part = SPELLED_FRACTIONS_OF_UNIT.get(n2.lower);
      if ((last === 'unit' || last === 'tens') && tenths !== undefined && tenths > 0 && part && part >= 0.01) {
        fraction += tenths * part;
        decimals = Math.max(decimals, part === 0.1 ? 1 : 2);
        words += 3;
        end = n2.end;
        w = wordAfter(text, n2.end);
        last = 'unit';
        continue;
      }
      if ((n1.lower === 'a' && (n2.lower === 'half' || n2.lower === 'quarter')) || n1.lower === 'three') {
        if (n1.lower === 'a') {
          fraction += n2.lower === 'half' ? 0.5 : 0.25;
          if (decimals < 2) decimals = n2.lower === 'half' ? 1 : 2;
          // `five and a half` is written to the nearest half (`5.41` reads as five and a half)
          coarse = n2.lower === 'half' ? 0.25 : 0.125;
          words += 3;
          end = n2.end;
          w = wordAfter(text, n2.end);
          last = 'unit';
          continue;
        }
      }
      if (last === 'hundred' || last === 'scale') {
        const v = NUMBER_WORDS.get(n1.lower);
        if (v === undefined || v >= 100) break;
        w = n1;
        continue; // `hundred and twelve`: read the next word as part of the group
      }
      break;
    } else if (n !== undefined && n < 100) {
      if (last === 'tens' && n < 10) group += n;
      else if (last === 'none' || last === 'hundred' || last === 'scale') group += n;
      else break;
      last = n >= 20 && n % 10 === 0 ? 'tens' : 'unit';
    } else break;
    words++;
    end = w.end;
    w = wordAfter(text, w.end);
  }
  if (words === 0) return null;
  let value = total + group + fraction;
  if (last !== 'scale')
    halfUnit = coarse ? coarse : decimals ? 0.5 * 10 ** -decimals : total > 0 && group === 0 ? halfUnit : halfOf(value);
  // units: `per cent`, `percent`, `pc`, `dollars`, `of a per cent`, `ten-thousandths of a per cent`
  let unit: Spelled['unit'] = 'none';
  let unitWritten = false;
  let after = wordAfter(text, end);
  const per = SPELLED_FRACTIONS_OF_UNIT.get(
    after.hyphen && after.lower === 'thousandths' ? 'thousandths' : after.lower,
  );
  if (per !== undefined || (after.lower === 'ten' && wordAfter(text, after.end).lower === 'thousandths')) {
    const factor = per ?? 1e-4;
    const thEnd = per !== undefined ? after.end : wordAfter(text, after.end).end;
    value *= factor;
    halfUnit *= factor;
    end = thEnd;
    words++;
    after = wordAfter(text, end);
    if (after.lower === 'of') {
      const a = wordAfter(text, after.end);
      const p = wordAfter(text, a.end);
      // (`four tenths of a point`, `a fifth of one per cent`: a part of a percentage point)
      if ((a.lower === 'a' || a.lower === 'one') && (p.lower === 'percent' || p.lower === 'per')) after = p;
      else if ((a.lower === 'a' || a.lower === 'one') && p.lower === 'point') {
        unit = 'pct';
        end = p.end;
        unitWritten = true;
        after = { ...p, lower: '' };
      }
    }
  }
  if (after.lower === 'percent' || after.lower === 'pc' || after.lower === 'pct') {
    unit = 'pct';
    end = after.end;
    unitWritten = true;
  } else if (after.lower === 'per' && wordAfter(text, after.end).lower === 'cent') {
    unit = 'pct';
    end = wordAfter(text, after.end).end;
    unitWritten = true;
  } else if (after.lower === 'times' || after.lower === 'fold') {
    unit = 'ratio';
    end = after.end;
    unitWritten = true;
  } else if (after.lower === 'cents' || after.lower === 'cent') {
    unit = 'usd';
    value /= 100;
    halfUnit /= 100;
    end = after.end;
    unitWritten = true;
  } else if (after.lower === 'dollars' || after.lower === 'usd') {
    unit = 'usd';
    end = after.end;
    unitWritten = true;
    // `two dollars and forty-four cents` is $2.44 (the cents are read once, never again: no recursion past them)
    const and = wordAfter(text, end);
    const cents = and.lower === 'and' && scale === 1 ? readSpelled(text, wordAfter(text, and.end).start) : null;
    if (cents && cents.unit === 'usd' && cents.value > 0 && cents.value < 1 && cents.sign === 0) {
      value += cents.value;
      halfUnit = cents.halfUnit;
      end = cents.end;
    } else if (scale === 1 && value < 1000 && text[end] === ' ' && and.lower !== 'and') {
      // `two dollars thirty`, `two dollars eighteen`: the cents said as a bare number right after (no unit of its own)
      const bare = readSpelled(text, and.start);
      if (
        bare &&
        !bare.unitWritten &&
        bare.sign === 0 &&
        Number.isInteger(bare.value) &&
        bare.value > 0 &&
        bare.value < 100
      ) {
        value += bare.value / 100;
        halfUnit = 0.005;
        end = bare.end;
      }
    }
  }
  if (first.lower === 'a' && words < 2) return null;
  return {
    start,
    end,
    value: sign === -1 ? -value : value,
    halfUnit,
    unit,
    words,
    unitWritten,
    scale,
    sign,
  };
}

/** Half of the last written digit of an integer, with zeros beyond three significant digits as rounding. */
function halfOf(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0.5;
  const digits = String(Math.round(value));
  let zeros = 0;
  for (let i = digits.length - 1; i >= 0 && digits[i] === '0'; i--) zeros++;
  return 0.5 * 10 ** Math.max(0, Math.min(zeros, digits.length - 3));
}

export const isWordStart = (text: string, at: number) => !isLetter(text[at - 1]);
