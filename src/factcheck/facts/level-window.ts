/**
 * Which level a level word names: `24h high` / `session low` / `day's high` the day's high or low, `30-day high` /
 * `monthly low` / `swing high` the 30-day swing level. Pure.
 */
import type { Metric } from '../../domain/fact.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { DAY_LEVEL, MONTH_LEVEL } from '../lexicon.ts';
import { lastMatch } from '../read/text-cursor.ts';

/** The window a level phrase in the figure's clause (up to 60 characters before it) names, else null. */
export function levelWindowOf(draft: DraftClaim): '24h' | '30d' | null {
  const { sentence, number } = draft;
  // (a table's `24h high` / `30d low` column names the window of its cells)
  if (sentence.text.startsWith('|') && (draft.window === '24h' || draft.window === '30d')) return draft.window;
  const at = number.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, at - 60), at);
  // the clause of the figure: after the last `;`, `|` or `. ` before it (a `,` does not cut it)
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('|'), before.lastIndexOf('. '));
  const clause = before.slice(cut + 1);
  const day = lastMatch(DAY_LEVEL_ALL, clause);
  const month = lastMatch(MONTH_LEVEL_ALL, clause);
  if (day === -1 && month === -1) return null;
  return day > month ? '24h' : '30d';
}

/** Global copies of the level phrases, compiled once (lastMatch resets their lastIndex). */
const DAY_LEVEL_ALL = new RegExp(DAY_LEVEL.source, 'gi');
const MONTH_LEVEL_ALL = new RegExp(MONTH_LEVEL.source, 'gi');

/** Narrows a level's metrics to the window its phrase names (`24h high`: the day's high, not the swing high). */
export function levelMetricsFor(metrics: Metric[], window: '24h' | '30d' | null): Metric[] {
  if (!window) return metrics;
  const keep = metrics.filter((m) =>
    window === '24h' ? m !== 'swing_high' && m !== 'swing_low' : m !== 'high' && m !== 'low',
  );
  return keep.length ? keep : metrics;
}
