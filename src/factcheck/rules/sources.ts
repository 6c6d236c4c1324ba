/**
 * Numbers from collected news: a claim no fact supports, whose figure appears in a headline or summary of
 * the sheet's clusters, is `supported-by-source` when its sentence attributes it (`according to`,
 * `reported`, `said`, or the outlet's name). Without attribution it stays unsupported, with a hint.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { FactsSheet } from '../../domain/fact.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { readNumbers, type ReadNumber } from '../read/read-numbers.ts';

type SourceNumber = {
  number: ReadNumber;
  url: string;
  outlet: string;
  outletId: string;
  title: string;
  /** The headline's title and summary. */
  text: string;
  entities: ReadonlySet<string>;
  /** The headline's sentence holding the figure speaks of the whole market (`total crypto market cap`). */
  marketWide: boolean;
};
const MARKET_WORDS = ['market', 'total', 'combined', 'all cryptocurrencies', 'overall', 'global'];
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
          out.push({
            number,
            url: headline.url,
            outlet: headline.sourceName,
            outletId: headline.sourceId,
            title: headline.title,
            text,
            entities,
            marketWide: marketWide(text, number),
          });
    }
  }
  cache.set(sheet, out);
  return out;
}

const COMMON = new Set(['crypto', 'bitcoin', 'market', 'markets', 'today', 'after', 'their', 'about', 'while']);
/** Lower-case words of five letters or more, cut to their first five (`liquidations` ~ `liquidated`). */
function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z]{5,}/g)) if (!COMMON.has(m[0])) out.add(m[0].slice(0, 5));
  return out;
}

function marketWide(text: string, number: ReadNumber): boolean {
  let start = number.start;
  while (start > 0 && !'.\n!?'.includes(text[start - 1]!)) start--;
  let end = number.end;
  while (end < text.length && !'\n!?'.includes(text[end]!) && !(text[end] === '.' && text[end + 1] === ' ')) end++;
  const sentence = text.slice(start, end).toLowerCase();
  return MARKET_WORDS.some((w) => sentence.includes(w));
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

const isMoney = (n: ReadNumber) => n.unit === 'usd' || (n.unit === 'none' && n.scale !== 1);
const figureKind = (n: ReadNumber) =>
  isMoney(n) ? 'usd' : n.unit === 'pct' ? 'pct' : n.unit === 'ratio' ? 'ratio' : 'plain';

/**
 * `claim` matches the source figure within the claim's own written precision (`b`, the claim's figure, may be a plain
 * number its claim reads as dollars: `an analyst with 135.000 for BTC end of year` beside a headline's `$135,000`).
 */
function sameFigure(a: ReadNumber, b: ReadNumber, bUsd: boolean): boolean {
  const kind = figureKind(a);
  if (kind !== figureKind(b) && !(kind === 'usd' && bUsd && figureKind(b) === 'plain')) return false;
  return Math.abs(Math.abs(a.value) - Math.abs(b.value)) <= b.halfUnit + 1e-9 * Math.abs(a.value);
}

/**
 * Upgrades an unsupported claim whose figure a collected headline carries and whose sentence names that outlet.
 * A figure a computed fact contradicts stays contradicted whatever it is attributed to; `reports said` or
 * `analysts said` name no outlet; a headline about another asset does not source this one's figure, and a
 * market-wide figure needs a headline sentence about the market, not about one asset.
 */
export function applySources(claim: Claim, draft: DraftClaim, sheet: FactsSheet): Claim {
  if (claim.verdict !== 'unsupported') return claim;
  // (an entity carried over from an earlier sentence is no subject the sentence names: `Decrypt said a lending
  // protocol was drained of $18 million` after a paragraph on ether is about the headline's subject)
  const about = (s: SourceNumber) =>
    !claim.entity || (draft.entityInherited && claim.entity !== 'market')
      ? true
      : claim.entity === 'market'
        ? s.marketWide
        : s.entities.size === 0 || s.entities.has(claim.entity);
  // (a percentage about no named subject must share a word with the headline: `78% of liquidations were shorts`
  // with `Shorts made up 78% of liquidations`, not `Crypto funds jumped 14%` with `Virtuals Soars 14%`)
  const words = !claim.entity && draft.number.unit === 'pct' ? contentWords(draft.sentence.text) : null;
  const candidates = sourceNumbers(sheet).filter(
    (s) =>
      sameFigure(s.number, draft.number, claim.unit === 'usd') &&
      about(s) &&
      (!words || [...contentWords(s.text)].some((w) => words.has(w))),
  );
  if (candidates.length === 0) return claim;
  const sentence = draft.sentence.text.toLowerCase();
  // (`Coin Desk`: an outlet's name written with a stray space still names it)
  const squashed = sentence.replace(/ /g, '');
  const named = (s: SourceNumber) =>
    sentence.includes(s.outlet.toLowerCase()) ||
    (s.outlet.length >= 6 && !s.outlet.includes(' ') && squashed.includes(s.outlet.toLowerCase())) ||
    (s.outletId.length > 3 && sentence.includes(s.outletId.toLowerCase()));
  const match = candidates.find(named) ?? candidates[0];
  if (!match) return claim;
  if (draft.attributed && named(match))
    return {
      ...claim,
      verdict: 'supported-by-source',
      sourceUrl: match.url,
      reason: `attributed; ${match.outlet} reports it: "${match.title.slice(0, 80)}"`,
    };
  return { ...claim, reason: `${claim.reason} (it appears in ${match.outlet}: name the outlet to attribute it)` };
}
