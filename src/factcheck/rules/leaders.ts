/**
 * Leaders and ranks: `Bittensor was the best AI token, up 8.7%`, `Best sector: gaming at 6.12%`, `Shiba Inu was the
 * worst at -5.24%`, a `Best` / `Worst` table column. A figure whose clause names a best / worst member (cue `best`
 * or `worst`) is also a claim about who: the named asset must be the best (worst) member of its group over the
 * window (the sector named in the sentence or the table row, `the sector's` -> the sector of an earlier sentence,
 * else the whole watchlist), and a sector called the best (worst) sector must have the highest (lowest) change of
 * the sectors. `second-best` and other ordinals are not checked. When the claim about who is wrong, the figure is
 * contradicted and the reason names the real leader.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Window } from '../../domain/units.ts';
import { sentenceLower, sentenceMentions } from '../extract/sentence-reading.ts';
import type { Sentence } from '../read/split-sentences.ts';
import type { CheckFact } from '../facts/facts-lookup.ts';
import { changeFact, factsFor } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import type { RuleContext } from './registry.ts';
import { displayName } from './verify-claims.ts';

const WATCHLIST = new RegExp(
  [
    String.raw`\b(watchlist|whole market|entire market|of all|overall|`,
    "across the market|day's (best|worst)|week's (best|worst)|",
    String.raw`biggest (gainer|loser) of the (day|week))\b`,
  ].join(''),
);
/**
 * `top gainer`, `the day's biggest loser`: the movers of the day are ranked over the watchlist unless a group is
 * named.
 */
const MOVERS = /\b(top|biggest|largest) (gainer|loser|winner|decliner)s?\b|\b(day|week)'s (biggest|top)\b/;
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'runner', 'next'];
/** `second-best`, `third-weakest`, `next biggest`: the words an ordinal ranks below the extreme. */
const RANKED = ['best', 'worst', 'weakest', 'strongest', 'biggest', 'largest'];
const SECTOR_LEADER = new RegExp(
  [
    String.raw`\b(best|worst|strongest|weakest|top|leading|biggest|worst-performing|best-performing)`,
    String.raw`[- ](performing )?(sector|group)\b`,
    String.raw`|\bday's (best|worst) performer\b`,
    String.raw`|\bweek's (best|worst) (performer|sector)\b`,
  ].join(''),
);

const SUPERLATIVE = new RegExp(
  [
    String.raw`\b(best|worst|top|strongest|weakest|laggard|leader|`,
    String.raw`outperformer|underperformer|biggest|leading|st\u00e4rkster?|`,
    String.raw`schw\u00e4chster?|meilleure?|mejor|faible|pire|peor)\b`,
  ].join(''),
  'g',
);
// (an emoji ends a clause in a post: `$WIF best at +4.8% 💀 $DOGE +2.1%`)
const BREAK = /[,;.|\u00b7\n\u2600-\u27bf]|[\ud800-\udbff]/;
/**
 * The superlative belongs to this figure's subject: no clause break between the subject's mention (the last one
 * before the figure) and the nearest superlative word (`$NEAR +8.9% best L1 today, $SUI +7.1%`: not SUI's).
 */
function boundToSuperlative(of: Sentence, at: number, id: string, ctx: RuleContext): boolean {
  const sentence = of.text;
  const mention = sentenceMentions(ctx.reading, of)
    .filter((m) => m.id === id && m.start < at)
    .at(-1);
  if (!mention) return true;
  const lower = sentenceLower(ctx.reading, of);
  // a superlative between the subject and its figure is the subject's (`..., while The Sandbox was the best at
  // -1.6%`), whatever stands nearer before the subject
  for (const m of lower.slice(mention.end, at).matchAll(SUPERLATIVE))
    if (!BREAK.test(sentence.slice(mention.end, mention.end + (m.index ?? 0)).replace(/\d[.,]\d/g, '0'))) return true;
  let best: { start: number; end: number } | null = null;
  for (const m of lower.matchAll(SUPERLATIVE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const distance = start >= mention.end ? start - mention.end : mention.start - end;
    if (!best || distance < (best.start >= mention.end ? best.start - mention.end : mention.start - best.end))
      best = { start, end };
  }
  if (!best) return false;
  const between =
    best.start >= mention.end ? sentence.slice(mention.end, best.start) : sentence.slice(best.end, mention.start);
  return !BREAK.test(between.replace(/\d[.,]\d/g, '0'));
}

const MEMBER_RANK = /\b(?:best|worst|weakest|strongest|top)(?:-performing)? (?:member|name|token|coin) (?:at|with|,)/;
const LEADS = /^[\s*_)]*(?:led|leads|leading|topped|tops|paced|paces|headed|heads)\s+(?:the\s+|all\s+)?[\s*_]*$/i;
const LEAD_VERB = /(?:led|leads|leading|topped|tops|paced|paces|headed|heads)\s/i;
const LED_BY =
  /^[\s*_]*(?:tokens\s+|sector\s+|group\s+|names\s+)?(?:was|were|is|are)\s+(?:led|paced|headed)\s+by[\s*_]+$/i;
/**
 * `Helium led DePIN with +0.8%`, `Gaming was led by Axie, up 2.4%`: the sector the asset is said to lead, right before
 * its figure; else null.
 */
function ledGroup(of: Sentence, at: number, asset: string, ctx: RuleContext): string | null {
  // (no lead verb anywhere in the sentence: LEADS cannot match, and the sentence's names need not be read)
  if (!LEAD_VERB.test(of.text)) return null;
  const mentions = sentenceMentions(ctx.reading, of).filter((m) => m.end <= at);
  const own = mentions.filter((m) => m.kind === 'asset' && m.id === asset).at(-1);
  if (!own) return null;
  // `Gaming was led by Axie, up 2.4%`: the passive names the group first
  const leader = mentions.filter((m) => m.kind === 'sector' && m.end <= own.start).at(-1);
  if (leader && LED_BY.test(of.text.slice(leader.end, own.start))) {
    const rest = of.text.slice(own.end, at).toLowerCase();
    return /^[\s*_]*(?:,|with|at|\()[^.;]{0,24}$/.test(rest) && !/loss|declin|drop|lower|down/.test(rest)
      ? leader.id
      : null;
  }
  const sector = mentions.filter((m) => m.kind === 'sector' && m.start >= own.end).at(0);
  if (!sector || !LEADS.test(of.text.slice(own.end, sector.start))) return null;
  // the figure follows the group (`... DePIN with +0.8%`, `... DePIN, up 0.8%`), and no losses are led
  const tail = of.text.slice(sector.end, at).toLowerCase();
  return /^[\s*_]*(?:sector\s+|group\s+|tokens\s+)?(?:with|at|,|:|\()[^.;]{0,24}$/.test(tail) &&
    !/loss|declin|drop|lower/.test(tail)
    ? sector.id
    : null;
}

/** `memes led the whole market today +1.8%`, `Arbitrum led the watchlist with 2.4%`: the subject leads everything. */
function ledMarket(of: Sentence, at: number, kind: string, id: string, ctx: RuleContext): boolean {
  const own = sentenceMentions(ctx.reading, of)
    .filter((m) => m.kind === kind && m.id === id && m.end <= at)
    .at(-1);
  if (!own) return false;
  const between = of.text.slice(own.end, at);
  return LEADS_MARKET.test(between) && !/loss|declin|drop|lower/i.test(between);
}
const LEADS_MARKET =
  /^[\s*_)]*(?:led|leads|topped|tops|headed)\s+(?:the\s+)?(?:whole\s+|entire\s+|broader\s+|overall\s+)?(?:market|watchlist)\b[^.;,\d]{0,24}[^\d]{0,8}$/i;

export function checkLeaders(claims: Claim[], ctx: RuleContext): Claim[] {
  return claims.map((claim, i) => {
    const d = ctx.drafts[i]!;
    if (claim.verdict !== 'supported' || d.number.unit !== 'pct' || !d.entity) return claim;
    // `Helium led DePIN with +0.8%`: the asset, a leading verb and its sector before the figure say who was best
    const led =
      d.entity.kind === 'asset' ? ledGroup(d.sentence, d.number.start - d.sentence.start, d.entity.id, ctx) : null;
    const leadsAll = !led && ledMarket(d.sentence, d.number.start - d.sentence.start, d.entity.kind, d.entity.id, ctx);
    const cue = led || leadsAll ? 'best' : d.cues[0];
    if (cue !== 'best' && cue !== 'worst') return claim;
    if (d.window === 'other') return claim;
    const lower = sentenceLower(ctx.reading, d.sentence);
    if (ORDINALS.some((o) => RANKED.some((r) => lower.includes(`${o}-${r}`) || lower.includes(`${o} ${r}`))))
      return claim;
    const window: Window = d.window ?? ctx.defaultWindow ?? '24h';
    if (
      !led &&
      !leadsAll &&
      !d.sentence.text.startsWith('|') &&
      !boundToSuperlative(d.sentence, d.number.start - d.sentence.start, d.entity.id, ctx)
    )
      return claim;
    const best = cue === 'best';
    const { registry, lookup } = ctx;
    const changeOf = (kind: 'asset' | 'sector', id: string) => changeFact(lookup, kind, id, window);
    const contradict = (leader: string, fact: CheckFact | undefined, what: string): Claim => ({
      ...claim,
      verdict: 'contradicted',
      factId: fact?.id ?? claim.factId,
      expected: fact?.value ?? claim.expected,
      reason: `says ${what} was the ${best ? 'best' : 'worst'} over ${window}, but ${leader}`,
    });
    if (d.entity.kind === 'sector') {
      if (!leadsAll && !SECTOR_LEADER.test(lower)) return claim;
      const sectors = registry.sectors.flatMap((s) => {
        const f = changeOf('sector', s.id);
        return f ? [f] : [];
      });
      if (sectors.length < 2) return claim;
      const extreme = sectors.reduce((a, b) => ((best ? b.value > a.value : b.value < a.value) ? b : a));
      const own = sectors.find((f) => f.entity.id === d.entity!.id);
      const name = displayName(registry, 'sector', d.entity.id);
      if (extreme.entity.id !== d.entity.id)
        return contradict(
          `${displayName(registry, 'sector', extreme.entity.id)} moved ${formatValue(extreme.value, 'pct', true)} ` +
            `(${name} ${own ? formatValue(own.value, 'pct', true) : 'n/a'})`,
          own,
          name,
        );
      return claim;
    }
    if (d.entity.kind !== 'asset') return claim;
    const asset = d.entity.id;
    // The group: the nearest sector named before the figure in its sentence that has this asset, else a sector of
    // the sentences before; the whole watchlist only when the sentence says so. Otherwise there is no group to rank.
    const at = d.number.start - d.sentence.start;
    const mentions = sentenceMentions(ctx.reading, d.sentence).filter((m) => m.kind === 'sector');
    const before = mentions.filter((m) => m.end <= at).reverse();
    const has = (id: string) => registry.sectors.find((s) => s.id === id && s.members.includes(asset));
    const group =
      (led ? has(led) : undefined) ??
      before.map((m) => has(m.id)).find(Boolean) ??
      mentions.map((m) => has(m.id)).find(Boolean) ??
      d.recent
        .filter((e) => e.kind === 'sector')
        .map((e) => has(e.id))
        .find(Boolean);
    // A mover with no group in its sentence: the day's (week's) movers, or no sector in the sentences before
    const movers = mentions.length === 0 && MOVERS.exec(lower);
    // (`the worst member`, `the best member` rank a group; `watchlist cap` elsewhere in the sentence names no ranking)
    const member = group !== undefined && MEMBER_RANK.test(lower);
    const watchlist = leadsAll || (!member && WATCHLIST.test(lower)) || (movers ? Boolean(movers[3]) || !group : false);
    if (!group && !watchlist) return claim;
    const symbol = (id: string) => displayName(registry, 'asset', id);
    if (group && !watchlist) {
      const fact = factsFor(lookup, 'sector', group.id, [best ? 'best_change' : 'worst_change']).find(
        (f) => f.window === window,
      );
      if (!fact?.related) return claim;
      if (fact.related.toLowerCase() === asset || fact.related.toLowerCase() === symbol(asset).toLowerCase())
        return claim;
      return contradict(
        `${displayName(registry, 'sector', group.id)}'s ${best ? 'best' : 'worst'} member was ` +
          `${symbol(fact.related.toLowerCase())} ${formatValue(fact.value, 'pct', true)}`,
        fact,
        symbol(asset),
      );
    }
    const all = registry.assets.flatMap((a) => {
      const f = changeOf('asset', a.id);
      return f ? [f] : [];
    });
    if (all.length < 2) return claim;
    const extreme = all.reduce((a, b) => ((best ? b.value > a.value : b.value < a.value) ? b : a));
    if (extreme.entity.id === asset) return claim;
    return contradict(
      `the watchlist's ${best ? 'best' : 'worst'} was ` +
        `${symbol(extreme.entity.id)} ${formatValue(extreme.value, 'pct', true)}`,
      extreme,
      symbol(asset),
    );
  });
}
