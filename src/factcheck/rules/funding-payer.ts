/**
 * Who pays funding: `longs pay shorts` holds when funding is positive, `shorts pay longs` when it is negative
 * (receivers the other way: `shorts collect funding from longs` means positive). Checked against the named
 * asset's funding fact, else the market's OI-weighted average. Pure; bounded look-ahead per token.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Registry } from '../../domain/registry.ts';
import type { EntityMention } from '../extract/find-entities.ts';
import { factsFor, type CheckFact, type FactsLookup } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import { displayName } from './verify-claims.ts';
import type { Token } from '../read/tokenize.ts';
import { PAY_VERBS, RECEIVE_VERBS } from '../lexicon.ts';

const GROUP: ReadonlyMap<string, 'long' | 'short'> = new Map([
  ['longs', 'long'],
  ['long', 'long'],
  ['shorts', 'short'],
  ['short', 'short'],
]);
const GROUP_NOUNS = new Set(['positions', 'holders', 'traders', 'sellers', 'side']);
const AUX = new Set([
  'are',
  'were',
  'is',
  'was',
  'be',
  'been',
  'being',
  'now',
  'still',
  'currently',
  'continue',
  'continued',
  'keep',
  'kept',
  'have',
  'has',
  'had',
  'effectively',
  'all',
  'to',
  'get',
  'gets',
  'got',
  'getting',
]);
const PAY: ReadonlySet<string> = new Set(PAY_VERBS);
const RECEIVE: ReadonlySet<string> = new Set(RECEIVE_VERBS);
const PASSIVE = new Set(['are', 'were', 'is', 'was', 'being', 'get', 'gets', 'got', 'getting', 'been']);
const FILLERS = new Set(['to', 'the', 'funding', 'from', 'a', 'premium']);
const COMPARED = /\b(?:unlike|than|versus|vs\.?|compared with|compared to)\s+(?:\$|the\s+)?$/;

/**
 * `tokens` and `mentionsOf()` are relative to the sentence whose lower-cased text is `lower`; `make` builds a claim
 * over a span of it.
 */
export function checkFundingPayer(
  lower: string,
  tokens: readonly Token[],
  mentionsOf: () => readonly EntityMention[],
  registry: Registry,
  lookup: FactsLookup,
  make: (start: number, end: number, partial: Partial<Claim>) => Claim,
): Claim[] {
  if (!lower.includes('long') || !lower.includes('short')) return [];
  const out: Claim[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const group = GROUP.get(tokens[i]!.lower);
    if (!group) continue;
    let k = i + 1;
    if (GROUP_NOUNS.has(tokens[k]?.lower ?? '')) k++;
    let passive = false;
    for (let g = 0; g < 4 && AUX.has(tokens[k]?.lower ?? ''); g++) {
      passive ||= PASSIVE.has(tokens[k]!.lower);
      k++;
    }
    const verb = tokens[k]?.lower ?? '';
    const pays = PAY.has(verb);
    if (!pays && !RECEIVE.has(verb)) continue;
    // `longs are paid by shorts`: the subject receives
    const payer =
      pays && !(verb === 'paid' && (passive || tokens[k + 1]?.lower === 'by'))
        ? group
        : group === 'long'
          ? 'short'
          : 'long';
    let end = k;
    let other: string | undefined;
    for (let m = k + 1; m < Math.min(tokens.length, k + 5); m++) {
      const w = tokens[m]!.lower;
      if (GROUP.has(w)) {
        other = GROUP.get(w);
        end = m;
        break;
      }
      if (!FILLERS.has(w) && w !== 'by') break;
    }
    if (other === group || (!other && !(RECEIVE.has(verb) && lower.includes('funding')))) continue;
    const positive = payer === 'long';
    // the assets named in the phrase's clause before it (`On SOL and XRP alike, longs paid`: each of them), else the
    // one named last before it (`BTC funding is positive and ether's dipped below zero, so shorts paid longs` is
    // about ether), else the first after it; never one it is compared with (`SOL, unlike ETH, had longs paying`)
    const withFunding = mentionsOf().filter(
      (m) =>
        m.kind === 'asset' &&
        !COMPARED.test(lower.slice(Math.max(0, m.start - 12), m.start)) &&
        factsFor(lookup, 'asset', m.id, ['funding_rate']).length,
    );
    const at = tokens[i]!.start;
    const before = withFunding.filter((m) => m.start < at);
    // the last asset named before the phrase, with the ones listed with it (`SOL and XRP`, `BTC, ETH`)
    const listed = before.length ? [before.at(-1)!] : withFunding.slice(0, 1);
    for (let k = before.length - 2; k >= 0; k--) {
      if (!/^\s*(?:,|and|&|or|,\s*and)\s*$/i.test(lower.slice(before[k]!.end, listed[0]!.start))) break;
      listed.unshift(before[k]!);
    }
    // (`..., and longs pay shorts on DOGE`: an asset named right after the phrase is its subject)
    const endAt = tokens[end]!.end;
    const onAsset = mentionsOf().find(
      (m) =>
        m.kind === 'asset' &&
        m.start > endAt &&
        /^\s+(?:on|for|in)\s+(?:\$|the\s+)?$/i.test(lower.slice(endAt, m.start)) &&
        factsFor(lookup, 'asset', m.id, ['funding_rate']).length,
    );
    // (a loop, not `map`: see read/tokenize.ts payloadsOf; `find` below deoptimized on the other element kind)
    const facts: CheckFact[] = [];
    for (const m of onAsset ? [onAsset] : listed) facts.push(factsFor(lookup, 'asset', m.id, ['funding_rate'])[0]!);
    const wrong = facts.find((f) => (payer === 'long' ? f.value <= 0 : f.value >= 0));
    const fact = wrong ?? facts[0] ?? factsFor(lookup, 'market', 'market', ['funding_rate'])[0];
    const span: [number, number] = [tokens[i]!.start, tokens[end]!.end];
    const says =
      `${payer === 'long' ? 'longs pay shorts' : 'shorts pay longs'} ` +
      `(funding ${positive ? 'positive' : 'negative'})`;
    if (!fact) {
      out.push(make(span[0], span[1], { metric: 'funding_rate', reason: `"${says}": no funding fact` }));
      i = end;
      continue;
    }
    const ok = positive ? fact.value > 0 : fact.value < 0;
    const who = fact.entity.kind === 'asset' ? displayName(registry, 'asset', fact.entity.id) : 'the market';
    out.push(
      make(span[0], span[1], {
        metric: 'funding_rate',
        direction: positive ? 'up' : 'down',
        entity: fact.entity.id,
        factId: fact.id,
        expected: fact.value,
        verdict: ok ? 'supported' : 'contradicted',
        reason: ok
          ? `${says}: ${fact.label} is ${formatValue(fact.value, 'pct', true)}`
          : `says ${says}, but ${fact.label} is ${formatValue(fact.value, 'pct', true)} ` +
            `(${who}: ${fact.value > 0 ? 'longs pay shorts' : fact.value < 0 ? 'shorts pay longs' : 'nobody pays'})`,
      }),
    );
    i = end;
  }
  return out;
}
