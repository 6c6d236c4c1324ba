/**
 * Superlatives over a metric other than the price change: `Solana's funding was the most negative among the
 * majors at -0.0087%`, `ARB's volatility hit 91%, the highest on the watchlist`. A supported figure of funding,
 * realized volatility, open interest change or a volume ratio whose clause calls it the highest (lowest, most
 * negative, most volatile ...) is also a claim about who: the asset must hold the extreme value of that metric among
 * the assets that have it (the members of a sector named in the clause, else every asset with such a fact). When it
 * does not, the figure is contradicted and the reason names the real extreme. Ordinals (`second-highest`) are not
 * checked. Pure.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Metric } from '../../domain/fact.ts';
import { sentenceLower, sentenceMentions } from '../extract/sentence-reading.ts';
import { factsFor } from '../facts/facts-lookup.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Sentence } from '../read/split-sentences.ts';
import { formatValue } from '../facts/format-value.ts';
import { displayName } from './verify-claims.ts';
import type { RuleContext } from './registry.ts';

const RANKED: ReadonlySet<Metric> = new Set(['funding_rate', 'funding_apr', 'volatility', 'oi_change', 'volume_ratio']);
/** `highest`, `most volatile`: the maximum; `lowest`, `most negative`, `least volatile`: the minimum. */
// (global: read with matchAll, which copies them)
const HIGHEST_ALL = /\b(?:highest|most positive|most volatile|richest|hottest)\b/g;
const LOWEST_ALL = /\b(?:lowest|most negative|least volatile|calmest|most deeply negative)\b/g;
/** Either of them (not global: for test). */
const SUPERLATIVE_WORD = new RegExp(`${HIGHEST_ALL.source}|${LOWEST_ALL.source}`);
const ORDINAL = /\b(?:second|third|fourth|next)[- ](?:highest|lowest|most)\b/;
const MAJORS = /\b(?:majors?|large caps?|big (?:caps?|contracts)|large contracts)\b/;

type Span = { start: number; end: number; kind: string; id: string };
const numbersCache = new WeakMap<readonly DraftClaim[], Map<Sentence, ReadNumber[]>>();
/**
 * The figures of a sentence (its drafts' numbers, in order), grouped once per check: the only figures that can stand
 * between a superlative word and a figure of the sentence (linear; each figure used to scan every draft of the text).
 */
function sentenceNumbers(drafts: readonly DraftClaim[], sentence: Sentence): readonly ReadNumber[] {
  let bySentence = numbersCache.get(drafts);
  if (!bySentence) {
    bySentence = new Map();
    for (const d of drafts) {
      const list = bySentence.get(d.sentence) ?? [];
      list.push(d.number);
      bySentence.set(d.sentence, list);
    }
    numbersCache.set(drafts, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

/** What stands between a superlative word and its figure is read against (sentence offsets). */
type Between = {
  text: string;
  numbers: readonly ReadNumber[];
  sentenceStart: number;
  mentions: readonly Span[];
  own: string;
};

/** Nothing but words between a and b: no clause break, no figure, no other asset named. */
function free(x: Between, a: number, b: number): boolean {
  const between = x.text.slice(a, b);
  if (/[;!?\n]|\.\s|,\s*(?:and|but|while|with|as|whereas)\b|\bwhile\b|\bwhereas\b/.test(between)) return false;
  if (x.numbers.some((n) => n.start - x.sentenceStart >= a && n.end - x.sentenceStart <= b)) return false;
  return !x.mentions.some((m) => m.start >= a && m.end <= b && m.id !== x.own);
}

/** Another figure (within 200 characters before the figure at `at`) the word at k follows freely: it is that one's. */
function figureBefore(x: Between, at: number, k: number): boolean {
  return x.numbers.some(
    (n) => n.end - x.sentenceStart <= k && n.end - x.sentenceStart > at - 200 && free(x, n.end - x.sentenceStart, k),
  );
}

/**
 * The superlative word bound to the figure at..end (sentence offsets), with the span from the word to the figure:
 * nothing but words between them, no other figure, no other asset named and no new clause (`, and`, `; `, `while`).
 * A word after the figure binds to it as an appositive (`0.0187%, the richest of the majors`); one before it binds
 * unless it follows another figure as that one's appositive.
 */
function boundSuperlative(
  text: string,
  at: number,
  end: number,
  own: string,
  mentions: readonly Span[],
  ctx: RuleContext,
  sentence: Sentence,
): { max: boolean; from: number; to: number } | null {
  const numbers = sentenceNumbers(ctx.drafts, sentence);
  const sentenceStart = sentence.start;
  const between: Between = { text, numbers, sentenceStart, mentions, own };
  let best: { max: boolean; from: number; to: number; distance: number } | null = null;
  for (const re of [HIGHEST_ALL, LOWEST_ALL]) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const stop = start + m[0].length;
      const after = start >= end;
      if (after ? !free(between, end, start) : !free(between, stop, at)) continue;
      if (!after && figureBefore(between, at, start)) continue;
      const distance = after ? start - end : at - stop;
      if (!best || distance < best.distance)
        best = { max: re === HIGHEST_ALL, from: Math.min(start, at), to: Math.max(stop, end), distance };
    }
  }
  if (!best || ORDINAL.test(text.slice(Math.max(0, best.from - 12), best.to))) return null;
  return best;
}

export function checkMetricSuperlatives(claims: Claim[], ctx: RuleContext): Claim[] {
  return claims.map((claim, i) => {
    const d = ctx.drafts[i]!;
    if (claim.verdict !== 'supported' || !claim.metric || !RANKED.has(claim.metric) || !claim.factId) return claim;
    if (d.entity?.kind !== 'asset') return claim;
    const fact = ctx.lookup.byId.get(claim.factId);
    if (fact?.entity.kind !== 'asset') return claim;
    const text = sentenceLower(ctx.reading, d.sentence);
    // (no superlative word in the sentence: none is bound to the figure, and the sentence's names need not be read)
    if (!SUPERLATIVE_WORD.test(text)) return claim;
    const at = d.number.start - d.sentence.start;
    const end = d.number.end - d.sentence.start;
    const mentions = sentenceMentions(ctx.reading, d.sentence);
    const bound = boundSuperlative(text, at, end, d.entity.id, mentions, ctx, d.sentence);
    if (!bound) return claim;
    const { max, from } = bound;
    // the words of the group run on after the superlative (`the highest on the watchlist`, `from the majors`)
    let to = bound.to;
    while (to < text.length && !/[,;.!?\n]/.test(text[to]!) && to - bound.to < 60) to++;
    // `highest from the majors`: a group of no fact's (funding is quoted on the majors' perps only)
    if (MAJORS.test(text.slice(from, to)) && fact.metric !== 'funding_rate' && fact.metric !== 'funding_apr')
      return claim;
    // the group: a sector named in the clause that holds the asset, else every asset with this metric's fact
    const { registry, lookup } = ctx;
    const sector = mentions
      .filter((m) => m.kind === 'sector' && m.start >= from && m.end <= to)
      .map((m) => registry.sectors.find((s) => s.id === m.id && s.members.includes(fact.entity.id)))
      .find(Boolean);
    const ids = sector ? sector.members : registry.assets.map((a) => a.id);
    const peers = ids.flatMap((id) =>
      factsFor(lookup, 'asset', id, [fact.metric]).filter((f) => f.window === fact.window),
    );
    if (peers.length < 2) return claim;
    const extreme = peers.reduce((a, b) => ((max ? b.value > a.value : b.value < a.value) ? b : a));
    if (extreme.entity.id === fact.entity.id) return claim;
    const name = (id: string) => displayName(registry, 'asset', id);
    // (volatility and volume ratios carry no sign)
    const show = (v: number) =>
      formatValue(v, fact.unit, fact.metric !== 'volatility' && fact.metric !== 'volume_ratio');
    return {
      ...claim,
      verdict: 'contradicted',
      reason:
        `says ${name(fact.entity.id)}'s ${fact.label.replace(/^\S+\s/, '')} is the ${max ? 'highest' : 'lowest'}` +
        `${sector ? ` in ${displayName(registry, 'sector', sector.id)}` : ''}, but ${name(extreme.entity.id)}'s is ` +
        `${show(extreme.value)} (${name(fact.entity.id)} ${show(fact.value)})`,
    };
  });
}
