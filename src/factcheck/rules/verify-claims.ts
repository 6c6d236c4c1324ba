/**
 * Gives one draft claim its verdict against the facts it resolved to: `supported` when any candidate fact
 * agrees within the tolerances (tolerance.ts) and the direction agrees with the fact's sign, `contradicted`
 * when the right fact exists but disagrees, `unsupported` when no fact grounds it. Pure.
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Metric } from '../../domain/fact.ts';
import type { Registry } from '../../domain/registry.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { factsFor, type CheckFact, type FactsLookup } from '../facts/facts-lookup.ts';
import { formatValue } from '../facts/format-value.ts';
import type { Resolution } from '../facts/resolve-claims.ts';
import { roundingOf, type WrittenFigure, withinTolerance } from '../facts/tolerance.ts';
import { LONGS_PAY, SHORTS_PAY } from '../lexicon.ts';
import { lastMatch } from '../read/text-cursor.ts';

const SIGNED: ReadonlySet<Metric> = new Set([
  'change',
  'oi_change',
  'market_cap_change',
  'best_change',
  'worst_change',
  'funding_rate',
  'funding_apr',
]);
const FUNDING: ReadonlySet<Metric> = new Set(['funding_rate', 'funding_apr']);

type Outcome = { ok: boolean; claimed: number; directionWrong: boolean; payerClash?: boolean };

/** The sign a claim states: written sign first, then direction words (funding: only negative/positive). */
export function statedSign(draft: DraftClaim, metric: Metric | null): -1 | 0 | 1 {
  if (draft.number.sign !== 0) return draft.number.sign;
  const d = draft.direction;
  if (metric && FUNDING.has(metric)) {
    const own = ownFundingSign(draft);
    if (own !== 0) return own;
    // (`minus 0.015 pct, meaning shorts paid longs, equal to about 16.4 pct a year`: an annual figure written without
    // a sign after the rate takes the payer the sentence named before it)
    return payerSign(draft) ?? (metric === 'funding_apr' ? sentencePayer(draft) : null) ?? 1;
  }
  if (metric === 'market_cap_change') {
    if (draft.cues.includes('cap_loss') || d === 'down' || d === 'negative') return -1;
    if (draft.cues.includes('cap_gain') || d === 'up' || d === 'positive') return 1;
    return 0;
  }
  return d === 'down' || d === 'negative' ? -1 : d === 'up' || d === 'positive' ? 1 : 0;
}

/** A funding figure's own sign: written, or `negative` / `positive` said of it; 0 when neither. */
function ownFundingSign(draft: DraftClaim): -1 | 0 | 1 {
  if (draft.number.sign !== 0) return draft.number.sign;
  const d = draft.direction;
  // (`funding was negative at 0.0031%`: the word is read as a fall, `down`; for a rate it is the sign)
  const before = draft.sentence.text.slice(
    Math.max(0, draft.number.start - draft.sentence.start - 40),
    draft.number.start - draft.sentence.start,
  );
  if (d === 'negative' || (d === 'down' && NEGATIVE_WORD.test(before))) return -1;
  return d === 'positive' ? 1 : 0;
}

/**
 * The payer named after the rate and before its annual figure (`minus 0.015 pct, meaning shorts paid longs, about
 * 16.4 pct a year`: -1), else null (`shorts pay longs 0.0109% each 4h, annualized close to 24%` names the rate's).
 */
function sentencePayer(draft: DraftClaim): -1 | 1 | null {
  const upTo = draft.sentence.text.slice(0, draft.number.start - draft.sentence.start);
  let lastDigit = upTo.length - 1;
  while (lastDigit >= 0 && !(upTo[lastDigit]! >= '0' && upTo[lastDigit]! <= '9')) lastDigit--;
  const shorts = lastMatch(SHORTS_PAY_ALL, upTo);
  const longs = lastMatch(LONGS_PAY_ALL, upTo);
  if (Math.max(shorts, longs) <= lastDigit) return null;
  return shorts > longs ? -1 : 1;
}
const SHORTS_PAY_ALL = new RegExp(SHORTS_PAY.source, `${SHORTS_PAY.flags.replace('g', '')}g`);
const LONGS_PAY_ALL = new RegExp(LONGS_PAY.source, `${LONGS_PAY.flags.replace('g', '')}g`);

/**
 * `Solana shorts pay about 3% a year`, `which costs shorts 6% a year`: who pays, in the figure's clause, is its
 * sign.
 */
function payerSign(draft: DraftClaim): -1 | 1 | null {
  const { sentence, number } = draft;
  const upTo = sentence.text.slice(0, number.start - sentence.start);
  const from = Math.max(upTo.lastIndexOf(','), upTo.lastIndexOf(';'), upTo.lastIndexOf('\u2014'));
  const clause = upTo.slice(from + 1);
  if (SHORTS_PAY.test(clause)) return -1;
  if (LONGS_PAY.test(clause)) return 1;
  // `funding at -0.0041%, meaning longs are paying shorts`: the payer named right after the figure, before any
  // other figure or the clause's end
  // (`-0.0087% per 8h, so longs are paying`: the rate's interval may stand between)
  // (and an aside: `-0.0152% (≈-16.6% annualized), longs pay shorts`)
  const rest = sentence.text
    .slice(number.end - sentence.start)
    .replace(RATE_INTERVAL, '')
    .replace(ASIDE, '');
  // (`+0.0012% per 8h (annualised ~1.3%), shorts pay to longs`: a payer after the aside a figure stands in is the
  // rate's, not the aside's)
  if (/^[^()]*\)/.test(rest) && upTo.lastIndexOf('(') > upTo.lastIndexOf(')')) return null;
  const stop = rest.search(/[;.!?]\s|\d/);
  const after = stop === -1 ? rest : rest.slice(0, stop);
  // (only a payer the figure leads to: `, meaning longs pay`, `— here shorts pay`; not `unlike BNB where shorts pay`,
  // `after a week in which shorts paid longs`)
  if (after.length > 60 || !PAYER_LINK.test(after)) return null;
  if (SHORTS_PAY.test(after)) return -1;
  if (LONGS_PAY.test(after)) return 1;
  return null;
}
const ASIDE = /^\**\s*\([^()]{0,40}\)/;
const NEGATIVE_WORD =
  /(?<!\b(?:from|of|no longer|not|longer)\s)\b(?:negative|below zero)\s+(?:at\s+|of\s+|on\s+)?(?:\*\*)?$/i;
const RATE_INTERVAL = /^\**\s*(?:per|every|each|an?)\s+(?:8|eight)[-\s]*(?:h|hrs?|hours?)\b/i;
const PAYER_LINK =
  /^[^a-z]*(?:(?:which|this|that)\s+)?(?:(?:means?|meaning|so|i\.e\.?|here|there|with)\s+)?(?:(?:the|that)\s+)?[*_]*(?:longs|shorts)\b/i;

/** `8 of 11`: the 11 is the members with data or the registry's own count (`2 of the 32 watchlist assets`). */
function denominatorOk(n: DraftClaim['number'], lookup: FactsLookup, fact: CheckFact, registry: Registry): boolean {
  if (n.denominator === undefined || n.text.toLowerCase().includes('top')) return true;
  const withData = membersOf(lookup, fact);
  const listed =
    fact.entity.kind === 'market'
      ? registry.assets.length
      : registry.sectors.find((s) => s.id === fact.entity.id)?.members.length;
  return withData === null || withData === n.denominator || listed === n.denominator;
}

function compare(
  draft: DraftClaim,
  resolution: Resolution,
  fact: CheckFact,
  lookup: FactsLookup,
  registry: Registry,
): Outcome {
  const n = draft.number;
  const usd = resolution.unit === 'usd';
  const metric = resolution.metric;
  if (n.fraction) {
    const members = membersOf(lookup, fact);
    const claimed = n.value * (members ?? 0);
    // `more than two-thirds of the thirty`: the hedge bounds the share
    const ok =
      draft.hedge === 'more-than' || draft.hedge === 'less-than'
        ? withinTolerance(claimed, 0.5, fact.value, draft.hedge, false)
        : Math.abs(fact.value - claimed) < 1;
    return { ok: members !== null && ok, claimed, directionWrong: false };
  }
  const r = roundingOf(n, usd);
  if (metric && SIGNED.has(metric)) {
    const sign = statedSign(draft, metric);
    const magnitude = Math.abs(n.value);
    const claimed = sign === 0 ? magnitude : sign * magnitude;
    const actualSign = Math.sign(fact.value);
    // `funding at -0.0041%, meaning longs are paying shorts`, `turned positive at eight thousandths, meaning shorts
    // now pay longs`: a payer named with the figure that contradicts its written sign or sign word makes the sentence
    // wrong whichever of the two the facts bear out
    const own = FUNDING.has(metric) ? ownFundingSign(draft) : 0;
    const payer = own !== 0 ? payerSign(draft) : null;
    const directionWrong =
      (payer !== null && payer !== own) ||
      (sign !== 0 && actualSign !== 0 && actualSign !== sign && Math.abs(fact.value) > r);
    const ok =
      !directionWrong &&
      inRange(
        magnitude,
        n.high ? Math.abs(n.high.value) : null,
        r,
        n.high ? roundingOf(n.high, usd) : 0,
        Math.abs(fact.value),
        draft,
        resolution.level,
      );
    return { ok, claimed, directionWrong, ...(payer !== null && payer !== own ? { payerClash: true } : {}) };
  }
  const ok = inRange(
    n.value,
    n.high?.value ?? null,
    r,
    n.high ? roundingOf(n.high, usd) : 0,
    fact.value,
    draft,
    resolution.level,
  );
  return { ok: ok && denominatorOk(n, lookup, fact, registry), claimed: n.value, directionWrong: false };
}

function inRange(
  low: number,
  high: number | null,
  r: number,
  rHigh: number,
  actual: number,
  draft: DraftClaim,
  level: boolean,
): boolean {
  if (high === null) {
    // `the only group up by more than half a percent`: a bound a group is sorted by is a threshold, not an estimate
    // of the value, so no 1.5x cap
    if (draft.hedge === 'more-than' && onlyThreshold(draft)) return actual > low;
    if (draft.hedge === 'less-than' && onlyThreshold(draft)) return actual < low;
    return withinTolerance(low, r, actual, draft.hedge, level);
  }
  const lo = Math.min(low, high);
  const hi = Math.max(low, high);
  return actual >= lo - r - (lo === low ? 0 : rHigh) && actual <= hi + (hi === high ? rHigh : r);
}

/** `the only sector to gain more than`, `the only group up by more than`: `only` in the figure's clause before it. */
function onlyThreshold(draft: DraftClaim): boolean {
  const { sentence, number } = draft;
  const before = sentence.text.slice(Math.max(0, number.start - sentence.start - 60), number.start - sentence.start);
  return ONLY_THRESHOLD.test(before);
}
const ONLY_THRESHOLD =
  /\bonly\s+(?:one\s+|other\s+)?(?:group|sector|one|coin|token|name|asset|member|basket|category)s?\b[^.;,]*\b(?:more|less|fewer)\s+than\s*$/i;

function registrySize(registry: Registry, fact: CheckFact): number {
  return fact.entity.kind === 'market'
    ? registry.assets.length
    : (registry.sectors.find((s) => s.id === fact.entity.id)?.members.length ?? 0);
}

function membersOf(lookup: FactsLookup, fact: CheckFact): number | null {
  const members = factsFor(lookup, fact.entity.kind, fact.entity.id, ['members'])[0];
  if (members) return members.value;
  if (fact.entity.kind !== 'market') return null;
  const adv = factsFor(lookup, 'market', 'market', ['advancers'])[0];
  const dec = factsFor(lookup, 'market', 'market', ['decliners'])[0];
  return adv && dec ? adv.value + dec.value : null;
}

/** Verdict and reason for one claim (sources and arithmetic are applied afterwards by checkBrief). */
export function verifyClaim(draft: DraftClaim, resolution: Resolution, lookup: FactsLookup, registry: Registry): Claim {
  const n = draft.number;
  const base: Claim = {
    text: n.text,
    span: [n.start, n.end],
    sentence: draft.sentence.text,
    value: n.value,
    unit: resolution.unit,
    entity: draft.entity && !resolution.foreign ? draft.entity.id : null,
    metric: resolution.metric,
    window: draft.window && draft.window !== 'other' ? draft.window : null,
    direction: directionOf(draft, resolution),
    hedge: draft.hedgeText,
    verdict: 'unsupported',
    factId: null,
    expected: null,
    sourceUrl: null,
    reason: '',
  };
  if (resolution.missing) return { ...base, reason: `${quote(n.text)}: ${resolution.missing}` };
  if (resolution.candidates.length === 0) {
    const who = draft.entity ? displayName(registry, draft.entity.kind, draft.entity.id) : 'this text';
    const windowNote =
      draft.window === 'other'
        ? ' over that period (facts cover 24h, 7d, 30d)'
        : draft.window
          ? ` over ${draft.window}`
          : '';
    return {
      ...base,
      reason:
        `${quote(n.text)}: no ${(resolution.metric ?? 'matching').replace(/_/g, ' ')} fact for ` +
        `${who}${windowNote}`,
    };
  }
  if (resolution.range && n.high) return verifyRange(base, draft, resolution);
  let best: { fact: CheckFact; outcome: Outcome; distance: number } | null = null;
  for (const fact of resolution.candidates) {
    const outcome = compare(draft, resolution, fact, lookup, registry);
    if (outcome.ok)
      return (
        relationCheck(draft, fact, lookup, registry) ?? {
          ...base,
          verdict: 'supported',
          factId: fact.id,
          expected: fact.value,
          reason: `matches ${fact.label} ${formatValue(fact.value, fact.unit, SIGNED.has(fact.metric))}`,
        }
      );
    // An inherited subject: blame the nearest earlier entity's fact, not whichever entity happens to be closest.
    const other =
      fact.entity.id !== resolution.candidates[0]!.entity.id ||
      fact.entity.kind !== resolution.candidates[0]!.entity.kind;
    const distance =
      Math.abs(Math.abs(fact.value) - Math.abs(outcome.claimed)) / Math.max(1e-9, Math.abs(fact.value)) +
      (outcome.directionWrong ? 0 : 0.001) +
      (other ? 1e6 : 0);
    if (!best || distance < best.distance) best = { fact, outcome, distance };
  }
  const { fact, outcome } = best!;
  // `AI tokens dipped 1.2%, with only Tao higher (+0.8%)`, `L2 jumped 8.5%, led by Optimism, up 12.5%`: a figure read
  // as the sector's that is the sector's best or worst member's, when the sentence names that member before it
  const member = memberFigure(draft, resolution, lookup, registry);
  if (member)
    return {
      ...base,
      entity: member.asset,
      verdict: 'supported',
      factId: member.fact.id,
      expected: member.fact.value,
      reason: `matches ${member.fact.label} ${formatValue(member.fact.value, member.fact.unit, true)}`,
    };
  const signed = SIGNED.has(fact.metric) && statedSign(draft, fact.metric) !== 0;
  const written =
    n.high || n.denominator !== undefined ? n.text : formatValue(outcome.claimed, resolution.unit, signed);
  const said = `says ${draft.hedgeText ? `${draft.hedgeText} ` : ''}${written}`;
  const members = n.denominator !== undefined ? membersOf(lookup, fact) : null;
  const hint =
    members !== null && members !== n.denominator
      ? `; the count is out of ${members} with data (${registrySize(registry, fact)} listed), not ${n.denominator}`
      : hintFor(lookup, fact, n, resolution.unit === 'usd');
  return {
    ...base,
    verdict: 'contradicted',
    factId: fact.id,
    expected: fact.value,
    reason: outcome.payerClash
      ? `${said}, but the payer it names does not fit that sign; ${describeFact(registry, fact)}`
      : `${said}, ${describeFact(registry, fact)}${outcome.directionWrong ? ' (direction is wrong)' : ''}${hint}`,
  };
}

/** The sector's best or worst member fact the figure matches, when the sentence names that member before it. */
function memberFigure(
  draft: DraftClaim,
  resolution: Resolution,
  lookup: FactsLookup,
  registry: Registry,
): { fact: CheckFact; asset: string } | null {
  if (draft.entity?.kind !== 'sector' || resolution.unit !== 'pct' || resolution.metric !== 'change') return null;
  const window = draft.window && draft.window !== 'other' ? draft.window : null;
  const before = draft.sentence.text.slice(0, draft.number.start - draft.sentence.start).toLowerCase();
  for (const fact of factsFor(lookup, 'sector', draft.entity.id, ['best_change', 'worst_change'])) {
    if ((window && fact.window !== window) || !fact.related) continue;
    const asset = registry.assets.find((a) => a.id === fact.related!.toLowerCase() || a.symbol === fact.related);
    if (!asset || !namedIn(before, asset)) continue;
    if (compare(draft, { ...resolution, candidates: [fact] }, fact, lookup, registry).ok)
      return { fact, asset: asset.id };
  }
  return null;
}
// (by substring, not find-entities' mentions: those leave out word-like names in lower case that no figure follows,
// `virtual leading with +11.2 %`, `render was the only loser`, which name the member here; tried 7 December: eight
// corpora lost a right verdict)
function namedIn(text: string, asset: Registry['assets'][number]): boolean {
  for (const name of [asset.symbol, asset.name, ...asset.aliases]) {
    const at = name.length >= 3 ? text.lastIndexOf(name.toLowerCase()) : -1;
    if (at !== -1 && !/[a-z]/.test(text[at - 1] ?? '') && !/[a-z]/.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

const LEVELS: ReadonlySet<Metric> = new Set(['support', 'resistance', 'swing_high', 'swing_low', 'high', 'low']);

/**
 * `trades above its 30-day swing low of $104.6K`: the level figure matched; the stated relation must hold for
 * the price fact (above: price > level, below: price < level). Null when there is nothing to check.
 */
function relationCheck(draft: DraftClaim, fact: CheckFact, lookup: FactsLookup, registry: Registry): Claim | null {
  if (!draft.relation || !LEVELS.has(fact.metric)) return null;
  const price = factsFor(lookup, fact.entity.kind, fact.entity.id, ['price'])[0];
  if (!price) return null;
  const ok = draft.relation === 'above' ? price.value > fact.value : price.value < fact.value;
  const n = draft.number;
  const who = displayName(registry, fact.entity.kind, fact.entity.id);
  return {
    text: n.text,
    span: [n.start, n.end],
    sentence: draft.sentence.text,
    value: n.value,
    unit: 'usd',
    entity: fact.entity.id,
    metric: fact.metric,
    window: draft.window && draft.window !== 'other' ? draft.window : null,
    direction: draft.relation,
    hedge: draft.hedgeText,
    verdict: ok ? 'supported' : 'contradicted',
    factId: ok ? fact.id : price.id,
    expected: ok ? fact.value : price.value,
    sourceUrl: null,
    reason: ok
      ? `matches ${fact.label} ${formatValue(fact.value, 'usd')}; ` +
        `${price.label} ${formatValue(price.value, 'usd')} is ${draft.relation} it`
      : `says ${who} is ${draft.relation} its ${fact.label.replace(`${who} `, '')} ` +
        `(${formatValue(fact.value, 'usd')}), but ${price.label} is ${formatValue(price.value, 'usd')}`,
  };
}

function directionOf(draft: DraftClaim, resolution: Resolution): Claim['direction'] {
  if (resolution.level) return draft.hedge === 'less-than' ? 'below' : draft.hedge === 'more-than' ? 'above' : 'near';
  const d = draft.direction;
  return d === 'down' || d === 'negative'
    ? 'down'
    : d === 'up' || d === 'positive'
      ? 'up'
      : draft.number.sign === -1
        ? 'down'
        : draft.number.sign === 1
          ? 'up'
          : null;
}

const quote = (text: string) => `"${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`;

export function displayName(registry: Registry, kind: string, id: string): string {
  if (kind === 'asset') return registry.assets.find((a) => a.id === id)?.symbol ?? id.toUpperCase();
  if (kind === 'sector') return `the ${registry.sectors.find((s) => s.id === id)?.name ?? id} sector`;
  return 'the market';
}

/** `the AI sector moved -6.1% over 24h`, `BTC price is $103.8K`. */
export function describeFact(registry: Registry, fact: CheckFact): string {
  const who = displayName(registry, fact.entity.kind, fact.entity.id);
  const value = formatValue(fact.value, fact.unit, SIGNED.has(fact.metric));
  if (fact.metric === 'change') return `${who} moved ${value}${fact.window ? ` over ${fact.window}` : ''}`;
  return `${fact.label} is ${value}`;
}

/** `; -8.1% is ETH 24h change`: the figure belongs to another fact (wrong asset or window). */
function hintFor(lookup: FactsLookup, wrong: CheckFact, figure: WrittenFigure, usd: boolean): string {
  const value = figure.value;
  const r = roundingOf(figure, usd);
  const near = (fact: CheckFact) =>
    fact !== wrong &&
    fact.unit === wrong.unit &&
    !fact.derived &&
    Math.abs(Math.abs(fact.value) - Math.abs(value)) <= r;
  const sameEntity = (fact: CheckFact) => fact.entity.kind === wrong.entity.kind && fact.entity.id === wrong.entity.id;
  const hit =
    lookup.all.find((f) => near(f) && sameEntity(f)) ??
    lookup.all.find((f) => near(f) && f.metric === wrong.metric && f.window === wrong.window);
  return hit ? `; ${formatValue(value, hit.unit)} matches ${hit.label}` : '';
}

/** `ranged $X–$Y over 24h`: each end against the low / high fact of the same window. */
function verifyRange(base: Claim, draft: DraftClaim, resolution: Resolution): Claim {
  const n = draft.number;
  const high = n.high!;
  const pairs: [CheckFact, CheckFact][] = [];
  for (const low of resolution.candidates.filter((f) => f.metric === 'low' || f.metric === 'swing_low')) {
    const top = resolution.candidates.find(
      (f) =>
        f.entity.id === low.entity.id && (f.metric === 'high' || f.metric === 'swing_high') && f.window === low.window,
    );
    if (top) pairs.push([low, top]);
  }
  // (`range-bound between $95,000 and $100,000`: support to resistance)
  for (const low of resolution.candidates.filter((f) => f.metric === 'support')) {
    const top = resolution.candidates.find((f) => f.entity.id === low.entity.id && f.metric === 'resistance');
    if (top) pairs.push([low, top]);
  }
  const close = (x: WrittenFigure, fact: CheckFact) =>
    withinTolerance(x.value, roundingOf(x, true), fact.value, draft.hedge, false);
  for (const [low, top] of pairs)
    if (close(n, low) && close(high, top))
      return {
        ...base,
        verdict: 'supported',
        factId: low.id,
        expected: low.value,
        reason:
          `matches ${low.label} ${formatValue(low.value, 'usd')} and ` +
          `${top.label} ${formatValue(top.value, 'usd')}`,
      };
  const first = pairs[0];
  if (!first) return { ...base, reason: `"${n.text}": no low/high facts for this range` };
  return {
    ...base,
    verdict: 'contradicted',
    factId: first[0].id,
    expected: first[0].value,
    reason:
      `says ${n.text}, ${first[0].label} is ${formatValue(first[0].value, 'usd')} and ` +
      `${first[1].label} is ${formatValue(first[1].value, 'usd')}`,
  };
}
