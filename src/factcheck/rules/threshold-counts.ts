/**
 * Counts with a threshold: `eight of the top ten AI tokens fell more than 70%` is one claim about the
 * members of a sector: how many (of the top N by market cap, when `top N` is written) moved beyond the
 * threshold over the window. Both the count and the threshold get that verdict.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Registry } from '../../domain/registry.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { factsFor, type FactsLookup } from '../facts/facts-lookup.ts';
import { displayName, statedSign } from './verify-claims.ts';

export function checkThresholdCounts(
  claims: Claim[],
  drafts: DraftClaim[],
  lookup: FactsLookup,
  registry: Registry,
): Claim[] {
  const out = claims.slice();
  for (let i = 0; i + 1 < drafts.length; i++) {
    const count = drafts[i]!;
    const threshold = drafts[i + 1]!;
    if (count.number.unit !== 'count' || count.number.fraction || threshold.sentence !== count.sentence) continue;
    if (threshold.number.unit !== 'pct' || (threshold.hedge !== 'more-than' && threshold.hedge !== 'less-than'))
      continue;
    if (threshold.number.start - count.number.end > 90) continue;
    // `the best of the ten large platforms; BNB, at under two per cent`: not one claim across a clause break
    // (`Three of the seven rose and four fell, leaving the group up less than 0.25%`: a clause after a comma that
    // speaks of the whole group holds the group's own move, not a threshold; `7 tokens, every member, rose more than
    // 9%` is still one claim)
    const between = count.sentence.text.slice(
      count.number.end - count.sentence.start,
      threshold.number.start - count.sentence.start,
    );
    // (`eight of ten rose, up a bit under half a per cent as a group`: the group's words may follow the figure)
    const after = count.sentence.text.slice(
      threshold.number.end - count.sentence.start,
      threshold.number.end - count.sentence.start + 24,
    );
    if (between.includes(';') || between.includes('. ') || GROUP_MOVE_CLAUSE.test(between)) continue;
    if (between.includes(',') && GROUP_AFTER.test(after)) continue;
    // (`one of the seven rose: FET, up less than 2%`: a figure of a named asset is that asset's move)
    if (between.includes(':') || (threshold.entity?.kind === 'asset' && !threshold.entityInherited)) continue;
    const sector =
      count.entity?.kind === 'sector' ? registry.sectors.find((s) => s.id === count.entity!.id) : undefined;
    const window =
      threshold.window && threshold.window !== 'other'
        ? threshold.window
        : count.window && count.window !== 'other'
          ? count.window
          : '24h';
    const claimed = count.number.value;
    const top = count.number.text.toLowerCase().includes('top') ? count.number.denominator : undefined;
    const mark = (verdict: Claim['verdict'], reason: string) => {
      out[i] = { ...out[i]!, verdict, reason, factId: null, expected: null };
      out[i + 1] = { ...out[i + 1]!, verdict, reason, factId: null, expected: null };
    };
    if (!sector) {
      mark('unsupported', `"${count.number.text}": no sector named to count members of`);
      continue;
    }
    if (count.window === 'other' || threshold.window === 'other') {
      mark('unsupported', `"${count.number.text}": facts cover 24h, 7d and 30d only`);
      continue;
    }
    const members = sector.members
      .map((id) => ({
        id,
        cap: factsFor(lookup, 'asset', id, ['market_cap'])[0]?.value ?? 0,
        change: factsFor(lookup, 'asset', id, ['change']).find((f) => f.window === window)?.value,
      }))
      .filter((m) => m.change !== undefined)
      .sort((a, b) => b.cap - a.cap);
    if (top !== undefined && top > members.length) {
      mark(
        'unsupported',
        `"${count.number.text}": ` +
          `${displayName(registry, 'sector', sector.id)} has ${members.length} members with data, ` +
          `fewer than ${top}`,
      );
      continue;
    }
    const pool = top === undefined ? members : members.slice(0, top);
    const sign = statedSign(count, 'change') || statedSign(threshold, 'change') || -1;
    const bound = Math.abs(threshold.number.value);
    const beyond = pool.filter((m) => {
      const moved = sign * m.change!;
      return threshold.hedge === 'more-than' ? moved > bound : moved < bound && moved >= 0;
    });
    const ok = beyond.length === claimed;
    const names = beyond
      .map((m) => `${registry.assets.find((a) => a.id === m.id)?.symbol ?? m.id} ${m.change!.toFixed(1)}%`)
      .join(', ');
    mark(
      ok ? 'supported' : 'contradicted',
      `${ok ? 'matches' : `says ${claimed}`}: ${beyond.length} of ${pool.length} ` +
        `${displayName(registry, 'sector', sector.id)} members moved ${sign < 0 ? 'down' : 'up'} ` +
        `${threshold.hedge === 'more-than' ? 'more' : 'less'} than ${bound}% ` +
        `over ${window}${names ? ` (${names})` : ''}`,
    );
  }
  return out;
}

/** A clause after a comma about the whole group (`, leaving the group`, `, the sector overall`): its figure is the group's. */
const GROUP_AFTER = /^\s*(?:as a (?:group|whole|sector|basket)|for the (?:group|sector|basket)|overall|on average)\b/i;
const GROUP_MOVE_CLAUSE = /,\s[^,]*\b(?:leaving|the group|the sector|the basket|as a group|overall|on average)\b/i;
