/**
 * Numbers from collected news: a claim no fact supports, whose figure appears in a headline or summary of
 * the sheet's clusters, is `supported-by-source` when its sentence attributes it (`according to`,
 * `reported`, `said`, or the outlet's name). Without attribution it stays unsupported, with a hint.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { FactsSheet } from '../../domain/fact.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { readNumbers, type ReadNumber } from '../read/read-numbers.ts';

type SourceNumber = { number: ReadNumber; url: string; outlet: string; title: string; entities: ReadonlySet<string> };
const cache = new WeakMap<FactsSheet, SourceNumber[]>();

function sourceNumbers(sheet: FactsSheet): SourceNumber[] {
  const cached = cache.get(sheet);
  if (cached) return cached;
  const out: SourceNumber[] = [];
  for (const cluster of sheet.clusters) {
    const entities = new Set([...cluster.assets, ...cluster.sectors]);
    for (const headline of cluster.headlines) {
      const text = `${headline.title}\n${headline.summary ?? ''}`.slice(0, 4000);
      for (const number of readNumbers(text))
        if (number.kind === 'number')
          out.push({ number, url: headline.url, outlet: headline.sourceName, title: headline.title, entities });
    }
  }
  cache.set(sheet, out);
  return out;
}

/** Outlet names and ids that attribute a figure when a sentence names them. */
const outletCache = new WeakMap<FactsSheet, string[]>();
export function outletNames(sheet: FactsSheet): string[] {
  const cached = outletCache.get(sheet);
  if (cached) return cached;
  const names = new Set<string>();
  for (const cluster of sheet.clusters)
    for (const h of cluster.headlines) {
      names.add(h.sourceName);
      names.add(h.sourceId);
    }
  const list = [...names];
  outletCache.set(sheet, list);
  return list;
}

/** `claim` matches the source figure within the claim's own written precision. */
function sameFigure(a: ReadNumber, b: ReadNumber): boolean {
  const money = (n: ReadNumber) => n.unit === 'usd' || (n.unit === 'none' && n.scale !== 1);
  const kind = (n: ReadNumber) =>
    money(n) ? 'usd' : n.unit === 'pct' ? 'pct' : n.unit === 'ratio' ? 'ratio' : 'plain';
  if (kind(a) !== kind(b)) return false;
  return Math.abs(Math.abs(a.value) - Math.abs(b.value)) <= b.halfUnit + 1e-9 * Math.abs(a.value);
}

/** Upgrades an unsupported or contradicted claim whose attributed figure a collected headline carries. */
export function applySources(claim: Claim, draft: DraftClaim, sheet: FactsSheet): Claim {
  if (claim.verdict === 'supported') return claim;
  // A headline about another asset does not source this one's figure.
  // With no watchlist entity named, the sentence must name the outlet itself (`traders said` is not CoinDesk).
  const sentence = draft.sentence.text.toLowerCase();
  const about = (s: SourceNumber) =>
    !claim.entity
      ? sentence.includes(s.outlet.toLowerCase())
      : claim.entity === 'market' || s.entities.size === 0 || s.entities.has(claim.entity);
  const match = sourceNumbers(sheet).find((s) => sameFigure(s.number, draft.number) && about(s));
  if (!match) return claim;
  if (draft.attributed)
    return {
      ...claim,
      verdict: 'supported-by-source',
      sourceUrl: match.url,
      reason: `attributed; ${match.outlet} reports it: "${match.title.slice(0, 80)}"`,
    };
  if (claim.verdict === 'unsupported')
    return { ...claim, reason: `${claim.reason} (it appears in ${match.outlet}: attribute it to the source)` };
  return claim;
}
