/**
 * Qualitative claims a fact decides: `funding turned negative` (sign of the funding fact) and
 * `the AI sector led losses` / `BTC led gains` (the entity's change is the lowest / highest of its kind).
 * Each becomes a claim with value null over the deciding words.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Registry } from '../../domain/registry.ts';
import type { Window } from '../../domain/units.ts';
import {
  sentenceLower,
  sentenceMentions,
  sentenceTokens,
  sentenceWindows,
  textReading,
  type TextReading,
} from '../extract/sentence-reading.ts';
import { factsFor, type CheckFact, type FactsLookup } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import { anySubstring } from '../read/any-substring.ts';
import type { Sentence } from '../read/split-sentences.ts';
import type { EntityMention } from '../extract/find-entities.ts';
import { describeFact, displayName } from './verify-claims.ts';
import { checkFundingPayer } from './funding-payer.ts';
import { checkMemberSuperlatives } from './member-superlatives.ts';
import { MEMBER_HINTS, RANK_ORDINALS } from '../lexicon.ts';
import { blankClaim } from '../blank-claim.ts';

const WHOLE_WORDS = new Set(['whole', 'entire', 'broader', 'broad', 'overall', 'wider']);
const MARKET_WORDS = new Set(['market', 'watchlist']);
const LOWER_WORDS = new Set(['lower', 'down']);
const LOSS_WORDS = new Set([
  'losses',
  'declines',
  'decline',
  'selloff',
  'sell',
  'slide',
  'drop',
  'decliners',
  'laggards',
  'downside',
  'retreat',
]);
const GAIN_WORDS = new Set(['gains', 'rally', 'advance', 'rebound', 'gainers', 'upside', 'recovery', 'advancers']);
const RANK_HINTS = ['weakest', 'strongest', 'worst', 'best'];
// (factories, not arrow functions bound to names: esbuild's keepNames, which tsx and the Worker bundle use, wraps a
// named function created per sentence in a defineProperty call)
/** sentenceMentions(reading, sentence) when asked for: entity matching is the costly part. */
function mentionsReader(reading: TextReading, sentence: Sentence): () => readonly EntityMention[] {
  return () => sentenceMentions(reading, sentence);
}

/** The sectors the sentence before names, when it is in the same paragraph and no heading. */
function sectorsReader(
  reading: TextReading,
  previous: Sentence | undefined,
  sentence: Sentence,
): () => readonly EntityMention[] {
  return () =>
    previous && previous.paragraph === sentence.paragraph && !previous.heading
      ? sentenceMentions(reading, previous).filter((m) => m.kind === 'sector')
      : [];
}

/** A claim on sentence[start, end) (sentence offsets). */
function claimMaker(sentence: Sentence): (start: number, end: number, partial: Partial<Claim>) => Claim {
  return (start, end, partial) =>
    blankClaim({
      text: sentence.text.slice(start, end),
      span: [sentence.start + start, sentence.start + end],
      sentence: sentence.text,
      ...partial,
    });
}

/** A sentence with none of these holds no qualitative claim (funding sign, `led`, ranks, member superlatives). */
const RULE_HINT = anySubstring(['funding', 'led ', ...RANK_HINTS, ...MEMBER_HINTS]);
const WEAK_WORDS = new Set(['weakest', 'worst']);
const STRONG_WORDS = new Set(['strongest', 'best']);
const STATE_VERBS = new Set([
  'turned',
  'flipped',
  'went',
  'was',
  'were',
  'is',
  'are',
  'remained',
  'stayed',
  'stays',
  'remain',
  'turning',
  'slipped',
  'moved',
  'now',
  'still',
  'rates',
  'rate',
  'has',
  'have',
  'had',
  'been',
  'back',
  'into',
  'territory',
  'deeply',
  'firmly',
  'slightly',
  'to',
]);

/** `longs` or `long ` in the lower-cased sentence (`side` is `long` or `short`): one search for the word. */
function sideNamed(lower: string, side: string): boolean {
  for (let k = lower.indexOf(side); k !== -1; k = lower.indexOf(side, k + 1)) {
    const next = lower.charCodeAt(k + side.length);
    if (next === 115 || next === 32) return true;
  }
  return false;
}

export function checkQualitative(
  text: string,
  registry: Registry,
  lookup: FactsLookup,
  defaultWindow: Window = '24h',
  reading: TextReading = textReading(text, registry),
): Claim[] {
  const claims: Claim[] = [];
  let before: Sentence | undefined;
  for (const sentence of reading.sentences) {
    const previous = before;
    before = sentence;
    if (sentence.text.length > 1500) continue;
    const lower = sentenceLower(reading, sentence);
    const payer = sideNamed(lower, 'long') && sideNamed(lower, 'short');
    if (!payer && !RULE_HINT.test(lower)) continue;
    const tokens = sentenceTokens(reading, sentence);
    // Entity matching is the costly part: done only once a rule's words are actually found.
    const mentionsOf = mentionsReader(reading, sentence);
    const stated = sentenceWindows(reading, sentence).find((h) => h.payload !== 'other')?.payload;
    const window: Window = stated && stated !== 'other' ? stated : defaultWindow;
    const make = claimMaker(sentence);
    if (payer) claims.push(...checkFundingPayer(lower, tokens, mentionsOf, registry, lookup, make));
    const sectorsBefore = sectorsReader(reading, previous, sentence);
    const members = checkMemberSuperlatives(
      sentence.text,
      tokens,
      mentionsOf,
      window,
      registry,
      lookup,
      make,
      sectorsBefore,
    );
    claims.push(...members.claims);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.lower === 'funding') {
        for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
          const w = tokens[k]!.lower;
          if (w !== 'negative' && w !== 'positive') {
            if (!STATE_VERBS.has(w) && k - i > 4) break;
            continue;
          }
          // (`Bitcoin funding was 0.0012%, while ether funding turned negative`: the asset named nearest before the
          // word `funding`, else the first one after it)
          const withFunding = mentionsOf().filter(
            (m) => m.kind === 'asset' && factsFor(lookup, 'asset', m.id, ['funding_rate']).length,
          );
          const asset = withFunding.filter((m) => m.end <= t.start).at(-1) ?? withFunding.find((m) => m.start >= t.end);
          const fact = asset
            ? factsFor(lookup, 'asset', asset.id, ['funding_rate'])[0]!
            : factsFor(lookup, 'market', 'market', ['funding_rate'])[0];
          const direction = w === 'negative' ? 'down' : 'up';
          if (!fact) {
            claims.push(
              make(tokens[k]!.start, tokens[k]!.end, {
                metric: 'funding_rate',
                direction,
                reason: `"funding ${w}": no funding fact`,
              }),
            );
            break;
          }
          const ok = w === 'negative' ? fact.value < 0 : fact.value > 0;
          claims.push(
            make(tokens[k]!.start, tokens[k]!.end, {
              metric: 'funding_rate',
              direction,
              entity: fact.entity.id,
              factId: fact.id,
              expected: fact.value,
              verdict: ok ? 'supported' : 'contradicted',
              reason: ok
                ? `matches ${fact.label} ${formatValue(fact.value, 'pct', true)}`
                : `says funding is ${w}, ${fact.label} is ${formatValue(fact.value, 'pct', true)}`,
            }),
          );
          break;
        }
      }
      // `X led losses`, `X was the weakest sector`, `X held up best`, `the best-performing sector`
      if (members.handled.has(i)) continue; // a member superlative (`X led losses among AI tokens`), checked above
      let k = i + 1;
      let word = '';
      let losses: boolean;
      if (t.lower === 'led') {
        if (tokens[k]?.lower === 'the') k++;
        // (`memes led the whole market today`: leading the market is leading its gains, `... lower` its losses)
        if (WHOLE_WORDS.has(tokens[k]?.lower ?? '') && MARKET_WORDS.has(tokens[k + 1]?.lower ?? '')) k++;
        word = tokens[k]?.lower ?? '';
        if (MARKET_WORDS.has(word)) {
          losses = LOWER_WORDS.has(tokens[k + 1]?.lower ?? '');
          if (losses) k++;
        } else {
          losses = LOSS_WORDS.has(word);
          if (!losses && !GAIN_WORDS.has(word)) continue;
        }
      } else if (WEAK_WORDS.has(t.lower) || STRONG_WORDS.has(t.lower)) {
        const next = tokens[i + 1]?.lower;
        const after = next === 'performing' || next === 'performer' ? tokens[i + 2]?.lower : next;
        const heldUp = t.lower === 'best' && tokens[i - 1]?.lower === 'up' && tokens[i - 2]?.lower === 'held';
        if (!heldUp && after !== 'sector' && after !== 'group') continue;
        // `the second-weakest sector`, `third strongest`: a rank below the extreme is not checked
        if (RANK_ORDINALS.has(tokens[i - 1]?.lower ?? '')) continue;
        losses = WEAK_WORDS.has(t.lower);
        word = losses ? 'losses' : 'gains';
        k = heldUp || after === next ? i + 1 : i + 2;
        if (heldUp) k = i;
      } else continue;
      {
        const subject = [...mentionsOf()]
          .reverse()
          .find((m) => m.end <= t.start && m.kind !== 'market' && (t.lower === 'led' || m.kind === 'sector'));
        if (!subject) continue;
        const peers: CheckFact[] =
          subject.kind === 'sector'
            ? registry.sectors.flatMap((s) =>
                factsFor(lookup, 'sector', s.id, ['change']).filter(
                  (f) => f.window === window && f.id.endsWith(`.change_${window}`),
                ),
              )
            : registry.assets.flatMap((a) =>
                factsFor(lookup, 'asset', a.id, ['change']).filter((f) => f.window === window),
              );
        const own = peers.find((f) => f.entity.id === subject.id);
        const span: [number, number] = k === i ? [tokens[i - 2]!.start, t.end] : [t.start, tokens[k]!.end];
        if (!own || peers.length < 2) {
          claims.push(
            make(span[0], span[1], {
              entity: subject.id,
              metric: 'change',
              reason: `"led ${word}": no ${window} change facts to rank`,
            }),
          );
          continue;
        }
        const extreme = peers.reduce((best, f) => ((losses ? f.value < best.value : f.value > best.value) ? f : best));
        const ok = extreme.entity.id === own.entity.id;
        claims.push(
          make(span[0], span[1], {
            entity: subject.id,
            metric: 'change',
            window,
            direction: losses ? 'down' : 'up',
            factId: own.id,
            expected: own.value,
            verdict: ok ? 'supported' : 'contradicted',
            reason: ok
              ? `${displayName(registry, subject.kind, subject.id)} has the ` +
                `${losses ? 'lowest' : 'highest'} ${window} change (${formatValue(own.value, 'pct', true)})`
              : `says ${displayName(registry, subject.kind, subject.id)} ` +
                `${t.lower === 'led' ? `led ${word}` : `was the ${losses ? 'weakest' : 'strongest'}`}, but ` +
                `${describeFact(registry, extreme)} vs ${formatValue(own.value, 'pct', true)}`,
          }),
        );
      }
    }
  }
  return claims;
}
