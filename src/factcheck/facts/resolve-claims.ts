/**
 * Maps a draft claim to the facts that could ground it: the metric its cue words and unit imply, its
 * entity (market-wide metrics fall back to the market), its window (none stated: every window, 24h first).
 */
import type { Claim } from '../../domain/check-report.ts';
import type { Metric } from '../../domain/fact.ts';
import type { Unit, Window } from '../../domain/units.ts';
import {
  DIP_BEFORE,
  DOWN_GROUPS,
  EXTREME_DOWN,
  EXTREME_UP,
  GROUP_WORD,
  LEVEL_NAMED,
  MOVER_DOWN,
  MOVER_NOUNS,
  MOVER_UP,
  type MetricCue,
  OUTNUMBER,
  PUSH_BEFORE,
  RANGE_WORD,
  TOUCH_BEFORE,
} from '../lexicon.ts';
import type { DraftClaim } from '../extract/extract-claims.ts';
import { entityKey, factsFor, type CheckFact, type FactsLookup } from './facts-lookup.ts';
import { isLetter } from '../read/scan-literal.ts';
import { nextWord, skipSpaces } from '../read/text-cursor.ts';
import { foreignMetricOf } from './foreign-metric.ts';
import { levelMetricsFor, levelWindowOf } from './level-window.ts';

export type Resolution = {
  metric: Metric | null;
  unit: Unit | 'none';
  /** Compare as a price level: `below`/`above` are strict, `near` uses the about tolerance. */
  level: boolean;
  candidates: CheckFact[];
  /** `24h range $X–$Y`: low end against a low fact, high end against the matching high fact. */
  range?: boolean;
  /** Inherited entity: candidates of several earlier entities (keep their order: nearest first). */
  keepOrder?: boolean;
  /** Why nothing could be looked up (no entity, no unit). */
  missing: string | null;
  /** The figure is about a thing no fact measures (`liquidations`): it names no watchlist entity. */
  foreign?: boolean;
};

const MONEY: ReadonlySet<Metric> = new Set([
  'price',
  'high',
  'low',
  'support',
  'resistance',
  'swing_high',
  'swing_low',
  'market_cap',
  'market_cap_start',
  'market_cap_change',
  'volume',
  'open_interest',
]);
const MARKET_SCOPE: ReadonlySet<Metric> = new Set([
  'volume',
  'members',
  'dominance',
  'funding_rate',
  'open_interest',
  'oi_change',
  'advancers',
  'decliners',
  'market_cap',
]);

/** The metrics one cue can mean for a number of the given unit, or null when incompatible. */
function metricsForCue(cue: MetricCue, unit: Unit | 'none', entityKind: string | null): Metric[] | null {
  const money = unit === 'usd' || unit === 'none';
  switch (cue) {
    // (a sector or the market has no price: `CoinGecko's AI category sits at $24.1B` is a cap)
    case 'price':
      return money
        ? entityKind === 'sector' || entityKind === 'market'
          ? ['market_cap']
          : ['price']
        : unit === 'pct'
          ? ['change']
          : null;
    case 'cap':
      return money ? ['market_cap'] : unit === 'pct' ? ['change'] : null;
    case 'cap_loss':
    case 'cap_gain':
      return money && entityKind !== 'asset' ? ['market_cap_change'] : null;
    case 'volume':
      return money ? ['volume'] : unit === 'ratio' ? ['volume_ratio'] : null;
    case 'volatility':
      // `Vol 24h` over a dollar column is volume
      return unit === 'pct' || unit === 'none' ? ['volatility'] : unit === 'usd' ? ['volume'] : null;
    case 'funding':
      return unit === 'pct' ? ['funding_rate'] : null;
    case 'funding_apr':
      return unit === 'pct' ? ['funding_apr'] : null;
    case 'oi':
      return money ? ['open_interest'] : unit === 'pct' ? ['oi_change'] : null;
    case 'support':
      return money ? ['support', 'swing_low', 'low'] : null;
    case 'resistance':
      return money ? ['resistance', 'swing_high', 'high'] : null;
    case 'level':
      return money ? ['price', 'support', 'resistance'] : null;
    case 'high':
      return money ? ['high', 'swing_high'] : null;
    case 'low':
      return money ? ['low', 'swing_low'] : null;
    case 'dominance':
      return unit === 'pct' || unit === 'none' ? ['dominance'] : null;
    case 'advancers':
      return unit === 'count' || unit === 'none' ? ['advancers'] : null;
    case 'decliners':
      return unit === 'count' || unit === 'none' ? ['decliners'] : null;
    case 'members':
      return unit === 'count' || unit === 'none' ? ['members'] : null;
    // `the weakest sector, down 17.5%` is the sector's own change; `its worst member fell 18%` the member's
    case 'best':
      return unit === 'pct' ? (entityKind === 'asset' ? ['change'] : ['best_change', 'change']) : null;
    case 'worst':
      return unit === 'pct' ? (entityKind === 'asset' ? ['change'] : ['worst_change', 'change']) : null;
    case 'change':
      return unit === 'pct' ? ['change'] : null;
    // (`range-bound between $95,000 and $100,000`: a range between the levels too)
    case 'range':
      return money ? ['low', 'high', 'swing_low', 'swing_high', 'support', 'resistance'] : null;
    // `touched $103,195`, `dipping to $108,050`: the price reached is the price now or the day's extreme (the verb's
    // direction and a 30-day window are applied in resolveClaim)
    case 'extreme':
      return money ? ['price', 'low', 'high'] : null;
  }
}

/** A figure written to more precision than a round band (`$96,115`, `$2.4486`; not `$112,000`, `$2.40`). */
function measured(value: number, halfUnit: number): boolean {
  return value !== 0 && halfUnit / Math.abs(value) < 0.0005;
}

const POINTS_AFTER = /^\s*(?:pts?\b|points?\b|percentage points?\b|pp\b)/i;

function defaultMetrics(unit: Unit | 'none', kind: string | null, scaled: boolean): Metric[] | null {
  if (unit === 'pct') return ['change'];
  if (unit === 'ratio') return ['volume_ratio']; // (resolveClaim checks the clause speaks of volume or an average)
  if (unit === 'usd' || (unit === 'none' && (scaled || kind === 'asset')))
    return kind === 'asset' ? ['price'] : ['market_cap'];
  return null;
}

function unitOf(metric: Metric): Unit {
  if (MONEY.has(metric)) return 'usd';
  if (metric === 'volume_ratio') return 'ratio';
  if (metric === 'advancers' || metric === 'decliners' || metric === 'members') return 'count';
  return 'pct';
}

/**
 * `defaultWindow`: what a figure with no stated window means in this brief (24h daily / sector, 7d weekly); it
 * applies when the metric has a fact over that window (a realized volatility has none over 24h).
 */
export function resolveClaim(draft: DraftClaim, lookup: FactsLookup, defaultWindow: Window | null = null): Resolution {
  const read = resolveByCues(draft, lookup, defaultWindow);
  // A metric carried from another clause must fit the figure's size and unit: `crypto cap $3.32T (+2.9%); BTC $98.7K`
  // reads the BTC figure as a price, `vol $146.7B $SHIB 0.0000104` the SHIB one too (a bare figure is no percentage).
  // When no fact of the carried metric is within CARRY_SPAN of the figure, or a bare figure would be read as a
  // percentage, and the figure's own default reading has a fact of its size, that reading wins.
  const fits =
    keepsCarriedPercentage(draft, read) ||
    (read.candidates.some((f) => within(f.value, draft.number.value)) &&
      !(draft.number.unit === 'none' && read.unit === 'pct'));
  if (!draft.cuesCarried || !read.candidates.length || fits) return sizedLevel(draft, read);
  const own = resolveByCues({ ...draft, cues: [], cuesCarried: false }, lookup, defaultWindow);
  return sizedLevel(draft, own.candidates.some((f) => sameSize(f.value, draft.number.value)) ? own : read);
}

/** Metric words that name a size or a level (not a move: `lost $27 million` may be anyone's). */
const NAMED_SIZES: ReadonlySet<MetricCue> = new Set([
  'cap',
  'volume',
  'oi',
  'support',
  'resistance',
  'high',
  'low',
  'level',
]);
const LEVELS: ReadonlySet<Metric | null> = new Set(['price', 'support', 'resistance', 'high', 'low']);
/** Sizes that a figure about a subject carried from an earlier sentence must fit (`an exploit worth 34 Mio. $`). */
const SIZES: ReadonlySet<Metric | null> = new Set(['market_cap', 'volume', 'open_interest']);
/**
 * `a lending protocol lost $27 million` after a sentence on bitcoin, `an exploit worth 34 Mio. $`: a dollar figure
 * twenty times off every price, level or size of its subject is not that subject's (no fact states it; an outlet may).
 */
function sizedLevel(draft: DraftClaim, res: Resolution): Resolution {
  const n = draft.number;
  const sized = LEVELS.has(res.metric) || (draft.entityInherited && SIZES.has(res.metric));
  if (res.unit !== 'usd' || !sized || n.high || !res.candidates.length) return res;
  // (a metric the figure's own clause names holds, and so does the value a move or a trade reached: `its market cap
  // hit $9.8B`, `support is $612 million`, `traded at $612 million` stay wrong figures of that metric)
  const before = draft.sentence.text.slice(
    Math.max(0, n.start - draft.sentence.start - 12),
    n.start - draft.sentence.start,
  );
  const ownCue =
    !draft.cuesCarried &&
    draft.cues.some((c) => NAMED_SIZES.has(c)) &&
    !/\bworth\s+(?:some\s+|about\s+)?$/i.test(before);
  if (ownCue || draft.afterTo) return res;
  if (res.candidates.some((f) => withinFactor(f.value, n.value, CARRY_SPAN))) return res;
  return {
    metric: null,
    unit: 'usd',
    level: false,
    candidates: [],
    missing: 'no fact of that size for a price or level',
  };
}

/**
 * A written percentage keeps a carried percentage metric (`SOL funding -0.0027%, XRP 2.16%` is read as funding),
 * unless its own form names another: a rate written to a thousandth under 0.1 is funding (`open interest down 1.4%
 * even as longs paid 0.0118%`), and a marked move is no funding rate (`funding -0.006% ... $ETH +6.3% to 3,486`).
 */
function keepsCarriedPercentage(draft: DraftClaim, read: Resolution): boolean {
  const n = draft.number;
  if (n.unit !== 'pct' || read.unit !== 'pct') return false;
  const fundingForm = Math.abs(n.value) < 0.1 && n.halfUnit <= 0.0005;
  const moved = draft.direction !== null || n.sign !== 0 || draft.movedBy === true;
  // (an annualized rate is never written to a thousandth: `ETH 0.0187% = 25% APR, SOL 0.0163%`)
  if (read.metric === 'funding_apr') return !fundingForm;
  return read.metric === 'funding_rate' ? fundingForm || !moved : !fundingForm;
}

/** How far (a factor) a carried metric's fact may be from the figure before the figure's size overrules it. */
const CARRY_SPAN = 20;
const within = (a: number, b: number) => withinFactor(a, b, CARRY_SPAN);

function resolveByCues(draft: DraftClaim, lookup: FactsLookup, defaultWindow: Window | null): Resolution {
  const n = draft.number;
  const kind = draft.entity?.kind ?? null;
  const foreign = foreignMetricOf(draft);
  if (foreign)
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: `no fact states ${foreign}`,
      foreign: true,
    };
  let metrics: Metric[] | null = null;
  let byDefault = false;
  const mover = n.unit === 'count' || n.unit === 'none' ? moverAfter(draft) : null;
  const side = n.unit === 'count' || n.unit === 'none' ? outnumbered(draft) : null;
  if (side) metrics = [side];
  else if (n.pool || poolAfter(draft)) metrics = ['members'];
  // `7 up, 0 down`, `3 lower`: a mover word right after a count decides what it counts, whatever cue comes before
  else if (mover && !n.fraction) metrics = [mover];
  else if (n.fraction)
    metrics =
      draft.cues.includes('advancers') || draft.direction === 'up'
        ? ['advancers']
        : draft.direction === 'down' || draft.cues.includes('decliners')
          ? ['decliners']
          : null;
  else {
    const unit = n.unit === 'count' && draft.cues.length === 0 && draft.direction ? 'count' : n.unit;
    // `shed $759 million of market value`: a loss/gain verb with a cap noun in one clause is the cap's change
    let cues =
      draft.cues.includes('cap') && !draft.afterTo
        ? [...draft.cues].sort((a, b) => capChangeFirst(a) - capChangeFirst(b))
        : draft.cues;
    // `share of total crypto market value is 62.9%`: a share of a cap is dominance, not a cap change
    if (n.unit === 'pct' && cues.includes('dominance') && cues.includes('cap'))
      cues = ['dominance', ...cues.filter((c) => c !== 'dominance')];
    for (const cue of cues) {
      if (cue === 'funding_apr' && !draft.cues.includes('funding')) continue;
      // `28 of 30 tracked tokens fell`: the count is of movers, `tracked` only names the pool
      if (cue === 'members' && (draft.direction === 'up' || draft.direction === 'down')) continue;
      if (cue === 'range' && !n.high) continue;
      if ((cue === 'cap_loss' || cue === 'cap_gain') && draft.afterTo) continue;
      // (`24h vol across crypto 146.8B`: a `vol` figure in billions is volume)
      metrics = metricsForCue(cue, cue === 'volatility' && n.unit === 'none' && n.scale !== 1 ? 'usd' : unit, kind);
      if (metrics) break;
    }
    if (metrics?.[0] === 'funding_rate' && draft.cues.includes('funding_apr')) metrics = ['funding_apr'];
    // `the group's market value rose $1.15 billion to $13.6 billion`, `sector cap $13.6B, +$1.15B today`: a group's
    // cap figure written with a sign or right after a move verb (not the `to` value) is the cap's change
    if (
      metrics?.[0] === 'market_cap' &&
      kind !== 'asset' &&
      !draft.afterTo &&
      draft.fromTo !== 'to' &&
      (n.sign !== 0 ||
        draft.movedBy ||
        ((draft.direction === 'up' || draft.direction === 'down') && ofValueAfter(draft)))
    )
      metrics = ['market_cap_change'];
    // `spiked to`: the price or the high; `dipped to`: the price or the low; `touched` either; a 30-day window
    // (`touched its 30-day low of $97,150`) names the swing level instead of the day's
    if (metrics && draft.cues[0] === 'extreme') metrics = extremeMetrics(draft, metrics);
    // `XRP's 24h high was 2.5974`: the day's high, not the 30-day swing high
    if (metrics && (metrics.includes('high') || metrics.includes('low')))
      metrics = levelMetricsFor(metrics, levelWindowOf(draft));
    // `Its 24-hour range ran from $3,809 to $3,998`: the ends of a stated range are its low and high
    const range = draft.fromTo && (n.unit === 'usd' || n.unit === 'none') && !n.high ? rangeFromTo(draft) : null;
    if (range) {
      // the range's own window names which ends: the day's low/high, the 30-day swing; a week's range has no fact
      const ends: Metric[] = draft.fromTo === 'from' ? ['low', 'swing_low'] : ['high', 'swing_high'];
      metrics = range === 'any' ? ends : range === '24h' ? [ends[0]!] : range === '30d' ? [ends[1]!] : [];
    }
    // `annualised, BTC funding is 8.9 % and ETH 10.3 %`: a funding figure of half a per cent or more in a sentence
    // that speaks of an annual rate is the annualized rate (a rate per 8h that size is not written as routine)
    if (metrics?.[0] === 'funding_rate' && Math.abs(n.value) >= 0.5 && ANNUAL_WORDS.test(draft.sentence.text))
      metrics = ['funding_apr'];
    if (
      !metrics &&
      (n.unit === 'count' ||
        (n.unit === 'none' &&
          n.scale === 1 &&
          Number.isInteger(n.value) &&
          (draft.direction === 'up' || draft.direction === 'down') &&
          // `ETH fell 3.1% to 3,412`: the value an asset reached is its price, not a count
          !(kind === 'asset' && draft.afterTo) &&
          // `everything else dumps, 931 and chilling`: no count of movers is larger than the watchlist
          n.value <= (factsFor(lookup, 'market', 'market', ['members'])[0]?.value ?? Infinity)))
    ) {
      // `all seven coins positive`, `2 negative`: a count's sign word counts gainers or losers
      const moved =
        draft.direction === 'positive' && n.unit === 'count'
          ? 'up'
          : draft.direction === 'negative' && n.unit === 'count'
            ? 'down'
            : draft.direction;
      metrics = moved === 'up' ? ['advancers'] : moved === 'down' ? ['decliners'] : null;
    }
    // A percentage written to a thousandth or finer and under 0.1 is a funding rate, not a price change; so is one
    // under 0.1 in a sentence that speaks of funding (`dogecoin's rate hit minus six hundredths of a per cent`)
    if (
      (!metrics || (metrics.length === 1 && metrics[0] === 'change')) &&
      n.unit === 'pct' &&
      Math.abs(n.value) < 0.1 &&
      !n.high &&
      (n.halfUnit <= 0.0005 || (kind === 'asset' && draft.fundingSpoken))
    )
      metrics = ['funding_rate'];
    metrics ??= defaultMetrics(n.unit, kind, n.scale !== 1);
    // `dropped to $104,130 and then bounced to $111,921 before closing at $108,450`, `104k → 112k → 108k`: a figure
    // on a path the sentence ends elsewhere is a point the price passed, the day's low or high
    const passed =
      metrics?.[0] === 'price' && kind === 'asset' && (n.unit === 'usd' || n.unit === 'none')
        ? extremeBefore(draft)
        : null;
    if (passed) metrics = extremeMetrics(draft, passed);
    else if (metrics?.[0] === 'price' && kind === 'asset' && (n.unit === 'usd' || n.unit === 'none') && pathStep(draft))
      metrics = extremeMetrics(
        draft,
        draft.direction === 'up' ? ['high'] : draft.direction === 'down' ? ['low'] : ['low', 'high'],
      );
    // `traded as low as $0.00001097 before settling at $0.0000148`, `low was 0.000011, now 0.0000148`: the figure the
    // path ends on is the price, whatever extreme the sentence named
    else if (
      (metrics?.[0] === 'low' || metrics?.[0] === 'high') &&
      kind === 'asset' &&
      (n.unit === 'usd' || n.unit === 'none') &&
      PATH_END_BEFORE.test(
        draft.sentence.text.slice(Math.max(0, n.start - draft.sentence.start - 32), n.start - draft.sentence.start),
      )
    )
      metrics = ['price'];
    // `knocking on 950`, `if 3,400 breaks`, `defending $110K`: a level the price is tested against, its price
    // or a support or resistance
    else if (metrics?.length === 1 && metrics[0] === 'price' && kind === 'asset' && levelTest(draft))
      metrics = ['price', 'support', 'resistance'];
    // `trading between $96,115 and $102,600`: a price pair with a measured end (not a round band such as `between
    // $112,000 and $113,000`) is the day's low and high, or the levels; so is a slash pair (`box $4,200 / $4,400`)
    else if (
      metrics?.[0] === 'price' &&
      kind === 'asset' &&
      n.high &&
      (n.pair || measured(n.value, n.halfUnit) || measured(n.high.value, n.high.halfUnit))
    )
      metrics = levelMetricsFor(metricsForCue('range', 'usd', kind)!, levelWindowOf(draft));
    // `ETH open interest stands at 1.0 x its weekly average`, `BTC funding runs 1.1 x ETH's`: a ratio is the volume
    // ratio only where its clause speaks of volume or an average, and names no other metric
    // (a table row's column header names its metric)
    if (
      metrics?.[0] === 'volume_ratio' &&
      !draft.sentence.text.startsWith('|') &&
      ((!draft.cues.includes('volume') && !RATIO_CONTEXT.test(draft.sentence.text)) ||
        OTHER_RATIO_METRIC.test(clauseBefore(draft)))
    )
      metrics = null;
    byDefault = cues.length === 0 || cues.every((c) => WEAK.has(c));
  }
  if (n.unit === 'pct' && distanceToLevel(draft))
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: 'a distance to a price level, and no fact states one',
    };
  // `twice as fast as layer-ones`, `3 times as much as bitcoin`, `half of Solana's`: a comparison of two figures,
  // which no fact states
  if (n.unit === 'ratio' && AS_MUCH_AS.test(draft.sentence.text.slice(n.end - draft.sentence.start)))
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: 'a comparison of two figures, and no fact states it',
    };
  // `4,500 BTC`, `1.2M ETH`, `forty-two thousand bitcoin`: a quantity of coins, which no fact states
  if (
    (n.unit === 'none' || n.unit === 'count') &&
    Math.abs(n.value) >= 100 &&
    !TICKER_BEFORE.test(
      draft.sentence.text.slice(Math.max(0, n.start - draft.sentence.start - 8), n.start - draft.sentence.start),
    ) &&
    COIN_QUANTITY.test(draft.sentence.text.slice(n.end - draft.sentence.start, n.end - draft.sentence.start + 16))
  )
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: 'a quantity of coins, and no fact states one',
    };
  // `traded in a $7,800 range`, `a $7,800 BTC range`: the width of a range, which no fact states
  if (
    n.unit === 'usd' &&
    !n.high &&
    RANGE_WIDTH.test(draft.sentence.text.slice(n.end - draft.sentence.start)) &&
    /\b(?:a|an)\s+(?:\*\*)?\$?\s*$/i.test(draft.sentence.text.slice(0, n.start - draft.sentence.start))
  )
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: 'the width of a range, and no fact states one',
    };
  if (!metrics)
    return {
      metric: null,
      unit: n.unit,
      level: false,
      candidates: [],
      missing: 'no unit or metric words to check it against',
    };
  const metric = metrics[0]!;
  const unit: Unit = n.fraction ? 'count' : n.unit === 'none' ? unitOf(metric) : (n.unit as Unit);
  const levelMetric =
    metric === 'price' || metric === 'support' || metric === 'resistance' || metric === 'high' || metric === 'low';
  const level =
    unit === 'usd' &&
    levelMetric &&
    (draft.hedge === 'more-than' || draft.hedge === 'less-than' || draft.hedge === 'about');
  let entity = draft.entity;
  // (`ETH dom 62.1%`: only bitcoin's dominance is a fact)
  if (metric === 'dominance' && entity?.kind === 'asset' && entity.id !== 'btc' && ownDominance(draft, entity.id))
    return {
      metric: null,
      unit,
      level: false,
      candidates: [],
      missing: `no dominance fact for ${entity.id.toUpperCase()}`,
    };
  // (`dominance dropped 1.5 pts`, `fell 1.5 percentage points`, `from 62.5% a day earlier`: a change of the share or
  // its old value; the facts hold today's share only)
  if (
    metric === 'dominance' &&
    (POINTS_AFTER.test(draft.sentence.text.slice(n.end - draft.sentence.start)) ||
      /\bpoints?$/i.test(n.text) ||
      draft.fromTo === 'from' ||
      /\bfrom\s+(?:about\s+|around\s+)?$/i.test(draft.sentence.text.slice(0, n.start - draft.sentence.start)))
  )
    return {
      metric: null,
      unit,
      level: false,
      candidates: [],
      missing: 'a change of the dominance or its earlier value, and no fact states one',
    };
  if (!entity || metric === 'dominance') entity = MARKET_SCOPE.has(metric) ? { kind: 'market', id: 'market' } : entity;
  // (`Dogecoin was the best of the 4`: an asset has no members; the group is the sector the text is about)
  if (metric === 'members' && entity?.kind === 'asset') {
    const groups: DraftClaim['recent'] = [
      ...draft.recent.filter((e) => e.kind === 'sector'),
      { kind: 'market', id: 'market' },
    ];
    const sized = groups.find((g) => factsFor(lookup, g.kind, g.id, ['members'])[0]?.value === n.value);
    entity = sized ?? groups[0] ?? entity;
  }
  if (!entity)
    return { metric, unit, level, candidates: [], missing: 'no asset, sector or market named for this number' };
  // `from $A to $B` names a start value only for metrics that have one
  // (`from a $104.6K low to a $115.7K high` does not)
  const start =
    draft.fromTo === 'from' && metrics.some((m) => m === 'price' || m === 'market_cap' || m === 'open_interest');
  const startMetrics =
    start && metrics.includes('market_cap') ? (['market_cap', 'market_cap_start'] as Metric[]) : metrics;
  let candidates = factsFor(lookup, entity.kind, entity.id, startMetrics, start);
  if (draft.entityInherited) {
    // `It now sits near $100K`: the first earlier entity that has such a fact
    // Dollar levels name their asset by magnitude (`support sits near $100,000` after a paragraph on AI tokens),
    // so any earlier entity may ground them; a percentage or ratio belongs to the nearest earlier entity with such a
    // fact.
    for (const other of draft.recent.slice(1)) {
      if (unit !== 'usd' && candidates.length) break;
      candidates = [...candidates, ...factsFor(lookup, other.kind, other.id, startMetrics, start)];
    }
    if (MARKET_SCOPE.has(metric) && entity.kind !== 'market')
      candidates = [...candidates, ...factsFor(lookup, 'market', 'market', metrics, start)];
  }
  if (candidates.length === 0 && MARKET_SCOPE.has(metric) && entity.kind !== 'market' && metric !== 'market_cap')
    candidates = factsFor(lookup, 'market', 'market', metrics, start);
  // A volume ratio is against the 7-day average whatever window the sentence names (`its 24h volume is 1.1x`).
  const windowFree = metric === 'volume_ratio';
  // (`..., over the week, and Solana's 24h low was $209.69`: a level's own `24h` wins over the sentence's window)
  const dayLevel = (metric === 'low' || metric === 'high') && levelWindowOf(draft) === '24h';
  if (windowFree || dayLevel) {
    // keep every candidate
  } else if (draft.window && draft.window !== 'other') {
    const windowed = candidates.filter(
      (f) => !f.window || f.window === draft.window || f.metric === 'swing_high' || f.metric === 'swing_low',
    );
    candidates = windowed;
  } else if (draft.window === 'other')
    candidates = candidates.filter((f) => !f.window || f.metric === 'swing_high' || f.metric === 'swing_low');
  else if (defaultWindow && candidates.some((f) => f.window === defaultWindow))
    candidates = candidates.filter(
      (f) => !f.window || f.window === defaultWindow || f.metric === 'swing_high' || f.metric === 'swing_low',
    );
  // A sector's CoinGecko category figures (a broader basket) and its watchlist members' figures: a sentence that names
  // one (`CoinGecko's AI category sits at $20.46B`, `DePIN cap (our 4 names)`) is held to that one
  if (entity.kind === 'sector' && candidates.some((f) => f.id.includes(CATEGORY_ID))) {
    const named = categoryNamed(draft);
    const kept = named === null ? candidates : candidates.filter((f) => f.id.includes(CATEGORY_ID) === named);
    if (kept.length) candidates = kept;
  }
  // `support at $0.42`: the asset's computed support (resistance) when it has one, not its 24h low or swing low
  if (metric === 'support' || metric === 'resistance') {
    const own = candidates.filter((f) => f.metric === metric);
    if (own.length) candidates = own;
  }
  if (!draft.entityInherited) candidates.sort((a, b) => rank(a) - rank(b));
  // The magnitude of a dollar figure names its metric when no word does: `$612 million` is not a $112K price.
  if (
    unit === 'usd' &&
    byDefault &&
    !n.high &&
    candidates.length &&
    !candidates.some((f) => sameSize(f.value, n.value))
  ) {
    // (a stated window holds: `added $0.47B in 24h` is not the 7-day change of that size)
    const sized = (lookup.byEntity.get(entityKey(entity.kind, entity.id)) ?? []).filter(
      (f) =>
        f.unit === 'usd' &&
        !f.start &&
        sameSize(f.value, n.value) &&
        (!f.window || !draft.window || draft.window === 'other' || f.window === draft.window),
    );
    if (!sized.length)
      return {
        metric: null,
        unit,
        level: false,
        candidates: [],
        missing: `no fact of ${entity.kind === 'market' ? 'the market' : entity.id.toUpperCase()} is of that size`,
      };
    return { metric: sized[0]!.metric, unit, level, candidates: sized, missing: null };
  }
  return {
    metric,
    unit,
    level,
    candidates,
    missing: null,
    ...(metric === 'low' && metrics.includes('high') ? { range: true } : {}),
  };
}

/** Window words written right before a range word (`24-hour range`, `30-day range`, `weekly range`). */
const RANGE_WINDOWS: ReadonlyArray<[RegExp, '24h' | '7d' | '30d' | 'other']> = [
  [/\b(?:24[- ]?h(?:our|r)?|day'?s|daily|intraday|one-day)\s+(?:trading\s+)?$/i, '24h'],
  [/\b(?:7[- ]?d(?:ay)?|week'?s|weekly|seven-day)\s+(?:trading\s+)?$/i, '7d'],
  [/\b(?:30[- ]?d(?:ay)?|month'?s|monthly|thirty-day)\s+(?:trading\s+)?$/i, '30d'],
  [/\b(?:\d+[- ]?(?:d|day|week|month|year)s?|year'?s|yearly|annual|quarterly)\s+(?:trading\s+)?$/i, 'other'],
];

const TAIL_WINDOWS: ReadonlyArray<[RegExp, '24h' | '7d' | '30d']> = [
  [/^\s*(?:today|on the day|over the day|intraday|in 24 ?h(?:ours)?|over 24 ?h(?:ours)?|overnight)\b/i, '24h'],
  [/^\s*(?:this week|on the week|over (?:the )?(?:week|7 days|seven days))\b/i, '7d'],
  [/^\s*(?:this month|on the month|over (?:the )?(?:month|30 days|thirty days))\b/i, '30d'],
];
const DAY_AFTER_RANGE = /^\s*(?:today|of the day|on the day|intraday|24h|over 24 hours)\b/i;
/** Every range word (a global copy of RANGE_WORD, compiled once; rangeFromTo resets its lastIndex). */
const RANGE_WORDS = new RegExp(RANGE_WORD.source, 'gi');
/**
 * The figure's `from X to Y` (or `X to Y`) pair follows a range word in its clause (`range ran from $3,809 to $3,998`,
 * `24h range: $108,050 to $112,511`): the window the range names (`24-hour range` -> '24h', `30-day range` -> '30d',
 * another -> '7d' / 'other'), 'any' when it names none, null when there is no range word.
 */
function rangeFromTo(draft: DraftClaim): '24h' | '7d' | '30d' | 'other' | 'any' | null {
  const { sentence, number } = draft;
  const upTo = sentence.text.slice(Math.max(0, number.start - sentence.start - 90), number.start - sentence.start);
  let word: RegExpExecArray | null = null;
  RANGE_WORDS.lastIndex = 0;
  for (let m = RANGE_WORDS.exec(upTo); m; m = RANGE_WORDS.exec(upTo)) word = m;
  if (!word) return null;
  // the pair must follow the range word in the same clause
  const after = upTo.slice(word.index + word[0].length);
  if (after.length > 60 || /;|\.\s|\.$/.test(after)) return null;
  const before = upTo.slice(0, word.index);
  for (const [re, window] of RANGE_WINDOWS) if (re.test(before)) return window;
  // `Range today 162.1 to 172.1`, `range of the day`: the day's window written after the range word
  if (DAY_AFTER_RANGE.test(after)) return '24h';
  // `ranged from 154.1 to 176.9 on the day`: a window written after the pair
  const tail = sentence.text.slice(number.end - sentence.start).replace(/^[^a-z]*?to\s+\$?[\d.,]+\s*[kK]?/i, '');
  for (const [re, window] of TAIL_WINDOWS) if (re.test(tail)) return window;
  return 'any';
}

/** The mover word right after a whole count (`7 up`, `3 lower`, `2 green`): which movers it counts, else null. */
function moverAfter(draft: DraftClaim): 'advancers' | 'decliners' | null {
  const n = draft.number;
  if (n.scale !== 1 || !Number.isInteger(n.value) || n.value < 0) return null;
  if (n.text.endsWith('\u2191')) return 'advancers';
  if (n.text.endsWith('\u2193')) return 'decliners';
  const after = draft.sentence.text.slice(n.end - draft.sentence.start, n.end - draft.sentence.start + 16);
  return MOVER_UP.test(after) ? 'advancers' : MOVER_DOWN.test(after) ? 'decliners' : null;
}

/** `30 coins tracked`, `all 30 tracked`, `30 listed`: a whole count the pool word after it names as the pool. */
function poolAfter(draft: DraftClaim): boolean {
  const n = draft.number;
  if (n.scale !== 1 || !Number.isInteger(n.value) || n.denominator !== undefined) return false;
  if (n.unit !== 'count' && n.unit !== 'none') return false;
  const at = n.end - draft.sentence.start;
  // (`only 3 coins green today out of 30`, `24 coins down from 30`: the pool a count was taken from)
  const lead = draft.sentence.text.slice(
    Math.max(0, n.start - draft.sentence.start - 40),
    n.start - draft.sentence.start,
  );
  if (
    (OUT_OF_BEFORE.test(lead) || MOVERS_FROM_BEFORE.test(lead)) &&
    !/^\s*(?:\*\*)?\s*(?:%|pct|per\s*cent|percent)/i.test(draft.sentence.text.slice(at, at + 10))
  )
    return true;
  // (`Dogecoin was the best of the 4 at -5.6%`: a superlative's group, the pool itself)
  if (
    n.value <= 30 &&
    SUPERLATIVE_OF.test(
      draft.sentence.text.slice(Math.max(0, n.start - draft.sentence.start - 40), n.start - draft.sentence.start),
    ) &&
    !/^\s*(?:\*\*)?\s*(?:%|pct|per\s*cent|percent)/i.test(draft.sentence.text.slice(at, at + 10))
  )
    return true;
  // (`the seven AI tokens added 8.8%`, `The AI tokens (7 names) gained`, `Layer 1 (10 names, $3.05T)`: the
  // group's size)
  const before = draft.sentence.text.slice(
    Math.max(0, n.start - draft.sentence.start - 8),
    n.start - draft.sentence.start,
  );
  const after = draft.sentence.text.slice(at, at + 24);
  if (
    (THE_BEFORE.test(before) && GROUP_NOUN_AFTER.test(after)) ||
    (/\(\s*$/.test(before) && /^\s*(?:names?|tokens|coins|assets|members|constituents)\s*[),;]/i.test(after))
  )
    return true;
  const pool = POOL_AFTER.exec(after);
  // (`only 4 decliners on the list`: the word before the pool counts movers)
  if (!pool || MOVER_NOUNS.has(/^\s*([a-z]*)/i.exec(pool[0])![1]!.toLowerCase())) return false;
  // (`All 30 coins tracked rose`: a mover verb after the pool word counts movers, not the pool)
  const rest = draft.sentence.text.slice(at + pool[0].length).split(/[,;.:\d]/)[0] ?? '';
  return !MOVER_VERB.test(rest);
}
const SUPERLATIVE_OF =
  /\b(?:best|worst|strongest|weakest|biggest|largest|top|leader)\s+(?:one\s+)?of\s+(?:the|its|all|our)\s+(?:\*\*)?$/i;
const OUT_OF_BEFORE = /\bout\s+of\s+(?:the\s+|all\s+)?$/i;
const MOVERS_FROM_BEFORE =
  /\b\d+\s+(?:coins|tokens|names|assets)\s+(?:down|up|lower|higher|red|green|fell|rose)\s+from\s+(?:the\s+)?$/i;
const THE_BEFORE = /\bthe\s+$/i;
const GROUP_NOUN_AFTER = /^\s*(?:[\p{L}0-9-]+\s+)?(?:tokens|coins|names|assets|constituents|projects)\b/iu;
const MOVER_VERB =
  /\b(?:rose|fell|gained|lost|up|down|higher|lower|advanced|declined|green|red|climbed|dropped|rising|falling)\b/i;
const POOL_AFTER =
  /^\s*(?:[a-z]+\s+)?(?:tracked|listed|covered|monitored|in total|(?:in|on) (?:our|the) (?:watch-?)?list)\b/i;

/** The metrics a price-reaching verb allows: its direction's extreme, the swing level only over 30 days. */
function extremeMetrics(draft: DraftClaim, metrics: Metric[]): Metric[] {
  const { sentence, number } = draft;
  const before = sentence.text.slice(Math.max(0, number.start - sentence.start - 30), number.start - sentence.start);
  const up = EXTREME_UP.test(before);
  const down = !up && EXTREME_DOWN.test(before);
  let out = metrics.filter((m) => !(up && m === 'low') && !(down && m === 'high'));
  if (levelWindowOf(draft) === '30d' || draft.window === '30d')
    out = out.map((m) => (m === 'high' ? 'swing_high' : m === 'low' ? 'swing_low' : m));
  return out;
}

/**
 * The figure is a step of a path: an arrow after it (`104k → 112k`), or a move verb's `to` before it and, later in
 * the sentence, where the price closed or is now (`... before closing at $108,450`, `..., now at $108,450`).
 */
/**
 * A figure the day passed on its way (the words right before it): `after a dip to $89,567` is the day's low, `after an
 * early spike to $114,740` its high, `after printing $114,740 overnight` either.
 */
function extremeBefore(draft: DraftClaim): Metric[] | null {
  const at = draft.number.start - draft.sentence.start;
  const before = draft.sentence.text.slice(Math.max(0, at - 60), at);
  if (DIP_BEFORE.test(before)) return ['low'];
  if (PUSH_BEFORE.test(before)) return ['high'];
  return TOUCH_BEFORE.test(before) ? ['low', 'high'] : null;
}

function pathStep(draft: DraftClaim): boolean {
  const t = draft.sentence.text;
  const end = draft.number.end - draft.sentence.start;
  const after = t.slice(end, end + 120);
  // (a chain of two arrows at least: `104k → 112k → 108k`; one arrow may be a range or a forecast)
  if (/^\s*(?:→|->|=>|⇒)\s*\$?\d[^→>⇒]{0,12}(?:→|->|=>|⇒)/.test(after)) return true;
  if (
    /(?:→|->|=>|⇒)\s*\$?$/.test(
      t.slice(Math.max(0, end - draft.number.text.length - 4), end - draft.number.text.length),
    ) &&
    /^\s*(?:→|->|=>|⇒)\s*\$?\d/.test(after)
  )
    return true;
  return draft.afterTo && PATH_END.test(after);
}
// (no capital between: `to $0.1642, and WIF is now at $0.81` closes another asset)
const PATH_END = new RegExp(
  String.raw`^[^.;!?A-Z]*?\b(?:before (?:clos|end|settl|finish)\w*|` +
    '(?:and |then )?(?:clos|end|settl|finish)(?:ed|ing) (?:at|near|around)|' +
    String.raw`(?:now|changing hands|sitting|back) (?:at|near|around|to)|back to)\b[^.;!?\d]{0,30}\$?\d`,
);

const PATH_END_BEFORE = new RegExp(
  String.raw`(?:\b(?:settl|clos|end|finish)(?:ed|ing)\s+(?:at|near|around)|\bnow(?:\s+(?:at|near|around))?|` +
    String.raw`\bback\s+(?:at|to))\s*\$?$`,
  'i',
);
const RATIO_CONTEXT = /\b(?:volumes?|turnover|traded|trading|average|avg|norm|usual|normal|baseline)\b/i;
const OTHER_RATIO_METRIC = /\b(?:open interest|oi|funding|leverage|dominance|market cap|volatility)\b/i;
const CATEGORY_ID = '.category_';
/** The figure's clause: from the last `,` / `;` / `:` / dash before it to a few words after it. */
function figureClause(draft: DraftClaim): string {
  const t = draft.sentence.text;
  const at = draft.number.start - draft.sentence.start;
  const end = draft.number.end - draft.sentence.start;
  let from = at - 1;
  while (from >= 0 && at - from < 80 && !CLAUSE_MARKS.has(t[from]!)) from--;
  let to = end;
  while (to < t.length && to - end < 30 && !CLAUSE_MARKS.has(t[to]!)) to++;
  return t.slice(from + 1, to);
}
/** The figure's clause up to the figure: the metric a ratio is of is named before it (`ETH open interest at 1.0 x`). */
function clauseBefore(draft: DraftClaim): string {
  const clause = figureClause(draft);
  const at = clause.indexOf(draft.number.text);
  return at === -1 ? clause : clause.slice(0, at);
}
const CLAUSE_MARKS = new Set([',', ';', ':', '\u2014', '\u2013']);
/**
 * Whether the figure's clause names the CoinGecko category (true) or the watchlist members (false), null when neither;
 * words after the figure count up to the next figure, and of both kinds the one nearer the figure wins (`Sector cap on
 * the watchlist is $16.1B versus $33B for the CoinGecko category`).
 */
function categoryNamed(draft: DraftClaim): boolean | null {
  const clause = figureClause(draft);
  const at = clause.indexOf(draft.number.text);
  if (at === -1) return CATEGORY_WORDS.test(clause) ? true : MEMBERS_WORDS.test(clause) ? false : null;
  const end = at + draft.number.text.length;
  // (a parenthesis after the figure is another figure's: `to $40.7B (CoinGecko's wider category: $61.8B)`)
  const next = clause.slice(end).search(/[\d(]/);
  const upTo = next === -1 ? clause : clause.slice(0, end + next);
  const category = wordDistance(upTo, CATEGORY_WORDS_ALL, at, end);
  const members = wordDistance(upTo, MEMBERS_WORDS_ALL, at, end);
  if (category === Infinity && members === Infinity) return null;
  return category < members;
}
const LEVEL_TEST_BEFORE = new RegExp(
  String.raw`\b(?:knock(?:s|ing)? on|test(?:s|ed|ing)?|retest(?:s|ed|ing)?|defend(?:s|ed|ing)?|` +
    'watch(?:ing)?|eye(?:s|ing)?)' +
    String.raw`\s+(?:the\s+)?(?:\*\*)?\$?\s*$`,
  'i',
);
const LEVEL_TEST_AFTER =
  /^\s*(?:\*\*)?\s*(?:breaks?|gives? way|goes|fails?|cracks?|holds?|held|is the (?:ceiling|floor))\b/i;
/** A figure the price is tested against: `knocking on 950`, `if 3,400 breaks`, `defending $110K`. */
function levelTest(draft: DraftClaim): boolean {
  const at = draft.number.start - draft.sentence.start;
  const t = draft.sentence.text;
  // (`could retest $95,000`: a forecast's level is no claim about today)
  if (/\b(?:could|would|will|might|may|expect(?:s|ed)?|likely|set to)\b/i.test(t.slice(Math.max(0, at - 60), at)))
    return false;
  // (`BTC at $115,000 holds firm`: a figure marked as the price is no level being tested)
  const marked = /\b(?:at|price|to|is|was|trades?|trading)\s+(?:\*\*)?\$?\s*$/i.test(t.slice(Math.max(0, at - 20), at));
  return (
    LEVEL_TEST_BEFORE.test(t.slice(Math.max(0, at - 30), at)) ||
    (!marked &&
      LEVEL_TEST_AFTER.test(
        t.slice(draft.number.end - draft.sentence.start, draft.number.end - draft.sentence.start + 24),
      ))
  );
}
const OUTNUMBERED_FIRST = new RegExp(String.raw`\b${GROUP_WORD}\s+${OUTNUMBER}\s+${GROUP_WORD}[\s,:]*$`, 'i');
const OUTNUMBERED_SECOND = new RegExp(
  String.raw`\b${GROUP_WORD}\s+${OUTNUMBER}\s+${GROUP_WORD}[\s,:]*\d+\s*(?:to|-|–|:)\s*$`,
  'i',
);
/** `Decliners outnumbered gainers 19 to 11`: the first figure counts the first group, the second the other. */
function outnumbered(draft: DraftClaim): 'advancers' | 'decliners' | null {
  const before = draft.sentence.text.slice(
    Math.max(0, draft.number.start - draft.sentence.start - 60),
    draft.number.start - draft.sentence.start,
  );
  const m = OUTNUMBERED_FIRST.exec(before) ?? OUTNUMBERED_SECOND.exec(before);
  if (!m) return null;
  // (`Decliners outnumbered gainers 3 to 27` is false whatever the counts: the first must be the larger)
  const pair = /(\d+)\s*(?:to|-|–|:)\s*(\d+)/.exec(
    draft.sentence.text.slice(Math.max(0, draft.number.start - draft.sentence.start - 12)),
  );
  if (pair && Number(pair[1]) <= Number(pair[2])) return null;
  const group = (OUTNUMBERED_FIRST.test(before) ? m[1] : m[2])!.toLowerCase();
  return DOWN_GROUPS.has(group) ? 'decliners' : 'advancers';
}
/** `ETH dom 62.1%`, `ether's dominance`: the asset named right before the dominance word. */
function ownDominance(draft: DraftClaim, id: string): boolean {
  const m = /\b([a-z]+)(?:['’]s)?\s+(?:dom|dominance)\b/i.exec(draft.sentence.text);
  const word = m?.[1]?.toLowerCase();
  return (
    word === id || (id === 'eth' && (word === 'ether' || word === 'ethereum')) || (id === 'sol' && word === 'solana')
  );
}
// (`less than half of Solana's.`: a part of another asset's figure, left unsaid)
const AS_MUCH_AS = new RegExp(
  String.raw`^\**\s*(?:(?:times\s+)?as\s+(?:[a-z]+\s+){0,2}?(?:as|than)\b|` +
    String.raw`of\s+[\p{L}.-]+(?:'s|s'|\u2019s|s\u2019)(?!\s*\p{L}))`,
  'iu',
);
/** `BTC 120,000 ETH 3,987`: a ticker right before the figure names whose price it is. */
const TICKER_BEFORE = /(?:\b[A-Z]{2,6}|\$[A-Za-z]{2,6})\s*:?\s*$/;
const COIN_QUANTITY = new RegExp(
  String.raw`^\s*(?:\*\*)?\s*(?:btc|eth|sol|xrp|doge|bitcoins?|ethers?|ethereum|coins|tokens)\b` +
    String.raw`(?!\s*(?:price|support|resistance|dominance|funding|\$?\d))`,
  'i',
);
const RANGE_WIDTH = new RegExp(
  String.raw`^\**\s*(?:[A-Z]{2,6}\s+)?(?:(?:intraday|daily|trading|price)\s+)?(?:range|swing|candle)\b` +
    String.raw`(?!\s+(?:high|low|top|bottom))`,
);
/** `lost 3.5% and $1.48 bn of market value`, `$1.5B in market cap`: an amount of value, a change of the cap. */
function ofValueAfter(draft: DraftClaim): boolean {
  const at = draft.number.end - draft.sentence.start;
  return /^\s*(?:of|in)\s+(?:(?:its|their)\s+)?(?:market\s+)?(?:value|cap|capitali[sz]ation)\b/i.test(
    draft.sentence.text.slice(at, at + 40),
  );
}
const CATEGORY_WORDS = /\b(?:categor(?:y|ies)|coingecko|broader)\b/i;
const MEMBERS_WORDS = /\b(?:watch-?list|tracked|we track|our \w+ (?:names|tokens|coins)|our names)\b/i;
const CATEGORY_WORDS_ALL = new RegExp(CATEGORY_WORDS.source, 'gi');
const MEMBERS_WORDS_ALL = new RegExp(MEMBERS_WORDS.source, 'gi');
/** The fewest characters between a match of `re` (global) in `clause` and the figure at..end; Infinity when none. */
function wordDistance(clause: string, re: RegExp, at: number, end: number): number {
  let best = Infinity;
  // (an exec loop on `re` itself: the matches of matchAll without its copy of the expression and its iterator)
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    best = Math.min(best, m.index < at ? at - m.index - m[0].length : m.index - end);
    if (m[0] === '') re.lastIndex++;
  }
  return best;
}

const ANNUAL_WORDS = /\b(?:annuali[sz]ed|annual|apr|p\.\s?a\.|per year|a year|year terms|per annum|yearly)(?![a-z])/i;
const WEAK: ReadonlySet<MetricCue> = new Set(['price', 'change', 'level']);
/** Within a factor of four: the same order of magnitude for a written figure and a fact. */
const sameSize = (a: number, b: number) => withinFactor(a, b, 4);
/** Both non-zero and less than `factor` apart, whatever their signs. */
function withinFactor(a: number, b: number, factor: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  return x > 0 && y > 0 && x / y < factor && y / x < factor;
}

const capChangeFirst = (cue: MetricCue) => (cue === 'cap_loss' || cue === 'cap_gain' ? 0 : 1);

/** 24h before 7d before 30d; sheet facts before derived ones. */
function rank(fact: CheckFact): number {
  const w = fact.window === '24h' ? 0 : fact.window === '7d' ? 1 : fact.window === '30d' ? 2 : 0;
  return w + (fact.derived ? 5 : 0);
}

const DISTANCE_WORDS = new Set(['below', 'above', 'under', 'beneath', 'off', 'from', 'short']);
const LEVEL_WORDS = new Set([
  'high',
  'highs',
  'low',
  'lows',
  'peak',
  'support',
  'resistance',
  'level',
  'record',
  'ath',
  'swing',
  'top',
  'bottom',
  'price',
  'mark',
  'floor',
  'ceiling',
]);
/** `10% below its 30-day swing high`, `2% away`: a distance to a level, which no fact states. */
function distanceToLevel(draft: DraftClaim): boolean {
  const text = draft.sentence.text;
  let at = skipSpaces(text, draft.number.end - draft.sentence.start, 2);
  const first = nextWord(text, at);
  if (first.lower === 'away') return true;
  if (!DISTANCE_WORDS.has(first.lower)) return false;
  at = first.end;
  for (let k = 0; k < 5 && at < text.length; k++) {
    at = skipSpaces(text, at, 3);
    while (at < text.length && !isLetter(text[at])) {
      if (text[at] === '.' || text[at] === ',' || text[at] === ';') return false;
      at++;
    }
    const word = nextWord(text, at);
    if (LEVEL_WORDS.has(word.lower)) return true;
    // `right at its 950 $ resistance, at 948,30 $, roughly 0,2 % below it`: `it` is a level named in the sentence
    if (k === 0 && word.lower === 'it' && LEVEL_NAMED.test(text)) return true;
    at = Math.max(word.end, at + 1);
  }
  return false;
}

/** The cue of a percentage that is the change of the figure before it, by that figure's fact metric. */
const CHANGE_CUE: Partial<Record<Metric, MetricCue>> = { open_interest: 'oi' };

/**
 * `BTC: **$9.84B** (+6.2%)`, `BTC 9,84 Mrd. $ (+6,2 %)`: a percentage in parentheses right after a figure of the
 * same entity that a fact of open interest supports is the change of that open interest, when the percentage names
 * no metric of its own. Returns the draft with that cue first, else the draft unchanged.
 */
export function changeOfFigureBefore(
  text: string,
  prevDraft: DraftClaim | undefined,
  prev: Claim | undefined,
  draft: DraftClaim,
  lookup: FactsLookup,
): DraftClaim {
  if (!prevDraft || !prev?.factId || draft.number.unit !== 'pct') return draft;
  if (draft.cues.some((c) => !WEAK.has(c))) return draft;
  const entity = draft.entity;
  if (!entity || !prevDraft.entity || entity.kind !== prevDraft.entity.kind || entity.id !== prevDraft.entity.id)
    return draft;
  const metric = lookup.byId.get(prev.factId)?.metric;
  const cue = metric ? CHANGE_CUE[metric] : undefined;
  if (!cue) return draft;
  const gap = text.slice(prevDraft.number.end, draft.number.start);
  if (gap.length > 6 || !gap.includes('(')) return draft;
  for (const c of gap) if (c !== ' ' && c !== '(' && c !== '*') return draft;
  return { ...draft, cues: [cue, ...draft.cues] };
}
