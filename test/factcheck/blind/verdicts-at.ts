/** The verdicts of the claims overlapping `find` in `markdown`, checked against a day's facts sheet (the rally day's). */
import { defaultRegistry } from '../../../src/config/watchlist.ts';
import { checkBrief } from '../../../src/factcheck/check-brief.ts';
import { daySheet } from './score.ts';

const sheets = new Map<string, ReturnType<typeof daySheet>>();

export function verdictsAt(
  markdown: string,
  find: string,
  defaultWindow: '24h' | '7d' = '24h',
  day = 'rally',
): string[] {
  const at = markdown.indexOf(find);
  if (at === -1) throw new Error(`${find} not in text`);
  let sheet = sheets.get(day);
  if (!sheet) {
    sheet = daySheet(day);
    sheets.set(day, sheet);
  }
  return checkBrief({ markdown, sheet, registry: defaultRegistry, defaultWindow })
    .claims.filter((c) => c.span[0] < at + find.length && c.span[1] > at)
    .map((c) => c.verdict);
}
