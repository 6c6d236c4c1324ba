/**
 * Directional claims without a number, decided by a fact: `every coin on the watchlist is green` (the watchlist's
 * decliners), `all seven AI names rose` (the sector's decliners), `every sector fell` (the sectors' changes),
 * `Layer-two tokens fell over the week` (the named entity's change over the stated window, else the brief's).
 * Each becomes a claim over its words; a clause that holds a figure is left to the figure's own checks.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Window } from '../../domain/units.ts';
import { sentenceLower, sentenceMentions, sentenceWindows } from '../extract/sentence-reading.ts';
import { factsFor } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import { anySubstring } from '../read/any-substring.ts';
import type { Sentence } from '../read/split-sentences.ts';
import type { RuleContext } from './registry.ts';
import { displayName } from './verify-claims.ts';
import { blankClaim } from '../blank-claim.ts';

const UP = new Set(['rose', 'gained', 'advanced', 'climbed', 'rallied', 'green', 'higher', 'up', 'rise', 'gain']);
const DOWN = new Set([
  'fell',
  'dropped',
  'declined',
  'lost',
  'slipped',
  'red',
  'lower',
  'down',
  'fall',
  'slid',
  'retreated',
]);
const GROUP_PART_BEFORE =
  /\b(only|one|of|among|two|three|four|five|six|seven|eight|nine|ten|\d+|no|none|lone|sole|single)\s+(the\s+)?$/;
const UNIVERSAL = /\b(every|all|each)\b/;
const GROUP_NOUNS = /\b(coins?|tokens?|assets?|names|members|sectors?|groups?)\b/;
const CLAUSE_END = /[,;:.!?\n]|\b(and|while|but|whereas|though|although)\b/;
const HAS_FIGURE = /\d|%|\b(one|two|three|four|five|six|seven|eight|nine|ten|half|quarter|third|dozen|percent|cent)\b/;

/** A direction claim on sentence[start, end) (sentence offsets) over `window`. */
function directionClaim(
  sentence: Sentence,
  window: Window,
  start: number,
  end: number,
  partial: Partial<Claim>,
): Claim {
  return blankClaim({
    text: sentence.text.slice(start, end),
    span: [sentence.start + start, sentence.start + end],
    sentence: sentence.text,
    metric: 'change',
    window,
    verdict: 'supported',
    ...partial,
  });
}

export function checkDirections(ctx: RuleContext): Claim[] {
  const { registry, lookup } = ctx;
  const claims: Claim[] = [];
  for (const sentence of ctx.reading.sentences) {
    if (sentence.text.length > 600 || sentence.text.startsWith('|') || sentence.heading) continue;
    const lower = sentenceLower(ctx.reading, sentence);
    if (!hasDirectionWord(lower)) continue;
    const windows = sentenceWindows(ctx.reading, sentence);
    const stated = windows.find((h) => h.payload !== 'other');
    if (windows.some((h) => h.payload === 'other')) continue;
    const window: Window = stated && stated.payload !== 'other' ? stated.payload : (ctx.defaultWindow ?? '24h');
    const mentions = sentenceMentions(ctx.reading, sentence);
    // `every coin on the watchlist is green`, `all seven AI names rose`, `every sector fell`
    const universal = UNIVERSAL.exec(lower);
    if (universal) {
      const from = universal.index;
      const tail = lower.slice(from, from + 90);
      const noun = GROUP_NOUNS.exec(tail);
      const verb = noun ? directionAfter(tail, noun.index + noun[0].length) : null;
      if (noun && verb) {
        const end = from + verb.end;
        const up = verb.up;
        const sectorNamed = mentions.find(
          (m) => m.kind === 'sector' && m.start >= from && m.start < from + noun.index + 1,
        );
        let finding: Claim | null = null;
        if (noun[1]!.startsWith('sector') || noun[1]!.startsWith('group')) {
          if (!sectorNamed) {
            const changes = registry.sectors.flatMap((s) =>
              factsFor(lookup, 'sector', s.id, ['change']).filter(
                (f) => f.window === window && f.id.endsWith(`change_${window}`),
              ),
            );
            if (changes.length >= 2) {
              const against = changes.filter((f) => (up ? f.value <= 0 : f.value >= 0));
              finding = directionClaim(sentence, window, from, end, {
                entity: 'market',
                direction: up ? 'up' : 'down',
                verdict: against.length ? 'contradicted' : 'supported',
                reason: against.length
                  ? `says every sector ${up ? 'rose' : 'fell'} over ${window}, but ` +
                    against
                      .map(
                        (f) => `${displayName(registry, 'sector', f.entity.id)} ${formatValue(f.value, 'pct', true)}`,
                      )
                      .join(', ')
                  : `every sector moved ${up ? 'up' : 'down'} over ${window}`,
              });
            }
          }
        } else {
          const entity = sectorNamed
            ? { kind: 'sector' as const, id: sectorNamed.id }
            : { kind: 'market' as const, id: 'market' };
          const against = factsFor(lookup, entity.kind, entity.id, [up ? 'decliners' : 'advancers']).find(
            (f) => f.window === window || !f.window,
          );
          if (against)
            finding = directionClaim(sentence, window, from, end, {
              entity: entity.id,
              metric: up ? 'decliners' : 'advancers',
              direction: up ? 'up' : 'down',
              factId: against.id,
              expected: against.value,
              verdict: against.value > 0 ? 'contradicted' : 'supported',
              reason:
                against.value > 0
                  ? `says every member ${up ? 'rose' : 'fell'}, but ${against.label} is ${against.value}`
                  : `matches ${against.label} ${against.value}`,
            });
        }
        if (finding && !HAS_FIGURE.test(lower.slice(from, end))) claims.push(finding);
      }
    }
    // `Layer-two tokens fell over the week`: a named entity, a direction verb, no figure in the clause
    for (const m of mentions) {
      if (m.kind === 'market') continue;
      // `the only meme token in the red`, `one of the AI names that fell`, `the lone meme coin`, `3 of 4 DePIN names
      // rose`, `No meme token rose`, `none of the seven AI names`: a member, a count or a negation, not the group
      if (GROUP_PART_BEFORE.test(lower.slice(Math.max(0, m.start - 16), m.start))) continue;
      const after = lower.slice(m.end, m.end + 40);
      const verb = directionAfter(after, 0, 2);
      if (!verb) continue;
      const clauseEnd = clauseEndAfter(lower, m.end + verb.end);
      const clause = lower.slice(m.start, clauseEnd);
      if (
        HAS_FIGURE.test(clause) ||
        /\b(to|from|toward|towards|above|below|past|through|back)\b/.test(lower.slice(m.end + verb.end, clauseEnd))
      )
        continue;
      const fact = factsFor(lookup, m.kind, m.id, ['change']).find(
        (f) => f.window === window && f.id.endsWith(`change_${window}`),
      );
      if (!fact || Math.abs(fact.value) < 0.05) continue;
      const ok = verb.up ? fact.value > 0 : fact.value < 0;
      claims.push(
        directionClaim(sentence, window, m.start, m.end + verb.end, {
          entity: m.id,
          direction: verb.up ? 'up' : 'down',
          factId: fact.id,
          expected: fact.value,
          verdict: ok ? 'supported' : 'contradicted',
          reason: ok
            ? `matches ${fact.label} ${formatValue(fact.value, 'pct', true)}`
            : `says ${displayName(registry, m.kind, m.id)} ${verb.up ? 'rose' : 'fell'}, but ` +
              `${fact.label} is ${formatValue(fact.value, 'pct', true)}`,
        }),
      );
    }
  }
  return claims;
}

const DIRECTION_HINT = anySubstring([
  'rose',
  'gain',
  'advanc',
  'climb',
  'rall',
  'green',
  'higher',
  'fell',
  'drop',
  'declin',
  'lost',
  'slip',
  'red',
  'lower',
  'slid',
  'retreat',
  ' up',
  ' down',
]);
function hasDirectionWord(lower: string): boolean {
  return DIRECTION_HINT.test(lower);
}

/** The words directionAfter steps over on its way to a direction verb. */
const DIRECTION_SKIPS = new Set(
  ['is', 'are', 'was', 'were', 'ended', 'finished', 'closed', 'token', 'tokens', 'coin', 'coins', 'names', 'on'].concat(
    ['the', 'watchlist', 'list', 'in', 'all', 'of', 'its', 'members', 'also'],
  ),
);
/** A direction verb right after `from` (allowing `is` / `are` / `ended` / `finished` / group nouns, `skip` words). */
function directionAfter(s: string, from: number, skip = 4): { up: boolean; end: number } | null {
  const re = /[a-z]+/g;
  re.lastIndex = from;
  for (let k = 0; k <= skip; k++) {
    const m = re.exec(s);
    if (!m) return null;
    if (UP.has(m[0])) return { up: true, end: m.index + m[0].length };
    if (DOWN.has(m[0])) return { up: false, end: m.index + m[0].length };
    if (!DIRECTION_SKIPS.has(m[0])) return null;
  }
  return null;
}

function clauseEndAfter(s: string, from: number): number {
  const m = CLAUSE_END.exec(s.slice(from));
  return m ? from + m.index : s.length;
}
