/**
 * Ranks of a sector below the extreme: `Gaming was the second-best performer on the week`, `Second-best sector was
 * Memes`, `the third-weakest group`, `AI came third`, `DePIN ranked 3rd of the six sectors`. The sector named (before
 * the rank words, else the first one after them) must hold that place among the sectors' changes over the window,
 * counted from the top for best / strongest and a plain place, from the bottom for worst / weakest. The extreme itself
 * (`the best sector`) is qualitative.ts's; a rank of an asset is left alone (no group is named to rank it in). A
 * wrong rank makes the subject's figure beside it wrong; a rank with no figure is a claim of its own.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Window } from '../../domain/units.ts';
import { blankClaim } from '../blank-claim.ts';
import { sentenceLower, sentenceMentions, sentenceWindows } from '../extract/sentence-reading.ts';
import { factsFor, type CheckFact } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import { PLACE_ORDINALS } from '../lexicon.ts';
import type { Sentence } from '../read/split-sentences.ts';
import type { RuleContext } from './registry.ts';
import { displayName } from './verify-claims.ts';

const ORDINAL = '(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)';
/** `second-best sector`, `third weakest performer`, `2nd-best group`. */
const RANKED = new RegExp(
  String.raw`\b${ORDINAL}[- ]+(best|worst|strongest|weakest)(?:[- ]+performing)?[\s*_]+(sector|group|performer)\b`,
  'g',
);
/** `came third`, `ranked 3rd`, `finished fourth` (not `for a third straight day`). */
const PLACED = new RegExp(
  String.raw`\b(?:ranked|came|finished|placed)[\s*_]+(?:in[\s*_]+)?${ORDINAL}\b(?![\s*_]+(?:straight|consecutive|day|week|month|session|time))`,
  'g',
);
const BOTTOM = new Set(['worst', 'weakest']);
const HINT = /second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th/;

type Rank = {
  sentence: Sentence;
  /** Sentence offsets of the rank words. */
  start: number;
  end: number;
  subject: string;
  ok: boolean;
  reason: string;
  fact: CheckFact;
  window: Window;
};

/** Every sector rank the text states, with its verdict (read once per check: both rules below ask). */
const RANKS = new WeakMap<RuleContext['reading'], Rank[]>();
function findRanks(ctx: RuleContext): Rank[] {
  const known = RANKS.get(ctx.reading);
  if (known) return known;
  const ranks: Rank[] = [];
  RANKS.set(ctx.reading, ranks);
  const { registry, lookup } = ctx;
  for (const sentence of ctx.reading.sentences) {
    if (sentence.text.length > 1500) continue;
    const lower = sentenceLower(ctx.reading, sentence);
    if (!HINT.test(lower)) continue;
    const found: { start: number; end: number; place: number; bottom: boolean; after: boolean }[] = [];
    for (const m of lower.matchAll(RANKED)) {
      const start = m.index ?? 0;
      found.push({
        start,
        end: start + m[0].length,
        place: PLACE_ORDINALS.get(m[1]!)!,
        bottom: BOTTOM.has(m[2]!),
        after: true,
      });
    }
    for (const m of lower.matchAll(PLACED)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, place: PLACE_ORDINALS.get(m[1]!)!, bottom: false, after: false });
    }
    if (found.length === 0) continue;
    const stated = sentenceWindows(ctx.reading, sentence).find((h) => h.payload !== 'other')?.payload;
    const window: Window = stated && stated !== 'other' ? stated : (ctx.defaultWindow ?? '24h');
    const sectors: CheckFact[] = registry.sectors.flatMap((s) =>
      factsFor(lookup, 'sector', s.id, ['change']).filter((f) => f.id === `sector.${s.id}.change_${window}`),
    );
    if (sectors.length < 3) continue;
    const mentions = sentenceMentions(ctx.reading, sentence);
    for (const f of found) {
      const subject =
        mentions.filter((m) => m.end <= f.start).at(-1) ??
        (f.after ? mentions.find((m) => m.start >= f.end && m.kind === 'sector') : undefined);
      if (subject?.kind !== 'sector') continue;
      const order = sectors.slice().sort((a, b) => (f.bottom ? a.value - b.value : b.value - a.value));
      const held = order.findIndex((x) => x.entity.id === subject.id) + 1;
      if (held === 0) continue;
      const own = order[held - 1]!;
      const at = order[f.place - 1];
      const name = displayName(registry, 'sector', subject.id);
      const ok = held === f.place;
      const from = f.bottom ? 'from the bottom ' : '';
      ranks.push({
        sentence,
        start: f.start,
        end: f.end,
        subject: subject.id,
        ok,
        fact: own,
        window,
        reason: ok
          ? `${name} ranks ${f.place} of ${order.length} sectors ${from}over ${window} ` +
            `(${formatValue(own.value, 'pct', true)})`
          : `says ${name} ranks ${f.place} of ${order.length} sectors ${from}over ${window}, but it ranks ${held} ` +
            `(${formatValue(own.value, 'pct', true)})` +
            (at ? `; ${f.place} is ${displayName(registry, 'sector', at.entity.id)} ` : '') +
            (at ? `(${formatValue(at.value, 'pct', true)})` : ''),
      });
    }
  }
  return ranks;
}

/** The index of the subject's change figure next to the rank words (within 48 characters, no sentence between). */
function figureOf(rank: Rank, ctx: RuleContext): number {
  const { sentence, start, end, subject } = rank;
  for (let i = 0; i < ctx.drafts.length; i++) {
    const d = ctx.drafts[i]!;
    if (d.sentence !== sentence || d.number.unit !== 'pct' || d.entity?.id !== subject) continue;
    const at = d.number.start - sentence.start;
    if ((at >= end && at - end <= 48) || (d.number.end - sentence.start <= start && start - at <= 48)) return i;
  }
  return -1;
}

/** A wrong rank makes the subject's figure beside it wrong (`Memes were the second-best sector at -5.8%`). */
export function checkSectorRankFigures(claims: Claim[], ctx: RuleContext): Claim[] {
  const ranks = findRanks(ctx);
  if (ranks.length === 0) return claims;
  const out = claims.slice();
  for (const rank of ranks) {
    const i = figureOf(rank, ctx);
    if (i === -1 || rank.ok || out[i]!.verdict !== 'supported') continue;
    out[i] = { ...out[i]!, verdict: 'contradicted', reason: rank.reason };
  }
  return out;
}

/** A rank with no figure of its subject beside it is a claim of its own (`Gaming was the second-worst sector.`). */
export function checkSectorRanks(ctx: RuleContext): Claim[] {
  const claims: Claim[] = [];
  for (const rank of findRanks(ctx)) {
    if (figureOf(rank, ctx) !== -1) continue;
    const { sentence, start, end } = rank;
    claims.push(
      blankClaim({
        text: sentence.text.slice(start, end),
        span: [sentence.start + start, sentence.start + end],
        sentence: sentence.text,
        entity: rank.subject,
        metric: 'change',
        window: rank.window,
        factId: rank.fact.id,
        expected: rank.fact.value,
        verdict: rank.ok ? 'supported' : 'contradicted',
        reason: rank.reason,
      }),
    );
  }
  return claims;
}
