/**
 * Table rows: where a cell starts, the entity a row's first cell names, and the rows of a whole group (`| Sector |`,
 * `| Total |`). Pure.
 */
import type { Registry } from '../../domain/registry.ts';
import { GROUP_ROW_LABELS, MARKET_ROW_LABELS } from '../lexicon.ts';
import type { Sentence } from '../read/split-sentences.ts';
import { type Column, type EntityRef, type Mention, tableColumns } from './claim-context.ts';

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

/** The row's first cell is an entity's name alone (`| SOL |`, `| **Layer 1** |`), not a label naming one. */
export function firstCellIsName(text: string, sentence: Sentence, mentions: Mention[]): boolean {
  let close = text.indexOf('|', sentence.start + 1);
  if (close === -1 || close > sentence.end) close = sentence.end;
  const m = mentions.find((x) => x.start > sentence.start && x.end <= close);
  return m !== undefined && bareName(text.slice(sentence.start + 1, close), text.slice(m.start, m.end));
}

/** The first entity named in a table row's first cell. */
export function firstCellMention(text: string, sentence: Sentence, mentions: Mention[]): EntityRef | null {
  const open = sentence.start;
  let close = text.indexOf('|', open + 1);
  if (close === -1 || close > sentence.end) close = sentence.end;
  const m = mentions.find((x) => x.start > open && x.end <= close);
  return m ? { kind: m.kind, id: m.id } : null;
}

const UP_DOWN =
  /\b(?:up|adv|advancers|gainers|green|rose|risers)\s*\/\s*(?:down|dec|decliners|losers|red|fell|fallers)\b/i;

/** `| Advancers / decliners | 17 / 13 |`: a row whose first cell names an up / down pair. */
export function upDownRow(text: string, sentence: Sentence): boolean {
  let close = text.indexOf('|', sentence.start + 1);
  if (close === -1 || close > sentence.end) close = sentence.end;
  return UP_DOWN.test(text.slice(sentence.start, close));
}

/**
 * In an up / down cell (`3 / 1`, `8/2`), the whole number `at`..`end` counts advancers when a `/` and a number follow
 * it in the cell, decliners when it follows a `/`; null otherwise.
 */
export function upDownPart(text: string, at: number, end: number): 'advancers' | 'decliners' | null {
  const from = cellStart(text, at);
  if (/\/\s*$/.test(text.slice(from, at)) && /^\s*\d+\s*$/.test(text.slice(from, at).replace(/\/\s*$/, '')))
    return 'decliners';
  let close = text.indexOf('|', end);
  if (close === -1) close = text.indexOf('\n', end);
  const after = text.slice(end, close === -1 ? text.length : close);
  return /^\s*\/\s*\d+\s*$/.test(after) && /^\s*$/.test(text.slice(from, at)) ? 'advancers' : null;
}

/**
 * `| | ARB | OP | POL |`, `| Metric | BTC | ETH |`: a header whose first cell names no entity and whose other cells each
 * name one (at least two) makes a transposed table, one entity per column. Null otherwise.
 */
export function headerEntities(
  text: string,
  header: Sentence,
  mentions: readonly Mention[],
): (EntityRef | null)[] | null {
  const cells: (EntityRef | null)[] = [];
  let from = header.start;
  for (let k = header.start + 1; k <= header.end; k++) {
    if (k < header.end && text[k] !== '|') continue;
    // (assets and sectors only: `Cap (watchlist)`, `Breadth` name the market in an ordinary header)
    const m = mentions.filter((x) => x.start > from && x.end <= k && x.kind !== 'market');
    // (the cell is the name and nothing else: `vs BTC`, `BTC (24h)` are no entity columns)
    const bare = m.length === 1 && bareName(text.slice(from + 1, k), text.slice(m[0]!.start, m[0]!.end));
    cells.push(bare ? { kind: m[0]!.kind, id: m[0]!.id } : null);
    from = k;
  }
  if (cells[0] !== null || cells.slice(1).filter((c) => c !== null).length < 2) return null;
  return cells;
}

/** A transposed table row's first cell read as a header cell (`| 24h |`, `| Mkt cap |`, `| Vol 7d (ann.) |`). */
export function rowLabelColumn(text: string, row: Sentence): Column | null {
  let close = text.indexOf('|', row.start + 1);
  if (close === -1 || close > row.end) close = row.end;
  return tableColumns(`${text.slice(row.start, close)}|`)[0] ?? null;
}

/** The cell says only the name: `BTC`, `**ETH**`. */
export function bareName(cell: string, name: string): boolean {
  return cell.replace(/[*_`\s]/g, '') === name.replace(/\s/g, '');
}
