/**
 * Member superlatives: `GRT fell 5.6%, the steepest drop among the AI tokens`, `RENDER was the worst
 * performer of the AI names`, `GRT held up best among AI tokens`. When a sentence names a member asset and a
 * sector, the phrase is checked against the sector's best_/worst_ fact of the stated window (24h when none):
 * contradicted when the asset is not the fact's `related` member; no claim when no such fact exists. Pure.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Registry } from '../../domain/registry.ts';
import type { Window } from '../../domain/units.ts';
import type { EntityMention } from '../extract/find-entities.ts';
import { factsFor, type FactsLookup } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import {
  MEMBER_BIG,
  MEMBER_DOWN,
  MEMBER_GROUP_WORDS,
  MEMBER_LOWER_WORDS,
  MEMBER_PARTITIVE,
  MEMBER_PERFORMER,
  MEMBER_SELF,
  MEMBER_SMALL,
  MEMBER_SPAN_WORDS,
  MEMBER_UP,
} from '../lexicon.ts';
import type { Token } from '../read/tokenize.ts';
import { displayName } from './verify-claims.ts';

type Kind = 'best' | 'worst' | 'smallest-drop';
/** Every word a superlative phrase starts with (phraseAt). */
const STARTS: ReadonlySet<string> = new Set([
  ...MEMBER_BIG,
  ...MEMBER_SMALL,
  'led',
  'held',
  'worst',
  'weakest',
  'best',
  'strongest',
  'top',
]);
type Hit = { start: number; end: number; kind: Kind; led: boolean };

/** The phrase from token i to token k. */
function hitAt(tokens: readonly Token[], i: number, k: number, kind: Kind, led = false): Hit {
  return { start: tokens[i]!.start, end: tokens[k]!.end, kind, led };
}

/** The superlative phrase starting at token i, if any. */
function phraseAt(tokens: readonly Token[], i: number): Hit | null {
  const t = tokens[i]!.lower;
  if (!STARTS.has(t)) return null;
  const next = tokens[i + 1]?.lower ?? '';
  if (t === 'led') {
    const k = next === 'the' ? i + 2 : i + 1;
    const w = tokens[k]?.lower ?? '';
    if (MEMBER_GROUP_WORDS.has(w))
      return MEMBER_LOWER_WORDS.has(tokens[k + 1]?.lower ?? '')
        ? hitAt(tokens, i, k + 1, 'worst', true)
        : hitAt(tokens, i, k, 'best', true);
    return MEMBER_DOWN.has(w)
      ? hitAt(tokens, i, k, 'worst', true)
      : MEMBER_UP.has(w)
        ? hitAt(tokens, i, k, 'best', true)
        : null;
  }
  if (t === 'held' && next === 'up' && tokens[i + 2]?.lower === 'best') return hitAt(tokens, i, i + 2, 'best', true);
  if (MEMBER_SMALL.has(t) && MEMBER_DOWN.has(next)) return hitAt(tokens, i, i + 1, 'smallest-drop');
  if (MEMBER_BIG.has(t) && MEMBER_DOWN.has(next) && t !== 'best' && t !== 'strongest')
    return hitAt(tokens, i, i + 1, 'worst');
  if (MEMBER_BIG.has(t) && MEMBER_UP.has(next)) return hitAt(tokens, i, i + 1, 'best');
  if (
    ((t === 'worst' || t === 'weakest' || t === 'best' || t === 'strongest' || t === 'top') &&
      MEMBER_PERFORMER.has(next) &&
      t !== 'top') ||
    (t === 'top' && next === 'performer')
  )
    return hitAt(tokens, i, i + 1, t === 'worst' || t === 'weakest' ? 'worst' : 'best');
  return null;
}

/** `VIRTUAL posted its steepest drop since March`: a comparison with the asset's own past, not its peers. */
function selfComparison(tokens: readonly Token[], i: number, hit: Hit): boolean {
  if (MEMBER_SELF.has(tokens[i - 1]?.lower ?? '')) return true;
  let k = i;
  while (k < tokens.length && tokens[k]!.start < hit.end) k++;
  const next = tokens[k]?.lower;
  const after = tokens[k + 1]?.lower ?? '';
  return (
    next === 'since' ||
    next === 'ever' ||
    (next === 'in' &&
      (MEMBER_SPAN_WORDS.has(after) ||
        (after === 'the' && (tokens[k + 2]?.lower === 'past' || tokens[k + 2]?.lower === 'last'))))
  );
}

function partitive(text: string, tokens: readonly Token[], m: EntityMention): boolean {
  let k = m.firstToken - 1;
  if (tokens[k]?.lower === 'the') k--;
  return k >= 0 && MEMBER_PARTITIVE.has(tokens[k]!.lower) && text.length > 0;
}

export function checkMemberSuperlatives(
  text: string,
  tokens: readonly Token[],
  mentionsOf: () => readonly EntityMention[],
  window: Window,
  registry: Registry,
  lookup: FactsLookup,
  make: (start: number, end: number, partial: Partial<Claim>) => Claim,
  /** The sectors the sentence before (same paragraph) names: `Memecoins lost 3.7%. Pepe led the declines ...`. */
  sectorsBefore: () => readonly EntityMention[] = () => [],
): { claims: Claim[]; handled: Set<number> } {
  const claims: Claim[] = [];
  const handled = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const hit = phraseAt(tokens, i);
    if (!hit || selfComparison(tokens, i, hit)) continue;
    const own = mentionsOf();
    if (!own.some((m) => m.kind === 'asset')) continue;
    // (`led the declines` with no sector in the sentence: the one the sentence before names, when it holds the asset;
    // the market-wide rule would rank it against every asset)
    const mentions =
      own.some((m) => m.kind === 'sector') || tokens[i]!.lower !== 'led'
        ? own
        : withSectorBefore(own, hit, sectorsBefore, registry);
    if (!mentions.some((m) => m.kind === 'sector')) continue;
    const before = [...mentions].reverse().find((m) => m.end <= hit.start && m.kind !== 'market');
    // `The AI sector led losses`: the sector is the subject (sector-level rule), not a member
    if (before && before.kind === 'sector' && !partitive(text, tokens, before)) continue;
    // (`Memes best member DOGE +4.6%, worst member SHIB`: a name right after the phrase is its subject)
    const right = mentions.find(
      (m) => m.kind === 'asset' && m.start >= hit.end && /^[\s*_]*$/.test(text.slice(hit.end, m.start)),
    );
    const asset =
      right ??
      (before?.kind === 'asset'
        ? before
        : ([...mentions].reverse().find((m) => m.kind === 'asset' && m.end <= hit.start) ??
          mentions.find((m) => m.kind === 'asset' && m.start >= hit.end)));
    if (!asset) continue;
    // the group is a sector named in the sentence that holds the asset (the nearest after the phrase, else the last)
    const holds = (m: EntityMention) => m.kind === 'sector' && sectorHolds(registry, m.id, asset.id);
    const sectors = mentions.filter(holds);
    const sector = sectors.find((m) => m.start >= hit.end) ?? sectors.at(-1);
    if (!sector) continue;
    // `VIRTUAL led losses across the watchlist, as AI tokens slid`: the market is the peer group (market-wide rule)
    if (
      mentions.some(
        (m) =>
          m.kind === 'market' && m.start >= hit.end && m.start < (sector.start >= hit.end ? sector.start : Infinity),
      )
    )
      continue;
    for (let k = i; k < tokens.length && tokens[k]!.start < hit.end; k++) handled.add(k);
    const best = factsFor(lookup, 'sector', sector.id, ['best_change']).find((f) => f.window === window);
    const worst = factsFor(lookup, 'sector', sector.id, ['worst_change']).find((f) => f.window === window);
    let member: string | undefined;
    let value: number | undefined;
    let factId: string | null = null;
    if (hit.kind === 'worst' && worst) ({ related: member, value, id: factId } = worst);
    else if (hit.kind === 'best' && best) ({ related: member, value, id: factId } = best);
    else if (hit.kind === 'smallest-drop' && best) {
      if (best.value < 0) ({ related: member, value, id: factId } = best);
      else {
        // some members rose: the smallest drop is the highest change among the members that fell
        const ids = registry.sectors.find((s) => s.id === sector.id)?.members ?? [];
        for (const id of ids) {
          const change = factsFor(lookup, 'asset', id, ['change']).find((f) => f.window === window);
          if (change && change.value < 0 && (value === undefined || change.value > value)) {
            member = id;
            value = change.value;
            factId = change.id;
          }
        }
      }
    }
    if (!member || value === undefined) continue;
    const phrase = text.slice(hit.start, hit.end);
    const sectorName = displayName(registry, 'sector', sector.id);
    const named = displayName(registry, 'asset', asset.id);
    const ok = member === asset.id;
    claims.push(
      make(hit.start, hit.end, {
        entity: asset.id,
        metric: hit.kind === 'worst' ? 'worst_change' : 'best_change',
        window,
        direction: hit.kind === 'best' ? 'up' : 'down',
        factId,
        expected: value,
        verdict: ok ? 'supported' : 'contradicted',
        reason: ok
          ? `${named} is the ${hit.kind === 'worst' ? 'worst' : hit.kind === 'best' ? 'best' : 'smallest-drop'} ` +
            `${window} member of ` +
            `${sectorName} (${formatValue(value, 'pct', true)})`
          : `"${phrase}" names ${named}, but the ` +
            `${hit.kind === 'smallest-drop' ? 'smallest drop' : `${hit.kind} ${window} member`} of ${sectorName} is ` +
            `${displayName(registry, 'asset', member)} (${formatValue(value, 'pct', true)} over ${window})`,
      }),
    );
  }
  return { claims, handled };
}

/** The sentence's mentions with the last sector the sentence before names, when it holds the asset before `hit`. */
function withSectorBefore(
  own: readonly EntityMention[],
  hit: Hit,
  sectorsBefore: () => readonly EntityMention[],
  registry: Registry,
): readonly EntityMention[] {
  const asset = [...own].reverse().find((m) => m.kind === 'asset' && m.end <= hit.start);
  if (!asset || own.some((m) => m.kind === 'market')) return own;
  const sector = [...sectorsBefore()].reverse().find((m) => sectorHolds(registry, m.id, asset.id));
  // (placed before the sentence: `sectors.at(-1)` picks it, and no market mention stands between)
  return sector ? [{ ...sector, start: -1, end: -1 }, ...own] : own;
}

/** The registry's sector `sector` holds the asset `asset`. */
function sectorHolds(registry: Registry, sector: string, asset: string): boolean {
  return registry.sectors.some((x) => x.id === sector && x.members.includes(asset));
}
