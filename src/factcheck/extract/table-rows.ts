/**
 * Table rows: where a cell starts, the entity a row's first cell names, and the rows of a whole group (`| Sector |`,
 * `| Total |`). Pure.
 */
import type { Registry } from '../../domain/registry.ts';
import { GROUP_ROW_LABELS, MARKET_ROW_LABELS } from '../lexicon.ts';
import type { Sentence } from '../read/split-sentences.ts';
import type { EntityRef, Mention } from './claim-context.ts';

/** Start of the table cell holding `at`. */
export function cellStart(text: string, at: number): number {
  let k = at - 1;
  while (k >= 0 && text[k] !== '|' && text[k] !== '\n') k--;
  return k + 1;
}

/**
 * `| Sector | | -6.35% |`, `| Total | ...`: a row of the group the table's rows make up. A `Sector` row is the one
 * sector holding every asset row above it (that the heading or prose names, when they name one); a `Total` row is the
 * market only under rows of sectors or of the whole watchlist. Null otherwise (an `Average` of some rows is no fact).
 */
export function groupRow(
  text: string,
  sentence: Sentence,
  recent: readonly EntityRef[],
  headingSector: EntityRef | null,
  assets: readonly string[],
  registry: Registry,
): EntityRef | null {
  let close = text.indexOf('|', sentence.start + 1);
  if (close === -1 || close > sentence.end) close = sentence.end;
  const cell = text
    .slice(sentence.start + 1, close)
    .replace(/[*_]/g, '')
    .trim()
    .toLowerCase();
  if (GROUP_ROW_LABELS.has(cell)) {
    const named = headingSector ?? recent.find((e) => e.kind === 'sector') ?? null;
    if (assets.length === 0) return named;
    const holding = registry.sectors.filter((x) => assets.every((a) => x.members.includes(a)));
    const sector = named ? holding.find((x) => x.id === named.id) : holding.length === 1 ? holding[0] : undefined;
    return sector ? { kind: 'sector', id: sector.id } : null;
  }
  if (MARKET_ROW_LABELS.has(cell) && (assets.length === 0 || new Set(assets).size === registry.assets.length))
    return { kind: 'market', id: 'market' };
  return null;
}

/** The first entity named in a table row's first cell. */
export function firstCellMention(text: string, sentence: Sentence, mentions: Mention[]): EntityRef | null {
  const open = sentence.start;
  let close = text.indexOf('|', open + 1);
  if (close === -1 || close > sentence.end) close = sentence.end;
  const m = mentions.find((x) => x.start > open && x.end <= close);
  return m ? { kind: m.kind, id: m.id } : null;
}
