/**
 * How a number's context is read inside its sentence: which entity owns it (clause rules, asides, leading
 * phrases), which metric cues, window, direction and hedge apply, `from X to Y` pairs and table columns.
 * Helpers of extract-claims.ts; all bounded by the sentence they look at.
 */
import {
  COUNT_CUES,
  type DirectionCue,
  type HedgeCue,
  type MetricCue,
  NEUTRAL_SKIP,
  NEUTRAL_VERBS,
  PCT_CUES,
  POSTFIX_DOWN,
  BOUND_ADVERB_VERBS,
  POSTFIX_SKIP,
  POSTFIX_UP,
  RANGE_VERBS,
  USD_CUES,
  WEAK_CUES,
  type WindowCue,
  metricIndex,
  windowIndex,
} from '../lexicon.ts';
import type { EntityKind } from './find-entities.ts';
import type { ReadNumber } from '../read/read-numbers.ts';
import type { Segment } from '../read/segments.ts';
import { leadsFigure, leadsNext } from './window-leads.ts';
import {
  firstEndingAfter,
  firstStartingAt,
  matchPhrases,
  payloadsOf,
  tokenize,
  type PhraseHit,
  type Token,
} from '../read/tokenize.ts';

export type EntityRef = { kind: EntityKind; id: string };
export type Mention = {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  partitive?: boolean;
  /** Named after `than`: compared with, not the subject. */
  compared?: boolean;
  /** Named after `against`, `vs`, `than` (possessive too): no subject of a figure written before it. */
  versus?: boolean;
  /** Followed by a dash or colon (`avax — support $20`): heads the figures after it only. */
  labelHead?: boolean;
};
const FILLERS = new Set(['a', 'an', 'by', 'at', 'to', 'of', 'just', 'still', 'the', 'only', 'was', 'is']);

/** Own segment (nearest before, else after), then earlier non-aside segments, then later ones. */
export function pickEntity(
  number: ReadNumber,
  segments: Segment[],
  seg: number,
  mentions: Mention[],
  leadingPhrase = true,
  ownsClause: (s: Segment) => boolean = () => false,
): EntityRef | null {
  const own = segments[seg] ? within(mentions, segments[seg]) : [];
  const before = own.filter((m) => m.end <= number.start);
  const pick = subjectOf(before) ?? own.find((m) => m.start >= number.end && !m.labelHead && !m.versus);
  if (pick) return { kind: pick.kind, id: pick.id };
  // `led by NEAR (+8.93%)`, `led by NEAR, which rose 8.9%`: a figure in an aside opened right after a name (at most
  // a space between) is that name's, even when the name itself sits in an aside
  const ownSeg = segments[seg];
  const named = ownSeg?.aside && seg > 0 ? within(mentions, segments[seg - 1]!).at(-1) : undefined;
  if (named && ownSeg!.start - named.end <= 1) return { kind: named.kind, id: named.id };
  for (let k = seg - 1; k >= 0; k--) {
    if (segments[k]!.aside) continue;
    const found = subjectOf(within(mentions, segments[k]!));
    if (found) return { kind: found.kind, id: found.id };
  }
  // A later subject owns the number only in a sentence-initial phrase (`Up 2% on the day, Bitcoin ...`);
  // otherwise `the sector ..., VIRTUAL, ...` refers back to an earlier sentence.
  if (!leadingPhrase) return null;
  for (let k = seg + 1; k < segments.length; k++) {
    if (segments[k]!.aside) continue;
    // `Open interest fell 4.2% ...; BTC OI was down 3.8%`: a later clause with its own metric speaks of its own figure
    if (ownsClause(segments[k]!)) return null;
    const found = within(mentions, segments[k]!);
    if (found.length) return { kind: found[0]!.kind, id: found[0]!.id };
  }
  return null;
}

/** The last mention that is not compared with (`ETH weaker than BTC`: ETH), else the last one. */
function subjectOf(found: Mention[]): Mention | undefined {
  for (let i = found.length - 1; i >= 0; i--) if (!found[i]!.compared) return found[i];
  return found.at(-1);
}

/**
 * The mentions of a segment. `XRP is the only one of the L1s to rise`: a group named after `of` / `among` does not
 * own the figure when the clause has already named its subject.
 */
function within(mentions: Mention[], s: Segment): Mention[] {
  const found: Mention[] = [];
  for (const m of mentions)
    if (m.start >= s.start && m.start < s.end && !(m.partitive && m.kind !== 'asset' && subjectBefore(mentions, m)))
      found.push(m);
  return found;
}

function subjectBefore(mentions: Mention[], m: Mention): boolean {
  return mentions.some((o) => !o.partitive && o.start < m.start);
}

/**
 * Metric cues of the segment, nearest to the number first; a segment without entity or cue inherits the previous
 * one's.
 */
/** How far a metric cue stands from the figure (a cue after it counts half again; a weak cue comes last). */
function cueDistance(h: PhraseHit<MetricCue>, number: ReadNumber): number {
  return (
    (h.end <= number.start ? number.start - h.end : (h.start - number.end) * 1.5 + 2) +
    (WEAK_CUES.has(h.payload) ? 40 : 0)
  );
}

export function cuesFor(
  number: ReadNumber,
  segments: Segment[],
  seg: number,
  hits: PhraseHit<MetricCue>[],
  mentions: Mention[],
  valueReached = false,
  elliptical?: (s: Segment, named: Mention[]) => boolean,
  elidedFallback: readonly MetricCue[] = [],
): MetricCue[] {
  let elided = false;
  for (let k = seg; k >= 0; k--) {
    const s = segments[k]!;
    if (elided && seg - k > 12) break;
    if (elided && s.aside) continue;
    const inSeg = hits.filter(
      (h) =>
        h.start >= s.start &&
        h.end <= s.end &&
        (h.end <= number.start || h.start >= number.end) &&
        cueFits(h.payload, number) &&
        !(valueReached && (h.payload === 'cap_loss' || h.payload === 'cap_gain')),
    );
    if (inSeg.length) {
      const cues = payloadsOf(inSeg.sort((a, b) => cueDistance(a, number) - cueDistance(b, number)));
      // `, or 6.8% annualized`: an annualizing word alone borrows the metric of the clause before; so does a bare
      // `change` opening the clause after a figure of another metric (`Total OI 19.25B, change +3.3%`)
      const only = inSeg.length === 1 ? inSeg[0]! : null;
      const bareChange =
        only !== null &&
        only.payload === 'change' &&
        k === seg &&
        k > 0 &&
        only.start - s.start <= 2 &&
        number.start - only.end >= 0 &&
        number.start - only.end <= 3 &&
        !mentions.some((m) => m.start >= s.start && m.start < s.end);
      if (bareChange) {
        const before = previousClause(number, segments, k, hits, mentions, valueReached);
        if (before.some((c) => !WEAK_CUES.has(c))) return before;
      }
      if (cues.every((c) => c === 'funding_apr') && k > 0)
        return [...cues, ...previousClause(number, segments, k, hits, mentions, valueReached, elliptical)];
      return cues;
    }
    // A clause naming its own asset or sector keeps its default metric (`Funding was 0.01%, and BTC fell 2%`);
    // a market-wide subject (`the perp complex shed 4%`) still takes the metric of the clause before.
    // A bare subject clause (`...; ETH: $5.14B`) is an ellipsis: it keeps the metric of the clause before.
    const named = mentions.filter((m) => m.start >= s.start && m.start < s.end && m.kind !== 'market');
    // `(best: Solana +9.5%)`, `worst member: SHIB -1.1%`: a clause that is only a rank's label ranks the figure
    if (k === seg && k > 0 && named.length) {
      const rank = rankLabel(segments[k - 1]!, hits, mentions);
      if (rank) return [rank];
    }
    if (named.length && elliptical?.(s, named)) {
      elided = true;
      continue;
    }
    // `BTC vol (7d realized) 34%`: an aside with neither a metric word nor a name is skipped
    if (k < seg && s.aside && !named.length && !mentions.some((m) => m.start >= s.start && m.start < s.end)) continue;
    if (named.length || (k < seg && s.aside)) break;
  }
  // `Total open interest has fallen. Bitcoin's has dropped 9.6%`: an ellipsis that reaches the sentence's start takes
  // the metric of the sentence before
  return elided ? [...elidedFallback] : [];
}

/** `best`, `worst member`: the rank a clause names when it holds nothing else (no name, no other metric word). */
function rankLabel(s: Segment, hits: PhraseHit<MetricCue>[], mentions: Mention[]): MetricCue | null {
  let rank: MetricCue | null = null;
  let words = 0;
  for (const h of hits) {
    if (h.start < s.start || h.end > s.end) continue;
    if (h.payload === 'best' || h.payload === 'worst') rank = h.payload;
    else if (h.payload !== 'members') return null;
    words += h.end - h.start;
  }
  // (the label is the whole clause, give or take a parenthesis, emphasis and spaces)
  if (!rank || s.end - s.start - words > 4) return null;
  return mentions.some((m) => m.start >= s.start && m.start < s.end) ? null : rank;
}

/**
 * The cues of clause k - 1, as a figure at its end would have them. (A module function, not a closure per figure:
 * tsx and the Worker bundle keep function names, which costs a `defineProperty` call per closure made.)
 */
function previousClause(
  number: ReadNumber,
  segments: Segment[],
  k: number,
  hits: PhraseHit<MetricCue>[],
  mentions: Mention[],
  valueReached: boolean,
  elliptical?: (s: Segment, named: Mention[]) => boolean,
): MetricCue[] {
  const end = segments[k - 1]!.end - 1;
  return cuesFor({ ...number, start: end, end }, segments, k - 1, hits, mentions, valueReached, elliptical);
}

export function windowFor(
  number: ReadNumber,
  segment: Segment | undefined,
  hits: PhraseHit<WindowCue>[],
  ownClause?: (hit: PhraseHit<WindowCue>) => boolean,
  text?: string,
  closedBefore?: (hit: PhraseHit<WindowCue>) => boolean,
  otherFigure?: (hit: PhraseHit<WindowCue>) => boolean,
): WindowCue | null {
  // `on the week (+1.0%)`, `7d +18%`: a window written right before the figure is its own
  const left = text ? hits.find((h) => h.end <= number.start && leadsFigure(text, h.end, number.start)) : null;
  if (left) return left.payload;
  // a window after the figure that belongs to another figure (see windowOfOtherFigure) is never this one's
  if (otherFigure) hits = hits.filter((h) => h.start < number.end || !otherFigure(h));
  if (segment) {
    const inSeg = hits.filter((h) => h.start >= segment.start && h.end <= segment.end && !leadsNext(text, h));
    if (inSeg.length) return nearest(number, inSeg).payload;
  }
  // `-12.0% (7d)`: a window written right after the number (not one leading the next figure: `+3.9%, 7d +18%`)
  const right = hits.find((h) => h.start >= number.end && h.start - number.end <= 4 && !leadsNext(text, h));
  if (right) return right.payload;
  // Outside its clause, a number takes the sentence's leading window (`Over the week, BTC fell 4%, ETH 6%`),
  // not a nearer aside (`..., 11.4% lower than a week ago; VIRTUAL was off 8.8%` stays with the day).
  // (`Open interest fell 10.8% w/w; BTC OI was down 3.8%`: a window after an earlier clause's figure is that clause's)
  const before = hits.find((h) => h.end <= number.start && !closedBefore?.(h));
  if (before) return before.payload;
  // A later window applies to an elliptical tail (`BTC fell 2% and ETH 3% over the week`), not to a clause
  // with its own verb (`It fell 3.1% and is down 10.6% on the week`: the week is the second figure's).
  const later = hits.filter((h) => h.start >= number.end && !ownClause?.(h) && !leadsNext(text, h));
  return later.length ? nearest(number, later).payload : null;
}

export function nearest<T extends { start: number; end: number }>(number: ReadNumber, hits: T[]): T {
  let best = hits[0]!;
  let bestDistance = Infinity;
  for (const h of hits) {
    const d = h.end <= number.start ? number.start - h.end : (h.start - number.end) * 1.2;
    if (d < bestDistance) {
      best = h;
      bestDistance = d;
    }
  }
  return best;
}

/** A direction noun right after the number (`a 6% drop`) wins; else the nearest direction word before it. */
export function directionFor(
  text: string,
  number: ReadNumber,
  hits: PhraseHit<DirectionCue>[],
  tokens: Token[],
  _segment: Segment | undefined,
): DirectionCue | null {
  if (number.unit === 'count' || number.fraction) {
    // `8 of 11 L1s fell`: the verb follows the counted noun
    const later = hits.find((h) => h.start >= number.end && h.start - number.end < 80);
    if (later) return later.payload;
  }
  const first = firstStartingAt(tokens, number.end);
  for (let k = first; k < first + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (POSTFIX_DOWN.has(t.lower)) return 'down';
    if (POSTFIX_UP.has(t.lower)) return 'up';
    if (!POSTFIX_SKIP.has(t.lower)) break;
  }
  // `..., down 0.1% as a group, and memecoins managed 3.3%`: a verb that states no direction, right before the
  // figure, ends the reach of a direction word before it
  const ended = firstEndingAfter(tokens, number.start);
  for (let k = ended - 1; k >= 0 && k >= ended - 3; k--) {
    const lower = tokens[k]!.lower;
    if (NEUTRAL_VERBS.has(lower)) return null;
    if (!NEUTRAL_SKIP.has(lower)) break;
  }
  let best: PhraseHit<DirectionCue> | null = null;
  for (const h of hits) if (h.end <= number.start && !closedAside(text, h.end, number.start)) best = h;
  if (best && number.start - best.end < 160 && !text.slice(best.end, number.start).includes('\n')) return best.payload;
  return null;
}

/** A `)` between a word and the figure closes the aside the word was in (`(a 52-week high is far off) to $0.0134`). */
function closedAside(text: string, from: number, to: number): boolean {
  // a `)` before the figure (looked for only up to it), and the nearest paren before the word opens
  let close = from;
  while (close < to && text.charCodeAt(close) !== 41) close++;
  if (close >= to) return false;
  for (let k = Math.min(from, text.length - 1); k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return true;
    if (c === 41) return false;
  }
  return false;
}

export function hedgeBefore(
  text: string,
  number: ReadNumber,
  hits: PhraseHit<HedgeCue>[],
  tokens: Token[],
): { cue: HedgeCue; text: string } | null {
  let k = number.start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  if (text[k] === '~' || text[k] === '\u2248') return { cue: 'about', text: text[k]! };
  if (text[k] === '>') return { cue: 'more-than', text: '>' };
  if (text[k] === '<') return { cue: 'less-than', text: '<' };
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    if (hit.end > number.start) continue;
    // the tokens between the hedge and the figure (a run of the sentence's tokens), at most two fillers
    const from = firstStartingAt(tokens, hit.end);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= number.start && to - from <= 2) to++;
    if (to - from > 2) return null;
    for (let t = from; t < to; t++) if (!FILLERS.has(tokens[t]!.lower)) return null;
    const gap = text.slice(hit.end, number.start);
    for (const c of gap) if (c === ',' || c === ';' || c === '.' || c === '\n' || c === ':') return null;
    // `the next level above is $115,000`: a bound word before a verb is an adverb of place, no bound on the figure
    const bound = hit.payload === 'less-than' || hit.payload === 'more-than';
    if (bound && to > from && BOUND_ADVERB_VERBS.includes(tokens[from]!.lower)) return null;
    // `29% annualized, well below the 38% reading over 30 days`: a percentage after `below the` is the reading
    // compared with, stated as it is (a bound takes no article: `below 2%`)
    if (
      (hit.payload === 'less-than' || hit.payload === 'more-than') &&
      number.unit === 'pct' &&
      tokensAre(tokens, from, to, 'the', 'its')
    )
      return null;
    // (`edged up to 60.1%`, `btc dom up to 62%`, `woke up to 97.4k`: the value reached; a bound only after a
    // word that takes one: `funding of up to 0.05%`, `cut by up to 3%`)
    if (
      hit.payload === 'less-than' &&
      text.slice(hit.start, hit.end).toLowerCase() === 'up to' &&
      !BOUND_LEADS.has(tokenBefore(tokens, hit.start)?.lower ?? '')
    )
      return null;
    return { cue: hit.payload, text: text.slice(hit.start, hit.end) };
  }
  return null;
}

const BOUND_LEADS: ReadonlySet<string> = new Set(['of', 'by', 'for', 'with', 'at', 'between']);

/** The last token that ends at or before `at`. */
function tokenBefore(tokens: readonly Token[], at: number): Token | undefined {
  const k = firstEndingAfter(tokens, at);
  return k > 0 ? tokens[k - 1] : undefined;
}

/** Whether one of tokens[from, to) is `a` or `b`. */
function tokensAre(tokens: readonly Token[], from: number, to: number, a: string, b: string): boolean {
  for (let t = from; t < to; t++) if (tokens[t]!.lower === a || tokens[t]!.lower === b) return true;
  return false;
}

const TO_WORDS: ReadonlySet<string> = new Set(['to', 'until', 'till']);
/** Words that make the next `X to Y` a range's two ends. */
const RANGE_WORDS: ReadonlySet<string> = new Set(RANGE_VERBS);

/** Whether a token of tokens[from, to) (from clamped at 0) is `from`, or (`set`) a word of the set. */
function wordIn(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string> | null): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const lower = tokens[k]!.lower;
    if (set ? set.has(lower) : lower === 'from') return true;
  }
  return false;
}

export function fromToOf(
  number: ReadNumber,
  tokens: Token[],
  numbers: ReadNumber[],
  idx: number,
): 'from' | 'to' | null {
  const ended = firstEndingAfter(tokens, number.start);
  // (the three words before the figure; `The 24-hour range for Bitcoin was $119,200 to $121,815`: the range word up
  // to five words back)
  // `24h range: $108,050 to $112,511`, `range was $2.19 to $2.43`, `range was 119.2k until 121.8k`: a range word makes
  // `X to Y` a pair without `from`
  if (wordIn(tokens, ended - 3, ended, null) || wordIn(tokens, ended - 5, ended, RANGE_WORDS)) {
    const next = numbers[idx + 1];
    if (next && next.kind === 'number')
      for (let k = firstStartingAt(tokens, number.end); k < tokens.length && tokens[k]!.end <= next.start; k++)
        if (TO_WORDS.has(tokens[k]!.lower)) return 'from';
  }
  const last = ended >= 1 ? tokens[ended - 1]!.lower : '';
  const second = ended >= 2 ? tokens[ended - 2]!.lower : '';
  if (TO_WORDS.has(last) || (TO_WORDS.has(second) && last !== 'from')) {
    const prev = numbers[idx - 1];
    if (prev)
      for (let k = firstStartingAt(tokens, prev.start - 29); k < tokens.length && tokens[k]!.start < prev.start; k++)
        if (tokens[k]!.lower === 'from' || RANGE_WORDS.has(tokens[k]!.lower)) return 'to';
  }
  return null;
}

/** True when the line after `end` is a Markdown table separator (`|---|:--:|`). */
export function isSeparatorRow(text: string, end: number): boolean {
  // Only a sentence that ends its line can be a header row: never scan the rest of a long line (linear time).
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
  if (text[k] !== '\n') return false;
  k++;
  let dashes = 0;
  for (; k < text.length && text[k] !== '\n'; k++) {
    const c = text[k]!;
    if (c === '-') dashes++;
    else if (c !== '|' && c !== ':' && c !== ' ') return false;
  }
  return dashes >= 3;
}

/** What a table header cell says about its column: window (`7d`), metric (`Market cap`, `Funding (8h)`), unit (`%`). */
export type Column = {
  window: WindowCue | null;
  cues: MetricCue[];
  unit: 'pct' | 'usd' | null;
  /** `Rank`, `#`, `No.`: the column holds ranks, not figures. */
  rank: boolean;
  /** `Up/Down`, `Adv/Dec`: cells like `8/2` count advancers and decliners. */
  updown: boolean;
};

const COUNT_HEADERS: ReadonlyMap<string, MetricCue> = new Map([
  ['up', 'advancers'],
  ['down', 'decliners'],
  ['gainers', 'advancers'],
  ['losers', 'decliners'],
]);

export function tableColumns(header: string): Column[] {
  const columns: Column[] = header
    .split('|')
    .slice(1)
    .map((cell) => {
      const tokens = tokenize(cell);
      const window = matchPhrases(cell, tokens, windowIndex)[0]?.payload ?? null;
      const cues = payloadsOf(matchPhrases(cell, tokens, metricIndex));
      const lower = cell.toLowerCase().trim();
      // `| Sector | Up | Down |`: a column headed by a bare `Up` / `Down` counts the members that rose / fell
      const cue =
        COUNT_HEADERS.get(lower.replace(/[*_]/g, '')) ?? cues.find((c) => !WEAK_CUES.has(c)) ?? cues[0] ?? null;
      const unit = cell.includes('%') ? 'pct' : cell.includes('$') || lower.includes('usd') ? 'usd' : null;
      // `#` ends with no word boundary after it: `(?![a-z0-9])` instead of `\b`
      const rank = /^(?:rank|#|no\.?|pos\.?|position|place)(?![a-z0-9])/.test(lower.replace(/[*_]/g, ''));
      // `Annualized` under a funding table: annualized funding
      // `Cap chg 24h`: a cap column of changes (the cap-change word goes first)
      const capChange = cues.find((c) => c === 'cap_gain' || c === 'cap_loss');
      // (`Funding (apr)`: an annual word beside `funding` in the header; `Vol 7d (ann.)` stays volatility)
      const withFunding: MetricCue[] =
        cue === 'funding_apr' || (cue === 'funding' && cues.includes('funding_apr'))
          ? ['funding_apr', 'funding']
          : capChange && cues.includes('cap')
            ? [capChange, 'cap']
            : cue
              ? [cue]
              : [];
      const updown = /\b(up|adv|advancers|gainers|green|rose)\s*\/\s*(down|dec|decliners|losers|red|fell)\b/.test(
        lower,
      );
      return { window, cues: withFunding, unit, rank, updown };
    });
  // `| Realized vol (ann.) | 7d | 30d |`: a metric named in the corner heads every column that names none
  // (not funding: it has no 7- or 30-day reading, and `| Funding leaders | 24h | 7d |` heads changes)
  const corner = columns[0];
  if (corner?.cues.length && !corner.rank && !corner.updown && !corner.cues.some((c) => c.startsWith('funding')))
    for (const c of columns.slice(1)) if (!c.cues.length && !c.rank && !c.updown) c.cues = corner.cues;
  return columns;
}

export function columnOf(text: string, rowStart: number, at: number): number {
  let column = -1;
  for (let k = rowStart; k < at; k++) if (text[k] === '|') column++;
  return Math.max(0, column);
}

/** `the sector`, `the group` point back to a sector; `the token`, `the coin` to an asset. */
export function anaphorKind(text: string, span: { start: number; end: number }): EntityKind | null {
  const lower = text.slice(span.start, Math.min(span.end, span.start + 400)).toLowerCase();
  // (`Virtuals topped the group at +2.2%`: a group a name leads is no anaphor)
  if (GROUP_ANAPHOR.test(lower)) return 'sector';
  if (lower.includes('the token') || lower.includes('the coin')) return 'asset';
  return null;
}

const GROUP_ANAPHOR =
  /(?<!\b(?:led|leads|leading|topped|tops|topping|headed|heads)\s)\bthe (?:sector|group|basket|cohort)|\bas a group/;

/** Whether a cue can describe this number at all (`shed` says nothing about a percentage's metric). */
function cueFits(cue: MetricCue, number: ReadNumber): boolean {
  if (number.fraction || number.unit === 'count') return COUNT_CUES.has(cue);
  if (number.unit === 'usd') return USD_CUES.has(cue);
  if (number.unit === 'pct') return PCT_CUES.has(cue);
  if (number.unit === 'ratio') return cue === 'volume';
  return true;
}
