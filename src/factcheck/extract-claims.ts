/**
 * Turns a Markdown text into draft claims: every number that is not a date, duration or rank, with the
 * context a reader would use: which entity (registry), which metric cue, which window, which direction,
 * which hedge, and whether it sits in a `from X to Y` pair. Pure and linear in the text length.
 */
import type { Registry } from '../domain/registry.ts';
import { ATTRIBUTION, directionIndex, hedgeIndex, metricIndex, windowIndex, type DirectionCue, type HedgeCue, type MetricCue, type WindowCue } from './context-words.ts';
import {
  anaphorKind, columnOf, columnWindows, cuesFor, directionFor, fromToOf, hedgeBefore, isSeparatorRow, pickEntity, windowFor,
  type EntityRef, type Mention,
} from './claim-context.ts';
import { findEntityMentions, type EntityKind } from './find-entities.ts';
import { readNumbers, type ReadNumber } from './read-numbers.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';
import { buildPhraseIndex, matchPhrases, phraseOf, tokenize, type Token } from './tokenize.ts';
import { segmentSentence, type Segment } from './segments.ts';

export type { EntityRef } from './claim-context.ts';
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
  /** `... to $17.1bn`: the value reached, not the amount of a change. */
  afterTo: boolean;
  /** The sentence attributes its numbers to a source (`according to`, `reported`, an outlet name). */
  attributed: boolean;
};
export type IgnoredNumber = { text: string; span: [number, number]; kind: 'date' | 'duration' | 'rank' | 'other' };

const attributionIndex = buildPhraseIndex(ATTRIBUTION.map((w) => phraseOf(w, true, 'any')));

/** Extracts draft claims and ignored numbers. `outlets` are source names whose mention attributes a number. */
export function extractClaims(text: string, registry: Registry, outlets: readonly string[] = []): { claims: DraftClaim[]; ignored: IgnoredNumber[] } {
  const numbers = readNumbers(text);
  const tokens = tokenize(text);
  const mentions = findEntityMentions(text, registry, tokens);
  const metricHits = matchPhrases(text, tokens, metricIndex);
  const windowHits = matchPhrases(text, tokens, windowIndex);
  const directionHits = matchPhrases(text, tokens, directionIndex);
  const hedgeHits = matchPhrases(text, tokens, hedgeIndex);
  const outletIndex = outletIndexFor(outlets);
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
    let sentenceAnaphor: EntityKind | 'none' | undefined;
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
      const ownAnaphor = segIndex === 0 && recent.length > 0 ? anaphorKind(text, segments[0]!) : null;
      const lookAhead = recent.length === 0 || (segIndex === 0 && ownAnaphor === null);
      const own = pickEntity(number, segments, segIndex, sMentions, lookAhead);
      const preferred = own ? null : (ownAnaphor ?? (sentenceAnaphor ??= anaphorKind(text, sentence) ?? 'none'));
      const candidatesRecent = preferred && preferred !== 'none' ? recent.filter((e) => e.kind === preferred) : recent;
      const entity = own ?? candidatesRecent[0] ?? recent[0] ?? null;
      const hedge = hedgeBefore(text, number, sHedges, sTokens);
      const afterTo = tokenBefore(sTokens, number.start, hedge ? hedge.text.length + 1 : 0) === 'to';
      claims.push({
        number, sentence, entity, entityInherited: own === null && entity !== null, recent: own === null && candidatesRecent.length ? candidatesRecent : recent,
        cues: cuesFor(number, segments, segIndex, sMetrics, sMentions, afterTo),
        window: (tableRow && tableWindows ? tableWindows[columnOf(text, sentence.start, number.start)] : null) ?? windowFor(number, segments[segIndex], sWindows) ?? headingWindow,
        direction: directionFor(text, number, sDirections, sTokens, segments[segIndex]),
        hedge: hedge?.cue ?? null, hedgeText: hedge?.text ?? null,
        fromTo: fromToOf(number, sTokens, numbers, n),
        afterTo,
        attributed,
      });
    }
    if (!sentence.heading) remember(sMentions);
  }
  return { claims, ignored };
}


/** Lower-cased word right before `at` (skipping `skip` characters of hedge), or ''. */
function tokenBefore(tokens: readonly Token[], at: number, skip: number): string {
  let found = '';
  for (const t of tokens) { if (t.end <= at - skip) found = t.lower; else break; }
  return found;
}

const outletCache = new Map<string, ReturnType<typeof buildPhraseIndex<true>>>();
/** Outlet-name phrases, cached by the list (the same sheet's outlets on every check). */
function outletIndexFor(outlets: readonly string[]) {
  const key = outlets.join('\u0000');
  let index = outletCache.get(key);
  if (!index) {
    index = buildPhraseIndex(outlets.filter((o) => o.length > 2).map((o) => phraseOf(o, true as const, 'any')));
    if (outletCache.size > 50) outletCache.clear();
    outletCache.set(key, index);
  }
  return index;
}
