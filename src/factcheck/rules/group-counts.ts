/**
 * Counts of the groups the facts are made of, not of watchlist assets: sectors (`two of the six sectors finished
 * higher`, `all six sectors rose`) and perpetual contracts (`funding is negative on four of the five perps`). The
 * registry names the sectors and the facts name the perps (the assets with a funding rate), so such a count is checked
 * against them: the pool against the group's size, the count against the members that moved that way (sectors by their
 * change over the window, perps by their funding sign). A count of these groups is never a count of assets.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Window } from '../../domain/units.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { factsFor } from '../facts/facts-lookup.ts';
import type { RuleContext } from './registry.ts';

/** The counted noun right after the count (or its pool): `six sectors`, `of the five big perps`. */
const GROUP_NOUN =
  /^(?:\*\*)?\s*(?:(?:big|major|main|tracked|large|liquid|biggest|largest)\s+)*(sectors|sector groups|perps|perpetuals|perpetual contracts|perp markets|perpetual futures)\b/i;
const NEGATIVE = /\b(?:negative|below zero|shorts (?:are )?pay(?:ing)?)\b/i;
const POSITIVE = /\b(?:positive|above zero|longs (?:are )?pay(?:ing)?)\b/i;

export function checkGroupCounts(claims: Claim[], ctx: RuleContext): Claim[] {
  // the group noun of the last count of this sentence that named one: `Of the six sectors, five rose and one fell`,
  // `two sectors up, four down` count sectors in their later counts too
  let group: { sentence: DraftClaim['sentence']; noun: string } | null = null;
  return claims.map((claim, i) => {
    const d = ctx.drafts[i]!;
    const n = d.number;
    if (n.scale !== 1 || !Number.isInteger(n.value) || (n.unit !== 'count' && n.unit !== 'none')) return claim;
    const named = GROUP_NOUN.exec(ctx.text.slice(n.end, n.end + 40).replace(/^\s+/, ''))?.[1];
    if (named) group = { sentence: d.sentence, noun: named };
    const noun = named ?? (group?.sentence === d.sentence && n.unit === 'count' && !n.pool ? group.noun : null);
    if (!noun) return claim;
    const perps = noun.toLowerCase().startsWith('perp');
    const window: Window = d.window && d.window !== 'other' ? d.window : (ctx.defaultWindow ?? '24h');
    const members = perps ? perpSigns(ctx) : sectorMoves(ctx, window);
    const pool = members.length;
    // (`of the six sectors`: the pool counts them all, whatever moved)
    const sign = n.pool ? 0 : perps ? fundingSign(d) : moveSign(d);
    // (`open interest rose on three of the five perps`: a count of perps by something other than the funding sign is
    // left as it was read)
    if (perps && sign === 0 && (n.denominator !== undefined || d.direction !== null)) return claim;
    const counted = sign === 0 ? pool : members.filter((m) => Math.sign(m) === sign).length;
    const poolOk = n.denominator === undefined || n.denominator === pool;
    const ok = poolOk && n.value === counted;
    const what = perps
      ? `perps ${sign < 0 ? 'have a funding rate below zero' : sign > 0 ? 'have a funding rate above zero' : 'have a funding rate'}`
      : `sectors${sign > 0 ? ` rose over ${window}` : sign < 0 ? ` fell over ${window}` : ''}`;
    return {
      ...claim,
      entity: 'market',
      metric: null,
      unit: 'count',
      factId: null,
      expected: counted,
      verdict: ok ? 'supported' : 'contradicted',
      reason: `${ok ? '' : `says ${n.text}, but `}${counted} of ${pool} ${what}`,
    };
  });
}

/** Each perp's funding rate (the assets that have one). */
function perpSigns(ctx: RuleContext): number[] {
  const out: number[] = [];
  for (const asset of ctx.registry.assets) {
    const rate = factsFor(ctx.lookup, 'asset', asset.id, ['funding_rate'])[0];
    if (rate) out.push(rate.value);
  }
  return out;
}

/** Each sector's change over the window. */
function sectorMoves(ctx: RuleContext, window: Window): number[] {
  const out: number[] = [];
  for (const sector of ctx.registry.sectors) {
    const change = factsFor(ctx.lookup, 'sector', sector.id, ['change']).find((f) => f.window === window);
    if (change) out.push(change.value);
  }
  return out;
}

function fundingSign(d: DraftClaim): -1 | 0 | 1 {
  const s = d.sentence.text;
  if (NEGATIVE.test(s)) return -1;
  if (POSITIVE.test(s)) return 1;
  return 0;
}

function moveSign(d: DraftClaim): -1 | 0 | 1 {
  if (d.direction === 'up' || d.direction === 'positive') return 1;
  if (d.direction === 'down' || d.direction === 'negative') return -1;
  return 0;
}
