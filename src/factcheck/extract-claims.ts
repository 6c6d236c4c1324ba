/**
 * Turns a Markdown text into draft claims: every number that is not a date, duration or rank, with the
 * context a reader would use: which entity (registry), which metric cue, which window, which direction,
 * which hedge, and whether it sits in a `from X to Y` pair. Pure and linear in the text length.
 */
import type { Registry } from '../domain/registry.ts';
import {
  ATTRIBUTION, COUNT_CUES, POSTFIX_SKIP, WEAK_CUES, directionIndex, hedgeIndex, metricIndex, POSTFIX_DOWN, POSTFIX_UP, windowIndex,
  type DirectionCue, type HedgeCue, type MetricCue, type WindowCue,
} from './context-words.ts';
import { findEntityMentions, type EntityKind } from './find-entities.ts';
import { readNumbers, type ReadNumber } from './read-numbers.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';
import { buildPhraseIndex, matchPhrases, phraseOf, tokenize, type PhraseHit, type Token } from './tokenize.ts';
import { segmentSentence, type Segment } from './segments.ts';

export type EntityRef = { kind: EntityKind; id: string };
export type DraftClaim = {
  number: ReadNumber;
  sentence: Sentence;
  entity: EntityRef | null;
  /** The entity came from an earlier sentence (the resolver may also try market-wide facts). */
  entityInherited: boolean;
  /** Entities of earlier sentences, latest sentence first (its subject first): what `it` may refer to. */
  recent: EntityRef[];
  /** Metric cues of the number's segment, nearest first (already filtered for the number's unit). */
  cues: MetricCue[];
  window: WindowCue | null;
  direction: DirectionCue | null;
  hedge: HedgeCue | null;
  hedgeText: string | null;
  /** `from $A to $B`: A is `from`, B is `to`. */
  fromTo: 'from' | 'to' | null;
  /** The sentence attributes its numbers to a source (`according to`, `reported`, an outlet name). */
  attributed: boolean;
};
export type IgnoredNumber = { text: string; span: [number, number]; kind: 'date' | 'duration' | 'rank' | 'other' };

const attributionIndex = buildPhraseIndex(ATTRIBUTION.map((w) => phraseOf(w, true, 'any')));
const FILLERS = new Set(['a', 'an', 'by', 'at', 'to', 'of', 'just', 'still', 'the', 'only', 'was', 'is']);

/** Extracts draft claims and ignored numbers. `outlets` are source names whose mention attributes a number. */
export function extractClaims(text: string, registry: Registry, outlets: readonly string[] = []): { claims: DraftClaim[]; ignored: IgnoredNumber[] } {
  const numbers = readNumbers(text);
  const tokens = tokenize(text);
  const mentions = findEntityMentions(text, registry, tokens);
  const metricHits = matchPhrases(text, tokens, metricIndex);
  const windowHits = matchPhrases(text, tokens, windowIndex);
  const directionHits = matchPhrases(text, tokens, directionIndex);
  const hedgeHits = matchPhrases(text, tokens, hedgeIndex);
  const outletIndex = buildPhraseIndex(outlets.filter((o) => o.length > 2).map((o) => phraseOf(o, true, 'any')));
  const attributionHits = [...matchPhrases(text, tokens, attributionIndex), ...matchPhrases(text, tokens, outletIndex)].sort((a, b) => a.start - b.start);
  const claims: DraftClaim[] = [];
  const ignored: IgnoredNumber[] = [];
  let recent: EntityRef[] = [];
  const remember = (found: Mention[]) => {
    const next: EntityRef[] = [];
    for (const m of [...found, ...recent]) if (next.length < 8 && !next.some((e) => e.kind === m.kind && e.id === m.id)) next.push({ kind: m.kind, id: m.id });
    recent = next;
  };
  let headingWindow: WindowCue | null = null;
  let n = 0;
  let tableWindows: (WindowCue | null)[] | null = null;
  const cursor = { mention: 0, metric: 0, window: 0, direction: 0, hedge: 0, attribution: 0, token: 0 };
  for (const sentence of splitSentences(text)) {
    const inside = <T extends { start: number }>(list: T[], key: keyof typeof cursor): T[] => {
      while (cursor[key] < list.length && list[cursor[key]]!.start < sentence.start) cursor[key]++;
      const out: T[] = [];
      for (let k = cursor[key]; k < list.length && list[k]!.start < sentence.end; k++) out.push(list[k]!);
      return out;
    };
    const sMentions = inside(mentions, 'mention');
    const sMetrics = inside(metricHits, 'metric');
    const sWindows = inside(windowHits, 'window');
    const sDirections = inside(directionHits, 'direction');
    const sHedges = inside(hedgeHits, 'hedge');
    const sTokens = inside(tokens, 'token');
    const attributed = inside(attributionHits, 'attribution').length > 0;
    if (sentence.heading) {
      headingWindow = sWindows[0]?.payload ?? null;
      remember(sMentions);
    }
    const segments = segmentSentence(text, sentence, sTokens);
    // Markdown tables: a header row names each column's window (`| Sector | 24h | 7d |`).
    const tableRow = sentence.text.startsWith('|');
    if (!tableRow) tableWindows = null;
    else if (isSeparatorRow(text, sentence.end)) tableWindows = columnWindows(sentence.text);
    while (n < numbers.length && numbers[n]!.start < sentence.start) n++;
    for (; n < numbers.length && numbers[n]!.start < sentence.end; n++) {
      const number = numbers[n]!;
      if (number.kind !== 'number') {
        ignored.push({ text: number.text, span: [number.start, number.end], kind: number.kind });
        continue;
      }
      const seg = segments.findIndex((s) => number.start >= s.start && number.start < s.end);
      const segIndex = seg === -1 ? 0 : seg;
      const segment = segments[segIndex]!;
      const ownAnaphor = anaphorKind(text, segment);
      const lookAhead = recent.length === 0 || (segIndex === 0 && ownAnaphor === null);
      const own = pickEntity(number, segments, segIndex, sMentions, lookAhead);
      const preferred = ownAnaphor ?? anaphorKind(text, sentence);
      const candidatesRecent = preferred ? recent.filter((e) => e.kind === preferred) : recent;
      const entity = own ?? candidatesRecent[0] ?? recent[0] ?? null;
      const hedge = hedgeBefore(text, number, sHedges, sTokens);
      claims.push({
        number, sentence, entity, entityInherited: own === null && entity !== null, recent: own === null && candidatesRecent.length ? candidatesRecent : recent,
        cues: cuesFor(number, segments, segIndex, sMetrics, sMentions),
        window: (tableRow && tableWindows ? tableWindows[columnOf(text, sentence.start, number.start)] : null) ?? windowFor(number, segments[segIndex], sWindows) ?? headingWindow,
        direction: directionFor(text, number, sDirections, sTokens, segments[segIndex]),
        hedge: hedge?.cue ?? null, hedgeText: hedge?.text ?? null,
        fromTo: fromToOf(number, sTokens, numbers, n),
        attributed,
      });
    }
    if (!sentence.heading) remember(sMentions);
  }
  return { claims, ignored };
}

type Mention = { kind: EntityKind; id: string; start: number; end: number };

/** Own segment (nearest before, else after), then earlier non-aside segments, then later ones. */
function pickEntity(number: ReadNumber, segments: Segment[], seg: number, mentions: Mention[], leadingPhrase = true): EntityRef | null {
  const within = (s: Segment) => mentions.filter((m) => m.start >= s.start && m.start < s.end);
  const own = segments[seg] ? within(segments[seg]) : [];
  const before = own.filter((m) => m.end <= number.start);
  const pick = before.at(-1) ?? own.find((m) => m.start >= number.end);
  if (pick) return { kind: pick.kind, id: pick.id };
  for (let k = seg - 1; k >= 0; k--) {
    if (segments[k]!.aside) continue;
    const found = within(segments[k]!);
    if (found.length) return { kind: found.at(-1)!.kind, id: found.at(-1)!.id };
  }
  // A later subject owns the number only in a sentence-initial phrase (`Up 2% on the day, Bitcoin ...`);
  // otherwise `the sector ..., VIRTUAL, ...` refers back to an earlier sentence.
  if (!leadingPhrase) return null;
  for (let k = seg + 1; k < segments.length; k++) {
    if (segments[k]!.aside) continue;
    const found = within(segments[k]!);
    if (found.length) return { kind: found[0]!.kind, id: found[0]!.id };
  }
  return null;
}

/** Metric cues of the segment, nearest to the number first; a segment without entity or cue inherits the previous one's. */
function cuesFor(number: ReadNumber, segments: Segment[], seg: number, hits: PhraseHit<MetricCue>[], mentions: Mention[]): MetricCue[] {
  for (let k = seg; k >= 0; k--) {
    const s = segments[k]!;
    const countable = number.unit === 'count' || number.unit === 'none' || number.fraction === true;
    const inSeg = hits.filter((h) => h.start >= s.start && h.end <= s.end && (h.end <= number.start || h.start >= number.end) && (countable || !COUNT_CUES.has(h.payload)));
    if (inSeg.length) {
      const distance = (h: PhraseHit<MetricCue>) => (h.end <= number.start ? number.start - h.end : (h.start - number.end) * 1.5 + 2) + (WEAK_CUES.has(h.payload) ? 40 : 0);
      const cues = inSeg.sort((a, b) => distance(a) - distance(b)).map((h) => h.payload);
      // `, or 6.8% annualized`: an annualizing word alone borrows the metric of the clause before
      if (cues.every((c) => c === 'funding_apr') && k > 0) return [...cues, ...cuesFor({ ...number, start: segments[k - 1]!.end - 1, end: segments[k - 1]!.end - 1 }, segments, k - 1, hits, mentions)];
      return cues;
    }
    if (mentions.some((m) => m.start >= s.start && m.start < s.end) || (k < seg && s.aside)) break;
  }
  return [];
}

function windowFor(number: ReadNumber, segment: Segment | undefined, hits: PhraseHit<WindowCue>[]): WindowCue | null {
  if (segment) {
    const inSeg = hits.filter((h) => h.start >= segment.start && h.end <= segment.end);
    if (inSeg.length) return nearest(number, inSeg).payload;
  }
  return hits.length ? nearest(number, hits).payload : null;
}

function nearest<T extends { start: number; end: number }>(number: ReadNumber, hits: T[]): T {
  let best = hits[0]!;
  let bestDistance = Infinity;
  for (const h of hits) {
    const d = h.end <= number.start ? number.start - h.end : (h.start - number.end) * 1.2;
    if (d < bestDistance) { best = h; bestDistance = d; }
  }
  return best;
}

/** A direction noun right after the number (`a 6% drop`) wins; else the nearest direction word before it. */
function directionFor(text: string, number: ReadNumber, hits: PhraseHit<DirectionCue>[], tokens: Token[], segment: Segment | undefined): DirectionCue | null {
  if (number.unit === 'count' || number.fraction) {
    // `8 of 11 L1s fell`: the verb follows the counted noun
    const later = hits.find((h) => h.start >= number.end && h.start - number.end < 60 && (!segment || h.end <= segment.end));
    if (later) return later.payload;
  }
  const after = tokens.filter((t) => t.start >= number.end).slice(0, 3);
  for (const t of after) {
    if (POSTFIX_DOWN.has(t.lower)) return 'down';
    if (POSTFIX_UP.has(t.lower)) return 'up';
    if (!POSTFIX_SKIP.has(t.lower)) break;
  }
  let best: PhraseHit<DirectionCue> | null = null;
  for (const h of hits) if (h.end <= number.start) best = h;
  if (best && number.start - best.end < 160 && !text.slice(best.end, number.start).includes('\n')) return best.payload;
  return null;
}

function hedgeBefore(text: string, number: ReadNumber, hits: PhraseHit<HedgeCue>[], tokens: Token[]): { cue: HedgeCue; text: string } | null {
  let k = number.start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (text[k] === '~' || text[k] === '\u2248') return { cue: 'about', text: text[k]! };
  if (text[k] === '>') return { cue: 'more-than', text: '>' };
  if (text[k] === '<') return { cue: 'less-than', text: '<' };
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    if (hit.end > number.start) continue;
    const between = tokens.filter((t) => t.start >= hit.end && t.end <= number.start);
    if (between.length > 2 || !between.every((t) => FILLERS.has(t.lower))) return null;
    const gap = text.slice(hit.end, number.start);
    for (const c of gap) if (c === ',' || c === ';' || c === '.' || c === '\n' || c === ':') return null;
    return { cue: hit.payload, text: text.slice(hit.start, hit.end) };
  }
  return null;
}

function fromToOf(number: ReadNumber, tokens: Token[], numbers: ReadNumber[], idx: number): 'from' | 'to' | null {
  const before = tokens.filter((t) => t.end <= number.start).slice(-3).map((t) => t.lower);
  if (before.includes('from')) {
    const next = numbers[idx + 1];
    if (next && next.kind === 'number' && tokens.some((t) => t.lower === 'to' && t.start >= number.end && t.end <= next.start)) return 'from';
  }
  if (before.at(-1) === 'to' || (before.at(-2) === 'to' && before.at(-1) !== 'from')) {
    const prev = numbers[idx - 1];
    if (prev && tokens.some((t) => t.lower === 'from' && t.start < prev.start && t.start > prev.start - 30)) return 'to';
  }
  return null;
}

/** True when the line after `end` is a Markdown table separator (`|---|:--:|`). */
function isSeparatorRow(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && text[k] !== '\n') k++;
  k++;
  let dashes = 0;
  for (; k < text.length && text[k] !== '\n'; k++) {
    const c = text[k]!;
    if (c === '-') dashes++;
    else if (c !== '|' && c !== ':' && c !== ' ') return false;
  }
  return dashes >= 3;
}

function columnWindows(header: string): (WindowCue | null)[] {
  return header.split('|').slice(1).map((cell) => {
    const hits = matchPhrases(cell, tokenize(cell), windowIndex);
    return hits[0]?.payload ?? null;
  });
}

function columnOf(text: string, rowStart: number, at: number): number {
  let column = -1;
  for (let k = rowStart; k < at; k++) if (text[k] === '|') column++;
  return Math.max(0, column);
}

/** `the sector`, `the group` point back to a sector; `the token`, `the coin` to an asset. */
function anaphorKind(text: string, span: { start: number; end: number }): EntityKind | null {
  const lower = text.slice(span.start, Math.min(span.end, span.start + 400)).toLowerCase();
  if (lower.includes('the sector') || lower.includes('the group') || lower.includes('the basket') || lower.includes('the cohort')) return 'sector';
  if (lower.includes('the token') || lower.includes('the coin')) return 'asset';
  return null;
}
