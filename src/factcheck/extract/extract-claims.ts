/**
 * Turns a Markdown text into draft claims: every number that is not a date, duration or rank, with the
 * context a reader would use: which entity (registry), which metric cue, which window, which direction,
 * which hedge, and whether it sits in a `from X to Y` pair. Pure and linear in the text length.
 */
import type { Registry } from '../../domain/registry.ts';
import {
  ATTRIBUTION,
  type DirectionCue,
  FUNDING_PAYER,
  FUTURE_LEADS,
  type HedgeCue,
  LEVEL_AFTER_CUES,
  LEVEL_LINKS,
  type MetricCue,
  NAMED_METRIC_CUES,
  QUARTER_LEADS,
  QUARTER_ORDINALS,
  STREAK_NOUNS,
  STREAK_ORDINALS,
  TO_FILLERS,
  WEAK_CUES,
  PART_WORDS,
  WINDOW_LABEL_NOUNS,
  WINDOW_LABEL_PREPOSITIONS,
  WINDOW_LEVEL_ADJECTIVES,
  WINDOW_LEVEL_NOUNS,
  type WindowCue,
  directionIndex,
  hedgeIndex,
  metricIndex,
  windowIndex,
} from '../lexicon.ts';
import {
  anaphorKind,
  columnOf,
  tableColumns,
  type Column,
  cuesFor,
  directionFor,
  fromToOf,
  hedgeBefore,
  isSeparatorRow,
  pickEntity,
  windowFor,
  type EntityRef,
  type Mention,
} from './claim-context.ts';
import { entityHits, mentionsOfHits, type EntityKind } from './find-entities.ts';
import { sentenceLower, textReading, type TextReading } from './sentence-reading.ts';
import { readNumbers, type ReadNumber } from '../read/read-numbers.ts';
import { splitSentences, type Sentence } from '../read/split-sentences.ts';
import {
  buildPhraseIndex,
  firstEndingAfter,
  matchPhrases,
  matchPhrasesEach,
  payloadsOf,
  phraseOf,
  tokenize,
  type PhraseHit,
  type Token,
} from '../read/tokenize.ts';
import { segmentSentence, type Segment } from '../read/segments.ts';
import { markAppositives } from './appositive.ts';
import { levelRelationOf, type LevelRelation } from './level-relation.ts';
import { asVolumeRatio } from './volume-ratio.ts';
import {
  laterClauseWithVerb,
  leadsLaterFigure,
  segmentOf,
  signFlipBefore,
  trailsEarlierFigure,
  windowOfOtherFigure,
} from './later-window.ts';
import { bareSubject, possessiveEllipsis } from './bare-subject.ts';
import { capSize, weighting } from './cue-exceptions.ts';
import { markCompared, markPartitive, markLabelHeads } from './mention-marks.ts';
import {
  cellStart,
  bareName,
  firstCellMention,
  groupRow,
  firstCellIsName,
  headerEntities,
  rowLabelColumn,
  upDownPart,
  upDownRow,
} from './table-rows.ts';
import { directlyBefore, labelsEarlierFigure } from './level-labels.ts';
import { movedBy } from './moved-by.ts';

export type { EntityRef } from './claim-context.ts';
export type DraftClaim = {
  number: ReadNumber;
  sentence: Sentence;
  entity: EntityRef | null;
  /** The entity came from an earlier sentence (the resolver may also try market-wide facts). */
  entityInherited: boolean;
  /** Entities of earlier sentences, latest sentence first (its subject first): what `it` may refer to. */
  recent: EntityRef[];
  /** Metric cues of the number's segment, nearest first (already filtered for the number's unit). */
  cues: MetricCue[];
  window: WindowCue | null;
  direction: DirectionCue | null;
  hedge: HedgeCue | null;
  hedgeText: string | null;
  /** `from $A to $B`: A is `from`, B is `to`. */
  fromTo: 'from' | 'to' | null;
  /** `... to $17.1bn`: the value reached, not the amount of a change. */
  afterTo: boolean;
  /** The sentence attributes its numbers to a source (`according to`, `reported`, an outlet name). */
  attributed: boolean;
  /** `trades above its 30-day swing low of $104.6K`: where the price stands relative to this level figure. */
  relation?: LevelRelation;
  /**
   * A direction word stands right before the figure (`rose $1.15 billion`, `fell by about 3%`): it is an amount
   * moved.
   */
  movedBy?: boolean;
  /**
   * The metric cues came from outside the figure's own clause (the clause or sentence before, a list lead): a
   * reading the figure's size may overrule (`crypto cap $3.32T; BTC $98.7K` is a price, not a cap).
   */
  cuesCarried?: boolean;
  /** The sentence speaks of funding (`funding`, `longs pay shorts`, `dogecoin's rate`). */
  fundingSpoken?: boolean;
};
export type IgnoredNumber = { text: string; span: [number, number]; kind: 'date' | 'duration' | 'rank' | 'other' };

const attributionIndex = buildPhraseIndex(ATTRIBUTION.map((w) => phraseOf(w, true, 'any')));
/** The lexicon's phrase indexes, matched over a text's tokens in one pass. */
const LEXICON_INDEXES = [metricIndex, windowIndex, directionIndex, hedgeIndex, attributionIndex] as const;

/** Extracts draft claims and ignored numbers. `outlets` are source names whose mention attributes a number. */
export function extractClaims(
  text: string,
  registry: Registry,
  outlets: readonly string[] = [],
): { claims: DraftClaim[]; ignored: IgnoredNumber[]; reading: TextReading } {
  const numbers = readNumbers(text);
  const tokens = tokenize(text);
  const nameHits = entityHits(text, registry, tokens);
  const mentions: Mention[] = markLabelHeads(
    text,
    markCompared(text, markPartitive(text, mentionsOfHits(text, nameHits))),
  );
  // `open-interest-weighted funding`, `market-cap weighted`: the metric word only modifies another one
  const [allMetricHits, allWindowHits, directionHits, hedgeHits, attributionWordHits] = matchPhrasesEach(
    text,
    tokens,
    LEXICON_INDEXES,
  );
  const metricHits = allMetricHits.filter((h) => !weighting(text, h.start, h.end) && !capSize(text, h));
  // `for a third month`, `a fourth straight day`: a streak, not the window of the sentence's figures
  // (`64.2M tokens unlock next week`: a time ahead, not the window of the sentence's figures)
  const windowHits = allWindowHits.filter(
    (h) => !levelPhrase(text, tokens, h) && !quarterShare(text, tokens, h) && !futureTime(text, tokens, h),
  );
  const outletIndex = outletIndexFor(outlets);
  const attributionHits = [...attributionWordHits, ...matchPhrases(text, tokens, outletIndex)].sort(
    (a, b) => a.start - b.start,
  );
  const claims: DraftClaim[] = [];
  const ignored: IgnoredNumber[] = [];
  let recent: EntityRef[] = [];
  // (whether the last sentence that named anything named two assets or more: a roundup, not one asset's paragraph)
  let afterRoundup = false;
  let sectorParagraph = -1;
  let headingWindow: WindowCue | null = null;
  // the sector a heading names (`### DePIN`): the group of the rows and items under it
  let headingSector: EntityRef | null = null;
  // the sector a list's lead names (`DePIN sector:`, `**DePIN**`): what a `Total` item under it totals
  let leadSector: EntityRef | null = null;
  let n = 0;
  let columns: Column[] | null = null;
  // `| | ARB | OP |` over `| 24h | +8.0% | +4.5% |`: a header that names an entity per column (a transposed table)
  let columnEntities: (EntityRef | null)[] | null = null;
  // the assets of the current table's rows so far: a `Sector` row is the sector they share
  let tableAssets: string[] = [];
  // `Sector performance this week:` before a list: its window holds for the items under it.
  let leadWindow: WindowCue | null = null;
  // `Realized volatility (annualised):` before a list: its metric holds for items that name none.
  let leadCues: MetricCue[] = [];
  // `Layer 1 over 30 days: +4,0 %. Best Sui with +6,5 %.`: a paragraph that opens with a window label holds it
  let labelWindow: WindowCue | null = null;
  let labelParagraph = -1;
  const cursor: Cursor = { mention: 0, metric: 0, window: 0, direction: 0, hedge: 0, attribution: 0, token: 0 };
  const sentences = splitSentences(text);
  // (made before the sentences are read: their lower case, read here, is the rules' too)
  const reading = textReading(text, registry, sentences, { tokens, entities: nameHits, windows: allWindowHits });
  // the sentence before (or the heading over a list) spoke of funding: `Funding: ... Annualised BTC is near 12.9%`
  let fundingBefore = false;
  let previousCues: MetricCue[] = [];
  let fundingHeading = false;
  for (const sentence of sentences) {
    const firstClaim = claims.length;
    const sMentions = inside(mentions, cursor, 'mention', sentence);
    const sMetrics = inside(metricHits, cursor, 'metric', sentence);
    const sWindows = inside(windowHits, cursor, 'window', sentence);
    const sDirections = inside(directionHits, cursor, 'direction', sentence);
    const sHedges = inside(hedgeHits, cursor, 'hedge', sentence);
    const sTokens = inside(tokens, cursor, 'token', sentence);
    const attributed = inside(attributionHits, cursor, 'attribution', sentence).length > 0;
    // (each pattern needs its word, `longs` / `shorts` or `rate`: tested only when the lower case holds it)
    const lower = sentenceLower(reading, sentence);
    const fundingHere =
      sMetrics.some((h) => h.payload === 'funding') ||
      ((lower.includes('longs') || lower.includes('shorts')) && FUNDING_PAYER.test(sentence.text));
    // (`dogecoin's rate hit minus six hundredths`: an asset's bare rate is its funding rate too)
    const fundingSpoken = fundingHere || (lower.includes('rate') && OWNERS_RATE.test(sentence.text));
    // `BTC funding annualizes to 8.9%, ETH to 13.3%`, `ETH 10.3% APR`: an annual rate where funding is spoken of
    const annualFunding: boolean =
      sMetrics.some((h) => h.payload === 'funding_apr') && (fundingHere || fundingBefore || fundingHeading);
    if (sentence.heading) {
      headingWindow = sWindows[0]?.payload ?? null;
      const sector = sMentions.find((m) => m.kind === 'sector');
      headingSector = sector ? { kind: 'sector', id: sector.id } : null;
      // `### Volatility` over `- ETH 7-day: **72%**`: a heading that names a derivatives or volatility metric names
      // the metric of the list items under it (items with a metric word of their own keep it)
      leadCues = headingCues(sMetrics);
      fundingHeading = fundingHere;
      recent = remember(recent, sMentions);
    }
    // clauses matter only to a sentence's numbers
    const segments = hasNumberIn(numbers, n, sentence)
      ? markAppositives(text, segmentSentence(text, sentence, sTokens), sMentions, numbers)
      : [];
    // each segment's `the sector` / `the token` word, read once for all its figures
    const anaphors: (EntityKind | null)[] = [];
    // Markdown tables: a header row names each column's window (`| Sector | 24h | 7d |`).
    const tableRow = sentence.text.startsWith('|');
    // (a sentence that is only a window and a figure, `7d: -7.9%.`, speaks of the last sentence's metric)
    // (and one opening with a window label, `On a 30-day basis: BTC 18.0%, ETH 24.6%.`)
    const windowOnly = !tableRow && WINDOW_ONLY.test(sentence.text);
    // (`On a 30-day basis: BTC 18.0%, ETH 24.6%.`: a list under a window label, of a metric that has that window)
    const windowLead = !tableRow && !windowOnly && windowLabelLead(text, sentence, sWindows);
    if (!tableRow) {
      columns = null;
      tableAssets = [];
    } else if (isSeparatorRow(text, sentence.end)) {
      columns = tableColumns(sentence.text);
      columnEntities = headerEntities(text, sentence, sMentions);
    }
    const listItem = isListItem(sentence.text);
    if (sentence.paragraph !== labelParagraph) {
      labelParagraph = sentence.paragraph;
      labelWindow = !tableRow && !sentence.heading && !listItem ? windowLabel(sentence, sWindows) : null;
    }
    if (!tableRow && !sentence.heading && !listItem) {
      const lead = isLead(sentence.text);
      leadWindow = lead ? (sWindows[0]?.payload ?? null) : null;
      leadCues = lead ? payloadsOf(sMetrics) : [];
      const sector = lead ? sMentions.find((m) => m.kind === 'sector') : undefined;
      leadSector = sector ? { kind: 'sector', id: sector.id } : null;
    }
    // The row's first cell names its entity (`| Solana | 201.4 | -0.0021% |`).
    const rowEntity =
      tableRow && columns
        ? (firstCellMention(text, sentence, sMentions) ??
          groupRow(text, sentence, recent, headingSector, tableAssets, registry))
        : null;
    if (rowEntity?.kind === 'asset') tableAssets.push(rowEntity.id);
    const rowIsName = rowEntity !== null && firstCellIsName(text, sentence, sMentions);
    while (n < numbers.length && numbers[n]!.start < sentence.start) n++;
    const firstInSentence = n;
    let last = n;
    while (last < numbers.length && numbers[last]!.start < sentence.end) last++;
    const sentenceNumbers = numbers.slice(firstInSentence, last);
    // `Realized volatility: BTC 7d 33.9%, ETH 72.0%`: a metric named before a colon that opens the sentence names the
    // metric of the figures after it that name none
    const opening = sMetrics.find(
      (h) =>
        NAMED_METRIC_CUES.has(h.payload) &&
        h.start - sentence.start < 30 &&
        LEAD_COLON.test(text.slice(h.end, h.end + 12)) &&
        !sentenceNumbers.some((x) => x.start < h.start),
    );
    // (`Total open interest $16.74B. Bitcoin's share: $9.1B (+8.7%); ether $4.8B`: a bare `share` is a part of the
    // metric the sentence before named, not dominance)
    const shareOf =
      opening?.payload === 'dominance' &&
      PART_WORDS.has(text.slice(opening.start, opening.end).toLowerCase()) &&
      previousCues.some((c) => NAMED_METRIC_CUES.has(c) && c !== 'dominance');
    const colonLead: MetricCue[] = opening ? (shareOf ? previousCues : [opening.payload]) : [];
    const scope: FigureScope = {
      text,
      registry,
      tokens,
      numbers,
      claims,
      ignored,
      recent,
      sentence,
      sMentions,
      sMetrics,
      sWindows,
      sDirections,
      sHedges,
      sTokens,
      attributed,
      annualFunding,
      fundingSpoken,
      segments,
      anaphors,
      tableRow,
      windowOnly,
      windowLead,
      listItem,
      columns,
      columnEntities,
      rowEntity,
      rowIsName,
      leadWindow,
      leadCues,
      leadSector,
      headingWindow,
      headingSector,
      labelWindow,
      previousCues,
      colonLead,
      sentenceNumbers,
      firstInSentence,
      last,
      sentenceAnaphor: undefined,
      sectorWord: null,
      // (`Gaming ... Gala +9,81 %, Axie +8,92 %. Market cap 2,44 Mrd. $`: in a sector's paragraph, the sector's)
      afterRoundup: afterRoundup && sectorParagraph !== sentence.paragraph && !leadSector && !headingSector,
    };
    for (; n < numbers.length && numbers[n]!.start < sentence.end; n++) figureClaims(scope, n);
    respectively(claims.slice(firstClaim), sentence, sTokens, sMentions, text);
    // the metric of this sentence's last figure: what a possessive ellipsis opening the next one leaves out
    const lastMetric = sMetrics.filter((h) => !WEAK_CUES.has(h.payload)).at(-1);
    const lastCues =
      claims.length > firstClaim ? strongCues(claims.at(-1)!.cues) : lastMetric ? [lastMetric.payload] : [];
    if (!sentence.heading) previousCues = lastCues;
    if (!sentence.heading) recent = remember(recent, sMentions);
    if (!sentence.heading && sMentions.length > 0) afterRoundup = namesAssets(sMentions, 2);
    if (sMentions.some((m) => m.kind === 'sector')) sectorParagraph = sentence.paragraph;
    // (`DOGE 0.052%. Average 0.021%. Annualized BTC 9.9%, ...`: a short sentence that names no metric keeps the topic)
    fundingBefore =
      fundingHere || ((annualFunding || (sMetrics.length === 0 && sentence.text.length <= 40)) && fundingBefore);
  }
  return { claims, ignored, reading };
}

/**
 * What the figures of one sentence share (the text's readings, the sentence's hits and clauses, the table, list and
 * heading state before it): read once per sentence, then each figure's claim is made by figureClaims.
 */
type FigureScope = {
  text: string;
  registry: Registry;
  tokens: Token[];
  numbers: ReadNumber[];
  claims: DraftClaim[];
  ignored: IgnoredNumber[];
  recent: EntityRef[];
  sentence: Sentence;
  sMentions: Mention[];
  sMetrics: PhraseHit<MetricCue>[];
  sWindows: PhraseHit<WindowCue>[];
  sDirections: PhraseHit<DirectionCue>[];
  sHedges: PhraseHit<HedgeCue>[];
  sTokens: Token[];
  attributed: boolean;
  annualFunding: boolean;
  /** The sentence speaks of funding (a funding word, a payer phrase, `dogecoin's rate`). */
  fundingSpoken: boolean;
  segments: Segment[];
  anaphors: (EntityKind | null)[];
  tableRow: boolean;
  windowOnly: boolean;
  /** The sentence opens with a window label (`On a 30-day basis:`); its unsigned figures keep the metric before. */
  windowLead: boolean;
  listItem: boolean;
  columns: Column[] | null;
  columnEntities: (EntityRef | null)[] | null;
  rowEntity: EntityRef | null;
  rowIsName: boolean;
  leadWindow: WindowCue | null;
  leadCues: MetricCue[];
  leadSector: EntityRef | null;
  headingWindow: WindowCue | null;
  headingSector: EntityRef | null;
  labelWindow: WindowCue | null;
  previousCues: MetricCue[];
  colonLead: MetricCue[];
  sentenceNumbers: ReadNumber[];
  firstInSentence: number;
  last: number;
  /** The sentence's anaphor kind, read at most once (for the first figure that needs it). */
  sentenceAnaphor: EntityKind | 'none' | undefined;
  /** The last figure a bare `sector` word named in this sentence (its entity carries to the bare figures after it). */
  sectorWord: { entity: EntityRef; end: number } | null;
  /** The last sentence that named anything named two assets or more (`SOL lost 6.1%, XRP gained 6.4%.`). */
  afterRoundup: boolean;
};

/** The claim (or claims, or ignored number) of the n-th number of the text, in the sentence `s` describes. */
function figureClaims(scope: FigureScope, n: number): void {
  const { text, sentence, segments, sMentions, recent, sMetrics, numbers, sTokens, sDirections } = scope;
  const { registry, claims, leadSector, headingSector, leadWindow, headingWindow, rowEntity, sentenceNumbers } = scope;
  let number = numbers[n]!;
  const col = scope.tableRow && scope.columns ? columnOf(text, sentence.start, number.start) : -1;
  // (a row whose label names an asset or sector and nothing else is that one's row, whatever the scope.columns say)
  const columnEntity = col > 0 && !(rowEntity && scope.rowIsName) ? (scope.columnEntities?.[col] ?? null) : null;
  // (a transposed table's row label is the column spec of its cells)
  const column = columnEntity ? rowLabelColumn(text, sentence) : col >= 0 ? (scope.columns![col] ?? null) : null;
  // (`| Gainer | Change | Loser | Change |` over `| WIF | +14.6% | OP | -4.1% |`: a name cell left of the figure's
  // names it)
  // (an asset's row only: a `Sector` column beside the row's token names its group, not another subject)
  const leftName = col > 1 && rowEntity?.kind !== 'sector' ? nameCellLeft(text, sentence, sMentions, col) : null;
  const cellEntity = columnEntity ?? (leftName?.kind === 'asset' ? leftName : null) ?? rowEntity;
  if (column?.unit && number.kind === 'number' && number.unit === 'none' && !number.denominator)
    number = { ...number, unit: column.unit };
  // `| Best (24h) |` over `| WIF +3.86 |`: a signed figure in a column that names no unit is a change (no price
  // or level is written with a sign)
  else if (
    column &&
    !column.rank &&
    column.cues.every((c) => CHANGE_COLUMN_CUES.has(c)) &&
    number.kind === 'number' &&
    number.unit === 'none' &&
    number.sign !== 0 &&
    number.scale === 1
  )
    number = { ...number, unit: 'pct' };
  number = asVolumeRatio(text, number, sMetrics);
  if (column?.rank && number.kind === 'number' && number.unit === 'none') number = { ...number, kind: 'rank' };
  // `| Layer 2 | 3 / 1 |` under `Up / down`, `| Advancers / decliners | 17 / 13 |`: each side of a spaced pair
  const pairRow = scope.tableRow && scope.columns && (column?.updown || upDownRow(text, sentence));
  const side = pairRow && number.kind === 'number' ? upDownPart(text, number.start, number.end) : null;
  if (side) {
    const entity =
      column?.updown && rowEntity ? rowEntity : (leadSector ?? headingSector ?? { kind: 'market', id: 'market' });
    const piece: ReadNumber = { ...number, unit: 'count', halfUnit: 0.5 };
    const window = column?.window ?? leadWindow ?? headingWindow;
    claims.push(countClaim(piece, entity, side, sentence, recent, window, scope.attributed));
    return;
  }
  if (column?.updown && rowEntity && /^\d+\/\d+$/.test(number.text)) {
    const slash = number.text.indexOf('/');
    const window = column.window ?? leadWindow ?? headingWindow;
    const up = countPart(number, 0, slash);
    const down = countPart(number, slash + 1, number.text.length);
    claims.push(countClaim(up, rowEntity, 'advancers', sentence, recent, window, scope.attributed));
    claims.push(countClaim(down, rowEntity, 'decliners', sentence, recent, window, scope.attributed));
    return;
  }
  // `All 10 Layer 1 names rose`: a whole number after `all` counts members, whatever noun follows, when a group
  // of that size exists (the watchlist or a sector; not `all 5 perps`)
  if (
    number.unit === 'none' &&
    number.scale === 1 &&
    Number.isInteger(number.value) &&
    afterAll(text, number) &&
    (number.value === registry.assets.length || registry.sectors.some((x) => x.members.length === number.value))
  )
    number = { ...number, unit: 'count' };
  if (number.kind !== 'number') {
    scope.ignored.push({ text: number.text, span: [number.start, number.end], kind: number.kind });
    return;
  }
  const seg = segments.findIndex((s) => number.start >= s.start && number.start < s.end);
  const segIndex = seg === -1 ? 0 : seg;
  const ownAnaphor = segIndex === 0 && recent.length > 0 ? segmentAnaphor(text, segments, 0, scope.anaphors) : null;
  const lookAhead =
    recent.length === 0 || (segIndex === 0 && ownAnaphor === null && !PRONOUNS.has(sTokens[0]?.lower ?? ''));
  const inCell = cellEntity
    ? sMentions.filter((m) => m.end <= number.start && m.start > cellStart(text, number.start))
    : [];
  let own = cellEntity
    ? (inCell.at(-1) ?? cellEntity)
    : pickEntity(
        number,
        segments,
        segIndex,
        sMentions,
        lookAhead,
        // (a count names its group anywhere in the sentence:
        // `Capitalisation of the four names: ...; the meme category`)
        // (only when the figure's own clause names its metric: `Up 4.6% on the day, bitcoin open interest ...`
        // still takes the later subject)
        (x) =>
          (number.unit !== 'count' &&
            x.start >= number.end &&
            segments[segIndex] !== undefined &&
            hasMetric(sMetrics, segments[segIndex]!) &&
            (text.indexOf(';', number.end) === x.start || hasMetric(sMetrics, x))) ||
          // (`Open interest rose 5.1%, with BTC up 6.2%`: the parts listed after `with` are no subject of the whole)
          (x.start >= number.end && /^[\s,;]*with\b/i.test(text.slice(x.start, x.start + 8))) ||
          // (`11 scope.tokens rose and 19 fell - the L1 group had 3 risers`: a count's later clause after a dash, with a
          // figure of its own, is about its own subject)
          (number.unit === 'count' &&
            x.start >= number.end &&
            /^\s*[-\u2013\u2014]/.test(text.slice(x.start, x.start + 3)) &&
            numbers.some((y) => y.start >= x.start && y.start < x.end)),
      );
  // `27% annualized against 51% for Solana`, `72% vs 34% on BTC`: after a figure of the sentence, a name written
  // right after the next one with `for` / `on` owns it
  const forName = cellEntity ? undefined : nameAfterFor(text, number, sMentions, numbers, sentence.start);
  if (forName) own = { kind: forName.kind, id: forName.id };
  // `..., with the sector up 9%`: the clause points back to a sector, not to the market or an asset named nearer
  if (
    own &&
    own.kind !== 'sector' &&
    segments[segIndex] &&
    segmentAnaphor(text, segments, segIndex, scope.anaphors) === 'sector'
  ) {
    const sector = sMentions.filter((m) => m.kind === 'sector' && m.end <= number.start).at(-1);
    const earlier = recent.find((e) => e.kind === 'sector');
    if (sector) own = { kind: 'sector', id: sector.id };
    else if (earlier) own = earlier;
  }
  // `The sector's watchlist market cap is $6.2B, against a $16.3B CoinGecko category cap`, `Sector market cap on the
  // watchlist is $16.1B`: `watchlist` qualifies a sector's cap (its members'), it does not name the market
  const upToFigure = text.slice(sentence.start, number.start);
  if (
    own?.kind === 'market' &&
    number.unit !== 'count' &&
    !number.denominator &&
    /watchlist/i.test(sentence.text) &&
    !/\b(?:total|whole|entire)\b/i.test(upToFigure) &&
    (SECTOR_CAP_WORDS.test(upToFigure) || sMentions.some((m) => m.kind === 'sector' && m.end <= number.start))
  ) {
    const sector = sMentions.filter((m) => m.kind === 'sector').at(-1);
    const earlier = leadSector ?? headingSector ?? recent.find((e) => e.kind === 'sector');
    if (sector) own = { kind: 'sector', id: sector.id };
    else if (earlier) own = earlier;
  }
  // `... $NEAR +11% — whole sector +9.2%`, `- Sector +9,2% on day`, `vs market +3.7%`: a bare `sector` or
  // `market` word right before the figure names its subject, not the asset listed before it
  if (own?.kind === 'asset' || own === null) {
    const before = text.slice(Math.max(sentence.start, number.start - 40), number.start);
    // (each pattern needs its word: tested only when the lower-cased text before holds it, and once)
    const lowerBefore = before.toLowerCase();
    const sectorBefore =
      (lowerBefore.includes('sector') || lowerBefore.includes('basket') || lowerBefore.includes('group')) &&
      SECTOR_WORD_BEFORE.test(before);
    // (`Market cap sank 3.9 % to $3.72 trillion`: a sentence that opens on the market's cap, no name before the figure)
    const marketBefore =
      (lowerBefore.includes('market') && MARKET_WORD_BEFORE.test(before)) ||
      (own === null &&
        scope.afterRoundup &&
        MARKET_CAP_LEAD.test(upToFigure) &&
        !sMentions.some((m) => m.end <= number.start));
    // (`Market capitalization total 3.3 trn USD`: `total` right before the figure, no asset named before it)
    const totalBefore =
      lowerBefore.includes('total') &&
      (TOTAL_WORD_BEFORE.test(before) ||
        (TOTAL_RIGHT_BEFORE.test(before) && !sMentions.some((m) => m.kind === 'asset' && m.end <= number.start)));
    if (sectorBefore) {
      const sector = sMentions.filter((m) => m.kind === 'sector' && m.end <= number.start).at(-1);
      const earlier = recent.find((e) => e.kind === 'sector');
      const asset = own?.kind === 'asset' ? own.id : null;
      const holding = asset ? registry.sectors.filter((x) => x.members.includes(asset)) : [];
      if (sector) own = { kind: 'sector', id: sector.id };
      else if (earlier) own = earlier;
      else if (holding.length === 1) own = { kind: 'sector', id: holding[0]!.id };
    } else if (marketBefore) own = { kind: 'market', id: 'market' };
    // `- Total: $15.08B` is the market's, but under a sector's label or heading (`**DePIN**`) the sector's
    else if (totalBefore) own = leadSector ?? headingSector ?? { kind: 'market', id: 'market' };
    // `sector cap $13.6B, +$1.15B today`: a figure after one the sector word named, with no name between, is the
    // same sector's
    else if (scope.sectorWord && !sMentions.some((m) => m.start >= scope.sectorWord!.end && m.start < number.start))
      own = scope.sectorWord.entity;
    if (
      (own?.kind === 'sector' && sectorBefore) ||
      ((own?.kind === 'market' || own?.kind === 'sector') && totalBefore) ||
      (own?.kind === 'market' && marketBefore)
    )
      scope.sectorWord = { entity: own, end: number.end };
  }
  // `In total 2 members rose and 8 fell`: a count of members is a sector's, the one named last
  if (
    number.unit === 'count' &&
    own?.kind !== 'sector' &&
    MEMBERS_AFTER.test(text.slice(number.end, number.end + 16))
  ) {
    const sector = sMentions.filter((m) => m.kind === 'sector' && m.end <= number.start).at(-1);
    const earlier = leadSector ?? headingSector ?? recent.find((e) => e.kind === 'sector');
    if (sector) own = { kind: 'sector', id: sector.id };
    else if (earlier) own = earlier;
    if (own?.kind === 'sector') scope.sectorWord = { entity: own, end: number.end };
  }
  // `NEAR led the layer-one group with a 12.7% gain`: the figure is the leader's, not the group's it led
  if (own?.kind === 'sector') own = leaderOf(text, sentence, number, sMentions, own);
  // biome-ignore lint/suspicious/noAssignInExpressions: memoized once per sentence
  const preferred = own ? null : (ownAnaphor ?? (scope.sentenceAnaphor ??= anaphorKind(text, sentence) ?? 'none'));
  const candidatesRecent = preferred && preferred !== 'none' ? recent.filter((e) => e.kind === preferred) : recent;
  let entity = own ?? candidatesRecent[0] ?? recent[0] ?? null;
  // `BTC dominance 59.5%, market cap $3.88T`: an asset named only as the owner of the dominance names the share,
  // not the subject of the sentence's dollar figures
  if (entity?.kind === 'asset' && number.unit === 'usd' && dominanceOnly(text, sMentions, entity))
    entity = { kind: 'market', id: 'market' };
  // `Immutable rose 12.6 % and Polygon 0.3%, so the split was 2 up and 2 down`, `advancers 4, decliners 0`: a
  // count of movers bound to an asset counts that asset's sector (an asset has no movers of its own), when the
  // sector has that many members and no pool is named (`27 of 30`, `of the 30 assets` are the watchlist)
  if (
    entity?.kind === 'asset' &&
    number.denominator === undefined &&
    moverCount(text, number) &&
    !WATCHLIST_POOL.test(sentence.text)
  ) {
    // (`Only three fell: Arbitrum, Optimism and Shiba Inu`: the movers listed after it name the group, the one
    // sector holding them all, else the watchlist; or those named before it, `Filecoin and Helium down and IoTeX
    // and Render up, two up, two down`)
    const listed = sMentions.filter((m) => m.kind === 'asset' && m.start >= number.end).map((m) => m.id);
    const earlier = sMentions.filter((m) => m.kind === 'asset' && m.end <= number.start).map((m) => m.id);
    const ids = listed.length >= 2 ? listed : earlier.length >= 2 ? earlier : [entity.id];
    const holding = registry.sectors.filter((x) => ids.every((id) => x.members.includes(id)));
    if (holding.length === 1 && number.value <= holding[0]!.members.length)
      entity = { kind: 'sector', id: holding[0]!.id };
    else if (listed.length >= 2 && holding.length === 0) entity = { kind: 'market', id: 'market' };
  }
  // `Twenty-six of the thirty coins finished higher, and only four slipped`: a count of movers with no group of its
  // own counts in the group of the count before it in its sentence
  if (own === null && number.unit === 'count' && number.denominator === undefined) {
    const before = countBefore(claims, sentence);
    if (before) entity = before;
  }
  entity =
    sizedGroup(text, sentence, number, entity, sMentions, leadSector, headingSector, recent, registry, claims) ??
    entity;
  const relation = number.unit === 'usd' || number.unit === 'none' ? levelRelationOf(text, number, sTokens) : null;
  // `above the $100,000 support`: the relation word is about the price, not a bound on the level
  const found = hedgeBefore(text, number, scope.sHedges, sTokens);
  const hedge = relation && found && (found.cue === 'more-than' || found.cue === 'less-than') ? null : found;
  const afterTo = toBefore(sTokens, number.start - (hedge ? hedge.text.length + 1 : 0));
  claims.push({
    number,
    sentence,
    entity,
    entityInherited: own === null && entity !== null,
    recent: own === null && candidatesRecent.length ? candidatesRecent : recent,
    ...cuesAndCarry(
      text,
      column?.cues.length
        ? column.cues
        : number.unit === 'pct' && SHARE_OF_MARKET.test(text.slice(number.end, number.end + 40))
          ? ['dominance']
          : null,
      number,
      segments[segIndex],
      sMetrics,
      sentenceNumbers,
      sMentions,
      () =>
        annualFundingCues(
          scope.annualFunding &&
            number.unit === 'pct' &&
            Math.abs(number.value) >= 0.5 &&
            annualFor(number, sMetrics, sDirections, segments[segIndex]),
          orLead(
            cuesFor(
              number,
              segments,
              segIndex,
              cueHits(
                sMetrics.filter(
                  (h) => !labelsEarlierFigure(text, h, number, numbers, scope.firstInSentence, scope.last),
                ),
                number,
                numbers,
                n + 1,
                scope.last,
                text,
              ),
              sMentions,
              afterTo,
              (s, named) =>
                bareSubject(sTokens, s, named, sentenceNumbers) ||
                // `..., while XRP's fell only 4.2%`, `, with SOL down 15.3%, ETH 17.8%`: a possessive ellipsis or a
                // `with` clause listing names keeps the metric of the clause before
                (number.start >= s.start &&
                  number.start < s.end &&
                  (possessiveEllipsis(text, s) ||
                    /^[\s,;]*with\b/i.test(text.slice(s.start, s.start + 8)) ||
                    // (`in solana it fell more than three`: `it` is the metric named before, in another asset)
                    IT_MOVED.test(text.slice(s.start, Math.min(s.end, number.start))))) ||
                // `..., well below ether's 72.0 pct`: a possessive name right before the figure elides the metric
                (number.unit !== 'usd' &&
                  number.start >= s.start &&
                  number.start < s.end &&
                  POSSESSIVE_FIGURE.test(text.slice(Math.max(s.start, number.start - 24), number.start)) &&
                  !MOVE_NOUN_AFTER.test(text.slice(number.end, number.end + 16))),
              // only a sentence opening with a possessive ellipsis (`Bitcoin's has dropped 9.6%`) reaches back
              // a sentence
              !scope.tableRow &&
                segments[0] &&
                (possessiveEllipsis(text, segments[0]) || IT_MOVED.test(text.slice(segments[0].start, segments[0].end)))
                ? scope.previousCues
                : [],
            ),
            // a moved figure is a change, unless the lead names open interest (`### Open interest` over `-
            // BTC: $9.84B; up 11.4% over 7 days`: the change of the open interest)
            scope.listItem &&
              scope.leadCues.length &&
              (!movedIn(segments[segIndex], sDirections) || scope.leadCues.includes('oi'))
              ? scope.leadCues
              : // `XRP's slipped 1.4% to $1.07B and DOGE's rose 2.7%`: a sentence opened by a possessive ellipsis
                // that names no metric of its own speaks of the scope.last sentence's metric in every clause
                // (and a sentence that is only a window and a figure: `7d: -7.9%.`)
                !scope.tableRow &&
                  (possessiveEllipsis(text, segments[0]) ||
                    scope.windowOnly ||
                    // (a signed figure under the label is a change; funding has no 7- or 30-day reading)
                    (scope.windowLead && number.sign === 0 && !scope.previousCues.includes('funding'))) &&
                  !sMetrics.some((h) => NAMED_METRIC_CUES.has(h.payload))
                ? scope.previousCues
                : // (a figure with a move verb of its own is a change: `Volatility: ... while ETH gained 72%`)
                  (!movedIn(segments[segIndex], sDirections) || scope.colonLead.includes('oi')) &&
                    scope.colonLead.length
                  ? scope.colonLead
                  : levelPair(text, number, sentenceNumbers, sMetrics, sentence),
          ),
        ),
    ),
    window:
      column?.window ??
      // (a sentence with no window word: windowFor finds none, and its filter and tests need not be made)
      (scope.sWindows.length === 0
        ? null
        : windowFor(
            number,
            segments[segIndex],
            scope.sWindows.filter(
              (h) => !isStreak(scope.tokens, h) || segments[segIndex]?.start === segmentOf(segments, h.start)?.start,
            ),
            (h) =>
              laterClauseWithVerb(segments, segIndex, h, sDirections) ||
              signFlipBefore(numbers, n + 1, scope.last, number, h, sMentions, own) ||
              leadsLaterFigure(segments, segIndex, h, numbers, n + 1, scope.last),
            text,
            (h) => trailsEarlierFigure(text, numbers, scope.firstInSentence, n, h, number.start),
            (h) => windowOfOtherFigure(text, sentenceNumbers, number, h, sDirections, sMentions, sMetrics),
          )) ??
      leadWindow ??
      scope.labelWindow ??
      headingWindow,
    direction: directionFor(text, number, sDirections, sTokens, segments[segIndex]),
    hedge: hedge?.cue ?? null,
    hedgeText: hedge?.text ?? null,
    fromTo: fromToOf(number, sTokens, numbers, n),
    afterTo,
    attributed: scope.attributed,
    // (every draft has every field, absent ones undefined: drafts of one object shape keep the reads of resolving,
    // verifying and the rules monomorphic)
    relation: relation && !relation.passed ? relation.relation : undefined,
    fundingSpoken: scope.fundingSpoken ? true : undefined,
    movedBy: movedBy(text, number.start, sDirections) ? true : undefined,
  });
}

/** `for a third month`, `a fourth straight day`: a streak is the window of its own clause's figure only. */
function isStreak(tokens: readonly Token[], h: PhraseHit<WindowCue>): boolean {
  return STREAK_NOUNS.has(tokens[h.firstToken]!.lower) && STREAK_ORDINALS.has(tokens[h.firstToken - 1]?.lower ?? '');
}

/**
 * The entities named in a sentence, then those remembered before (its subject first, no duplicate, at most 8); the
 * same list when it names none. (A module function, not a closure: see claim-context.ts previousClause.)
 */
function remember(recent: EntityRef[], found: Mention[]): EntityRef[] {
  if (found.length === 0) return recent;
  const next: EntityRef[] = [];
  for (const m of found) if (next.length < 8 && !holdsRef(next, m)) next.push({ kind: m.kind, id: m.id });
  for (const e of recent) if (next.length < 8 && !holdsRef(next, e)) next.push(e);
  return next;
}

/** Whether `list` holds an entity of ref's kind and id. */
function holdsRef(list: readonly EntityRef[], ref: EntityRef): boolean {
  for (const e of list) if (e.kind === ref.kind && e.id === ref.id) return true;
  return false;
}

type Cursor = Record<'mention' | 'metric' | 'window' | 'direction' | 'hedge' | 'attribution' | 'token', number>;

/** The items of `list` (sorted by start) that start inside the sentence; `cursor[key]` only moves forward. */
function inside<T extends { start: number }>(list: T[], cursor: Cursor, key: keyof Cursor, sentence: Sentence): T[] {
  let k = cursor[key];
  while (k < list.length && list[k]!.start < sentence.start) k++;
  cursor[key] = k;
  const out: T[] = [];
  for (; k < list.length && list[k]!.start < sentence.end; k++) out.push(list[k]!);
  return out;
}

/** Some number from the n-th on starts inside the sentence (numbers are sorted; those before it are done). */
function nameAfterFor(
  text: string,
  number: ReadNumber,
  mentions: readonly Mention[],
  numbers: readonly ReadNumber[],
  sentenceStart: number,
): Mention | undefined {
  const m = mentions.find((x) => x.start >= number.end);
  if (!m || m.kind === 'market' || !FOR_NAME.test(text.slice(number.end, m.start))) return undefined;
  return numbers.some((x) => x.start >= sentenceStart && x.end <= number.start && x.unit === number.unit)
    ? m
    : undefined;
}
/** What stands between a figure and the name it is for: ` for Solana`, ` annualized on BTC`. */
const FOR_NAME = /^\s*(?:annuali[sz]ed\s+)?(?:for|on)\s+(?:the\s+)?$/i;

function hasNumberIn(numbers: readonly ReadNumber[], n: number, sentence: Sentence): boolean {
  let k = n;
  while (k < numbers.length && numbers[k]!.start < sentence.start) k++;
  return k < numbers.length && numbers[k]!.start < sentence.end;
}

/**
 * `Helium and XRP rose 2.4% and 0.9% respectively`, `DePIN and gaming fell 3.3% and 1.7%`: the n-th figure of a
 * coordinated list belongs to the n-th subject of the coordinated list before it, when the counts agree.
 */
function respectively(
  claims: DraftClaim[],
  sentence: Sentence,
  tokens: readonly Token[],
  mentions: Mention[],
  text: string,
): void {
  const own = claims.filter((c) => c.sentence === sentence && c.number.unit !== 'count');
  if (own.length < 2) return;
  if (tokens.some((t) => t.lower === 'respectively')) {
    const subjects = mentions.filter((m) => m.end <= own[0]!.number.start);
    if (subjects.length !== own.length) return;
    own.forEach((c, i) => {
      c.entity = { kind: subjects[i]!.kind, id: subjects[i]!.id };
      c.entityInherited = false;
    });
    return;
  }
  // Without `respectively`: a run of figures joined only by `,` / `and` / `&`, after a run of subjects joined the
  // same way.
  for (let i = 0; i < own.length; i++) {
    let j = i;
    while (j + 1 < own.length && coordinated(text, own[j]!.number.end, own[j + 1]!.number.start)) j++;
    const figures = own.slice(i, j + 1);
    i = j;
    if (figures.length < 2 || figures.some((f) => f.number.unit !== figures[0]!.number.unit)) continue;
    const before = mentions.filter((m) => m.end <= figures[0]!.number.start && !m.partitive);
    let k = before.length - 1;
    while (k > 0 && coordinated(text, before[k - 1]!.end, before[k]!.start)) k--;
    const subjects = before.slice(k);
    if (subjects.length !== figures.length) continue;
    // the subjects' run must end in the same clause as the figures (`A and B fell 3% and 2%`), not far before
    if (figures[0]!.number.start - subjects.at(-1)!.end > 60) continue;
    figures.forEach((c, n) => {
      c.entity = { kind: subjects[n]!.kind, id: subjects[n]!.id };
      c.entityInherited = false;
    });
  }
}

/** Only `,`, `and`, `&`, `/` and spaces between two spans. */
function coordinated(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  const gap = text.slice(from, to).trim().toLowerCase();
  return gap === 'and' || gap === ',' || gap === '&' || gap === ', and' || gap === '/' || gap === 'and the';
}

/** Metric words after a figure count for it only up to the next figure (`3987 👀 4k resistance`: the 4k's). */

function cueHits<T extends { start: number; end: number; payload: MetricCue }>(
  hits: T[],
  number: ReadNumber,
  numbers: readonly ReadNumber[],
  from: number,
  to: number,
  text: string,
): T[] {
  let next: ReadNumber | undefined;
  for (let k = from; k < to && !next; k++)
    if (numbers[k]!.start >= number.end && numbers[k]!.kind === 'number') next = numbers[k];
  // ... and not a word that labels the next figure (`price 3.01 just above support 3`: `support` is the 3's)
  // (a mover word right after this figure is its own: `27 closed higher and 3 lower`)
  return next
    ? hits.filter(
        (h) =>
          h.end <= number.start ||
          (h.start - number.end <= 2 && (h.payload === 'advancers' || h.payload === 'decliners')) ||
          // `its 2,40 $ support at 2,412 $`: a level word right after this figure, not right before the next, is its
          (h.start - number.end <= 2 && LEVEL_AFTER_CUES.has(h.payload) && !directlyBefore(text, h.end, next.start)) ||
          (h.start < next.start && next.start - h.end > 6),
      )
    : hits;
}

/**
 * A window word that is part of a level's name (`30-day high`, `monthly high`, `seven-day average`, `highest in a
 * month`) names that level, not the window of the sentence's changes.
 */
function levelPhrase(
  text: string,
  tokens: readonly Token[],
  hit: { firstToken: number; lastToken: number; end: number },
): boolean {
  const next = tokens[hit.lastToken + 1];
  // `on the month. swing low $3.40`: a level noun past a sentence mark is not the window's
  const joined = next !== undefined && !/[.;,!?:|()\n]/.test(text.slice(hit.end, next.start));
  const after = tokens[hit.lastToken + 2]?.lower ?? '';
  if (joined && (WINDOW_LEVEL_NOUNS.has(next.lower) || (next.lower === 'swing' && WINDOW_LEVEL_NOUNS.has(after))))
    return true;
  // `highest in a month`, `its highest level of the past month`
  let k = hit.firstToken - 1;
  while (k >= 0 && k >= hit.firstToken - 3 && LEVEL_LINKS.has(tokens[k]!.lower)) k--;
  if (k === hit.firstToken - 1 || !(tokens[k + 1]!.lower === 'in' || tokens[k + 1]!.lower === 'of')) return false;
  for (let j = k; j >= 0 && j >= k - 2; j--) if (WINDOW_LEVEL_ADJECTIVES.has(tokens[j]!.lower)) return true;
  return false;
}

/** Cues that name a metric other than funding: an annual word next to them is not a funding rate. */
const OTHER_METRIC: ReadonlySet<MetricCue> = new Set(['volatility', 'oi', 'volume', 'cap', 'dominance']);

/**
 * A percentage of half a per cent or more in a sentence with an annual word (`annualizes`, `APR`, `a year`) where
 * funding is spoken of (this sentence, the one before, or the heading over it) is the annualized funding rate, unless
 * its clause names another metric (`realized vol, annualized`).
 */
/**
 * The annual word stands before the figure in its sentence (`annualizes to 8.9%, ETH to 13.3%`) or right after it
 * (`-6.4% annualized`, `10.3% APR`, `3% a year`), and the figure's clause moves no price (`ETH rose 4.6%`).
 */
function annualFor(
  number: ReadNumber,
  metrics: readonly PhraseHit<MetricCue>[],
  directions: readonly { start: number; end: number }[],
  segment: { start: number; end: number } | undefined,
): boolean {
  const annual = metrics.some(
    (h) =>
      h.payload === 'funding_apr' && (h.end <= number.start || (h.start >= number.end && h.start - number.end <= 3)),
  );
  if (!annual || !segment) return annual;
  return !directions.some((d) => d.start >= segment.start && d.end <= segment.end);
}

function annualFundingCues(annual: boolean, cues: MetricCue[]): MetricCue[] {
  if (!annual || cues.some((c) => OTHER_METRIC.has(c))) return cues;
  return ['funding_apr', 'funding', ...cues.filter((c) => c !== 'funding_apr' && c !== 'funding')];
}

/** A sentence that names the watchlist as its pool (`Of the 30 assets we track, 27 rose and 3 fell`). */
const WATCHLIST_POOL = /\b(?:watchlist|assets|we track|tracked|list of \d+|\d+-(?:coin|token|asset))\b/i;
const MOVER_AFTER =
  /^\s*(?:members\s+)?(?:(?:are|were)\s+)?(?:up|down|higher|lower|gainers|decliners|advancers|losers|rose|fell|green|red)\b/i;
const MOVER_BEFORE = /\b(?:advancers|decliners|gainers|losers)\s*:?\s*$/i;
/** `2 up`, `two gainers`, `Two members fell`, `advancers 4`: a count of movers. */
function moverCount(text: string, number: ReadNumber): boolean {
  if ((number.unit !== 'count' && number.unit !== 'none') || number.scale !== 1 || !Number.isInteger(number.value))
    return false;
  return (
    MOVER_AFTER.test(text.slice(number.end, number.end + 24)) ||
    MOVER_BEFORE.test(text.slice(Math.max(0, number.start - 16), number.start))
  );
}

/**
 * A count out of a group smaller than the watchlist counts the sector of that size the text is about: `Three of four
 * tokens were up` in a paragraph on memes, `9 of 10 names up` after a layer-1 table, `all 4 green` after four gaming
 * tickers. The group's size is the count's denominator, or the count itself after `all`; the sector is one the
 * sentence names, the list lead or heading names, one named before, or the one sector holding every asset the
 * sentence lists. Null when the count is out of the watchlist or no such sector has that many members.
 */
function sizedGroup(
  text: string,
  sentence: Sentence,
  number: ReadNumber,
  entity: EntityRef | null,
  mentions: readonly Mention[],
  leadSector: EntityRef | null,
  headingSector: EntityRef | null,
  recent: readonly EntityRef[],
  registry: Registry,
  claims: readonly DraftClaim[],
): EntityRef | null {
  if (number.scale !== 1 || !Number.isInteger(number.value) || (number.unit !== 'count' && number.unit !== 'none'))
    return null;
  // `Across the thirty coins we watch, nineteen rose`: the watchlist named as the pool before the count in its
  // sentence
  const pool =
    number.denominator === undefined &&
    number.unit === 'count' &&
    (poolBefore(claims, sentence) === registry.assets.length || topPool(sentence.text) === registry.assets.length)
      ? registry.assets.length
      : undefined;
  const size = number.denominator ?? pool ?? (afterAll(text, number) ? number.value : 0);
  // (`17/30 coins green, rollups lead`: out of the whole watchlist, the market's count, whatever sector is named)
  if (
    size === registry.assets.length &&
    (number.denominator !== undefined || pool !== undefined) &&
    (entity?.kind === 'sector' || entity?.kind === 'asset')
  )
    return { kind: 'market', id: 'market' };
  if (size < 2 || size === registry.assets.length) return null;
  // a group word that is no sector (`among the majors`): the count is checked against the watchlist, not a sector
  // named before (it cannot pass)
  // (`5 of the 10 layer-1s up`: a sector named right after the pool is the group, whatever other group is near)
  const named = mentions.find((m) => m.kind === 'sector' && m.start >= number.end && m.start - number.end <= 2);
  if (named && sizedSector(registry, named.id, size)) return { kind: 'sector', id: named.id };
  const near = text.slice(Math.max(sentence.start, number.start - 80), Math.min(sentence.end, number.end + 40));
  if (OTHER_GROUP.test(near)) return entity?.kind === 'sector' ? { kind: 'market', id: 'market' } : null;
  if (entity?.kind === 'sector' && sizedSector(registry, entity.id, size)) return null;
  // assets listed before the count name the group: only the one sector holding them all (`BTC, ETH, SOL, XRP: 2 of
  // 4 rose` counts no sector)
  const listed = mentions.filter((m) => m.kind === 'asset' && m.end <= number.start).map((m) => m.id);
  if (listed.length >= 2) {
    const holding = registry.sectors.filter((x) => listed.every((id) => x.members.includes(id)));
    return holding.length === 1 && holding[0]!.members.length === size ? { kind: 'sector', id: holding[0]!.id } : null;
  }
  for (const m of mentions)
    if (m.kind === 'sector' && sizedSector(registry, m.id, size)) return { kind: 'sector', id: m.id };
  // the sector a list's lead or a heading names, then those named in earlier sentences
  if (leadSector?.kind === 'sector' && sizedSector(registry, leadSector.id, size))
    return { kind: 'sector', id: leadSector.id };
  if (headingSector?.kind === 'sector' && sizedSector(registry, headingSector.id, size))
    return { kind: 'sector', id: headingSector.id };
  for (const e of recent)
    if (e.kind === 'sector' && sizedSector(registry, e.id, size)) return { kind: 'sector', id: e.id };
  return null;
}

/** The size of the last pool (`of the 30 assets`, `the thirty coins we watch`) read before in the same sentence. */
function poolBefore(claims: readonly DraftClaim[], sentence: Sentence): number | undefined {
  return lastInSentence(claims, sentence, (n) => n.pool === true)?.number.value;
}

/** The last claim read before in the same sentence whose number passes `test`. */
function lastInSentence(
  claims: readonly DraftClaim[],
  sentence: Sentence,
  test: (n: ReadNumber) => boolean,
): DraftClaim | undefined {
  for (let k = claims.length - 1; k >= 0 && claims[k]!.sentence === sentence; k--)
    if (test(claims[k]!.number)) return claims[k];
  return undefined;
}

/** `in the top 30`, `of the top 30`: the size of a pool named by its rank cut-off, else undefined. */
function topPool(sentence: string): number | undefined {
  const m = TOP_POOL.exec(sentence);
  return m ? Number(m[1]) : undefined;
}
const TOP_POOL = /\b(?:in|of|among|across)\s+(?:the|our)\s+top\s+(\d{1,3})\b(?!\s*(?:gainers|losers|movers))/i;

/** Every mention of `entity` in the sentence is followed by `dominance` (`BTC dominance`, `Bitcoin's dominance`). */
function dominanceOnly(text: string, mentions: readonly Mention[], entity: EntityRef): boolean {
  let seen = false;
  for (const m of mentions) {
    if (m.kind !== entity.kind || m.id !== entity.id) continue;
    if (!DOMINANCE_AFTER.test(text.slice(m.end, m.end + 16))) return false;
    seen = true;
  }
  return seen;
}
const DOMINANCE_AFTER = /^(?:['\u2019]s)?\s*(?:\*\*)?\s*dominance\b/i;

/** The group of the last count read before in the same sentence, if it has one. */
function countBefore(claims: readonly DraftClaim[], sentence: Sentence): EntityRef | null {
  return lastInSentence(claims, sentence, (n) => n.unit === 'count' && !n.pool)?.entity ?? null;
}

/** The sector `id` when it has `size` members. */
function sizedSector(registry: Registry, id: string, size: number) {
  return registry.sectors.find((x) => x.id === id && x.members.length === size);
}
const IT_MOVED =
  /^[\s,;]*(?:in|on)\s+\S+\s+it\s+(?:rose|fell|grew|shrank|dropped|climbed|slipped|gained|lost|added|jumped)\b/i;
/** A sentence that is only a window and a figure (`7d: -7.9%.`, `On the week: +4%`): the last sentence's metric. */
const WINDOW_ONLY =
  /^\s*(?:[-*\u2022]\s*)?(?:7d|30d|24h|1w|w\/w|weekly|on the week|over the week|on the month|7-day|30-day)\s*:?\s*[+\-\u2212]?\d[\d.,]*\s?%\.?\s*$/i;
/** A sentence opening with a window and a colon (`On a 30-day basis:`, `Over 30 days:`, `- **7d:**`). */
function windowLabelLead(text: string, sentence: Sentence, windows: readonly PhraseHit<WindowCue>[]): boolean {
  const w = windows[0];
  return (
    w !== undefined &&
    w.start - sentence.start <= 16 &&
    WINDOW_LABEL_BEFORE.test(text.slice(sentence.start, w.start)) &&
    WINDOW_LABEL_AFTER.test(text.slice(w.end, w.end + 12))
  );
}
const WINDOW_LABEL_BEFORE = new RegExp(
  String.raw`^\s*(?:[-*\u2022]\s*)?(?:\*\*)?(?:(?:${WINDOW_LABEL_PREPOSITIONS.join('|')})\s+)?(?:(?:a|the)\s+)?$`,
  'i',
);
const WINDOW_LABEL_AFTER = new RegExp(String.raw`^\s*(?:${WINDOW_LABEL_NOUNS.join('|')})?\s*(?:\*\*)?:`, 'i');
const POSSESSIVE_FIGURE = /[A-Za-z]['\u2019]s\s+(?:\*\*)?\$?$/;
/** A move noun right after a figure names its metric (`ether's 72% gain`). */
const MOVE_NOUN_AFTER = /^\s*(?:\*\*)?\s*(?:gain|rise|jump|drop|fall|loss|decline|rally|slide|move|advance|climb)s?\b/i;
/**
 * `NEAR led the layer-one group with a 12.7% gain`, `Ether topped the L1s at 4.2 pct`: an asset, a leading verb, then
 * the sector, before the figure in its clause: the figure is the asset's. Else the sector as it was.
 */
function leaderOf(
  text: string,
  segment: { start: number },
  number: ReadNumber,
  mentions: readonly Mention[],
  sector: EntityRef,
): EntityRef {
  // (the sentence up to the figure: `with a 12.7% gain` is a clause of its own)
  const inClause = mentions.filter((m) => m.start >= segment.start && m.end <= number.start);
  const group = inClause.filter((m) => m.kind === 'sector' && m.id === sector.id).at(-1);
  if (!group) return sector;
  const leader = inClause.filter((m) => m.kind === 'asset' && m.end <= group.start).at(-1);
  if (!leader || !LEADS_GROUP.test(text.slice(leader.end, group.start))) return sector;
  // the figure follows the group as the leader's (`... group with a 12.7% gain`), not in a clause of its own (`...
  // group, which rose 3.9%`)
  if (!LEADER_FIGURE.test(text.slice(group.end, number.start))) return sector;
  return { kind: 'asset', id: leader.id };
}
const LEADER_FIGURE = /^[\s\w*_-]{0,24}\b(?:with|at|by|on)\b[^,;.]*$/i;
const LEADS_GROUP = /^[\s*_)]*(?:led|leads|leading|topped|tops|paced|paces|headed|heads)\s+(?:the\s+|all\s+)?[\s*_]*$/i;

/**
 * `Levels: BTC support $110,000, resistance $115,000; ETH $3,900 / $4,000`, `SOL support $170, resistance $180. xrp:
 * $2.40 / $2.50`: a pair of dollar figures joined by `/` where support and resistance were just named, in that order,
 * is the pair's support and resistance. Else no cue.
 */
function levelPair(
  text: string,
  number: ReadNumber,
  numbers: readonly ReadNumber[],
  metrics: readonly PhraseHit<MetricCue>[],
  sentence: Sentence,
): MetricCue[] {
  if (number.unit !== 'usd' && number.unit !== 'none') return [];
  const k = numbers.findIndex((x) => x.start === number.start);
  if (k === -1) return [];
  const next = numbers[k + 1];
  const prev = numbers[k - 1];
  // (`A / B`, or `ETH 4.000 $ and 4.200 $` after a sentence or a lead naming the levels; never a range's ends)
  const first = next !== undefined && joinsPair(text, sentence, number, next);
  const second = !first && prev !== undefined && joinsPair(text, sentence, prev, number);
  if (!first && !second) return [];
  // support then resistance named in this sentence before the pair, or in the 200 characters before it
  const named = metrics.filter((h) => h.end <= number.start).map((h) => h.payload);
  const s = named.lastIndexOf('support');
  const r = named.lastIndexOf('resistance');
  const inSentence = (s !== -1 && r > s) || /^\W*levels?\b/i.test(sentence.text);
  const near = text.slice(Math.max(0, sentence.start - 200), sentence.start).toLowerCase();
  const before =
    (near.lastIndexOf('support') !== -1 && near.lastIndexOf('resistance') > near.lastIndexOf('support')) ||
    /\blevels?\s*:?\s*$/.test(near.trimEnd());
  if (!inSentence && !before) return [];
  return [first ? 'support' : 'resistance'];
}

/** `A / B`, `A and B`: two figures joined as a pair, not a range's ends (`between A and B`, `range A / B`). */
function joinsPair(text: string, sentence: Sentence, a: ReadNumber, b: ReadNumber): boolean {
  return (
    /^\s*(?:\/|and|&)\s*$/.test(text.slice(a.end, b.start)) &&
    !/\b(?:between|from|range|ranged|swung|traded)\b[^.;]{0,24}$/i.test(
      text.slice(Math.max(sentence.start, a.start - 40), a.start),
    )
  );
}

/** A count cell's claim: what it counts, of which row, over the column's window. */
function countClaim(
  piece: ReadNumber,
  entity: EntityRef,
  cue: MetricCue,
  sentence: Sentence,
  recent: EntityRef[],
  window: WindowCue | null,
  attributed: boolean,
): DraftClaim {
  return {
    number: piece,
    sentence,
    entity,
    entityInherited: false,
    recent,
    cues: [cue],
    cuesCarried: undefined,
    window,
    direction: null,
    hedge: null,
    hedgeText: null,
    fromTo: null,
    afterTo: false,
    attributed,
    // (every field, as figureClaims' drafts have them: one object shape)
    relation: undefined,
    fundingSpoken: undefined,
    movedBy: undefined,
  };
}

/** One side of an `8/2` up / down cell: a count of its own. */
function countPart(number: ReadNumber, from: number, to: number): ReadNumber {
  return {
    ...number,
    kind: 'number',
    start: number.start + from,
    end: number.start + to,
    text: number.text.slice(from, to),
    value: Number(number.text.slice(from, to)),
    unit: 'count',
    halfUnit: 0.5,
  };
}

/** Column cues whose unit-less signed cells are changes (`| Best (24h) |`, `| Change |`, a column with no cue). */
const CHANGE_COLUMN_CUES: ReadonlySet<MetricCue> = new Set(['best', 'worst', 'change']);
/** Groups that are no sector: a count out of them counts none. */
const OTHER_GROUP = /\b(?:majors|large[- ]caps?|big (?:coins|names|caps)|blue[- ]chips|perps|perpetuals|exchanges)\b/i;
/** `all 10`, `all of the **7**`: the figure follows `all`. */
const afterAll = (text: string, number: ReadNumber) =>
  ALL_BEFORE.test(text.slice(Math.max(0, number.start - 14), number.start));
const ALL_BEFORE = /\b(?:all|all of the|all the)\s+(?:\*\*|__)?$/i;

/** A bare `sector` / `basket` (`whole sector`, `the sector as a whole down`, `Sector cap`) just before a figure. */
const SECTOR_WORD_BEFORE = new RegExp(
  [
    // (`the group as a whole inched up`, `Sector all together plus 0.3%`, `the sector's capitalisation shrank by`)
    String.raw`\b(?:sector|basket|group)(?:['\u2019]s)?(?:\s+(?:as\s+a\s+whole|all\s+together|altogether|overall))?`,
    // (`Sector capitalisation stands at 13,88 bn $`, `so sector near +9.9%`, `sector market value is about $13.6B`)
    String.raw`(?:\s+(?:is|was|up|down|rose|fell|gained|lost|moved|by|at|cap|mcap|capitali[sz]ation|market|value|`,
    'stands|sits|worth|near|about|around|roughly|now|plus|minus|shrank|shrunk|grew|added|shed|sank|slipped|inched|',
    'edged|climbed|dropped|dipped))*',
    String.raw`[\s:(~\u2248]*[+\-\u2212]?$`,
  ].join(''),
  'i',
);
/** `2 members rose`, `3 of its members`: a count of a sector's members. */
const MEMBERS_AFTER = /^\s*(?:of\s+(?:its|the(?:\s+\w+)?)\s+)?members\b/i;
/**
 * A sentence that opens on a cap or value with no owner after a roundup of several assets (`SOL lost 6.1%, XRP
 * gained 6.4%. Market cap sank 3.9 %`): the market's; after one asset's paragraph (`SOL ... Market cap $90.5
 * billion.`) or as a field label (`**Market cap:** $481.3B`) it stays that asset's.
 */
const MARKET_CAP_LEAD = new RegExp(
  String.raw`^[\s*_#>-]*(?:the\s+)?(?:(?:total|overall|crypto|global|whole)\s+){0,2}market\s+` +
    String.raw`(?:cap(?:itali[sz]ation)?|value)\b(?!\s*(?:\*\*)?\s*:)[^.;]*$`,
  'i',
);

/** Whether `mentions` name at least `n` distinct assets. */
function namesAssets(mentions: readonly Mention[], n: number): boolean {
  const ids = new Set<string>();
  for (const m of mentions) if (m.kind === 'asset') ids.add(m.id);
  return ids.size >= n;
}
/** A bare `market` (`vs market +3.7%`) just before a percentage. */
const MARKET_WORD_BEFORE = /\b(?:vs\.?|versus|whole|broader|the)\s+market\s*[+\-\u2212]?$/i;
/** `- Total: $15.08B, down 9.7%`, `Total $15.08bn`: a total at the start of a clause (the market's or the lead's). */
const TOTAL_WORD_BEFORE = /(?:^|[-(|*]\s*)total\s*:?\**\s*[+\-\u2212]?$/i;
const TOTAL_RIGHT_BEFORE = /\btotal\s*:?\**\s*[+\-\u2212]?$/i;

/** `62.1% of the total crypto market`: a share of the market's value is dominance. */
// (`**58.4%** of the total`: emphasis closing the figure)
const SHARE_OF_MARKET =
  /^(?:\*\*)? of (the )?(?:(total |whole |entire )?(crypto |cryptocurrency )?market( cap| value|'s value)?|total)\b/i;

/** A list item: `- `, `* `, `+ `, `• `, `1. `, `1) `. */
function isListItem(line: string): boolean {
  const c = line[0];
  if ((c === '-' || c === '*' || c === '+' || c === '\u2022') && (line[1] === ' ' || line[1] === '\t')) return true;
  let d = 0;
  while (d < line.length && d < 4 && line[d]! >= '0' && line[d]! <= '9') d++;
  return d > 0 && (line[d] === '.' || line[d] === ')');
}

/** A word after the figure is past another figure when one stands between (and a name before it). */
function passedFigure(
  h: PhraseHit<MetricCue>,
  number: ReadNumber,
  numbers: readonly ReadNumber[],
  mentions: readonly Mention[],
): boolean {
  return (
    (h.end <= number.start &&
      numbers.some(
        (x) =>
          x.start >= h.end && x.end <= number.start && mentions.some((m) => m.start >= x.end && m.end <= number.start),
      )) ||
    (h.start >= number.end && numbers.some((x) => x.start >= number.end && x.end <= h.start))
  );
}

/** The entity named alone in the table cell right left of column `col` (not the row's first cell), else null. */
function nameCellLeft(text: string, sentence: Sentence, mentions: readonly Mention[], col: number): EntityRef | null {
  for (const m of mentions) {
    if (m.kind === 'market' || columnOf(text, sentence.start, m.start) !== col - 1) continue;
    const close = text.indexOf('|', m.end);
    if (close !== -1 && bareName(text.slice(cellStart(text, m.start), close), text.slice(m.start, m.end)))
      return { kind: m.kind, id: m.id };
  }
  return null;
}

/** A lead line: it ends with a colon (`**This week:**`, `Sector moves over 24h:`). */
/**
 * The figure's cues: `fixed` (a table column's, a share of the market) when given, else `read()`; marked carried when
 * no word of them in the figure's own clause is its own: a word outside the clause, or one an earlier figure and a
 * new name stand between (`vol $146.7B $SHIB 0.0000104`: `vol` is the first figure's).
 */
function cuesAndCarry(
  text: string,
  fixed: MetricCue[] | null,
  number: ReadNumber,
  segment: Segment | undefined,
  metrics: readonly PhraseHit<MetricCue>[],
  numbers: readonly ReadNumber[],
  mentions: readonly Mention[],
  read: () => MetricCue[],
): { cues: MetricCue[]; cuesCarried: true | undefined } {
  if (fixed) return { cues: fixed, cuesCarried: undefined };
  const cues = read();
  // (a word after the figure is past another figure when one stands between: `-0.0041% works out to -4.5% a year`)
  const own = metrics.some(
    (h) =>
      segment !== undefined &&
      h.start >= segment.start &&
      h.end <= segment.end &&
      cues.includes(h.payload) &&
      !passedFigure(h, number, numbers, mentions),
  );
  // only a cue named in this sentence, outside the figure's clause, is carried; a list's lead (`Funding rates:`,
  // `Market cap: BTC $2.25T; ETH ...`) or the sentence before names its items' metric
  const named = metrics.filter((h) => cues.includes(h.payload));
  // `low $104,130, high $111,921, now we are sitting at $108,450`: `now` before a figure names the price, not a level
  // carried from the clause before
  const beforeFigure = text.slice(Math.max(segment?.start ?? 0, number.start - 40), number.start);
  if (
    cues.length &&
    !own &&
    NOW_BEFORE.test(beforeFigure) &&
    !WAS_NOW.test(text.slice(Math.max(0, number.start - 80), number.start)) &&
    // (`the 30-day swing high, now at $112,486, was cleared`: an aside about the level, its subject)
    !/^\s*,\s*(?:was|is|has|had)\b/.test(text.slice(number.end, number.end + 12))
  )
    return { cues: [], cuesCarried: undefined };
  const lead = named.some((h) => LEAD_COLON.test(text.slice(h.end, h.end + 12)));
  return { cues, cuesCarried: cues.length && !own && named.length && !lead ? true : undefined };
}
const SECTOR_CAP_WORDS = /\b(?:sector|sector's|basket|category|group's|cohort)\b/i;
// (`now`, `is now`, `now at` before a figure name the price; `was $111K, now $112K` keeps a level: WAS_NOW)
const NOW_BEFORE =
  /\bnow\b(?:\s+(?:we|it|bitcoin|btc|ether|eth|is|are|sits?|sitting|trades?|trading|at|near|around|back))*\s*\$?$/i;
/** `it was $3,700 last week and is now $3,987`: a level's old and new values, the carried level holds. */
const WAS_NOW = /\b(?:was|from)\s+\$?\d[\d,.]*[kmb]?\b[^.;\d]{0,40}$/i;
const OWNERS_RATE = /['\u2019]s\s+rate\b/i;
/** A metric word's colon: `Funding rates:`, `Realized volatility (7-day, annualized):`, `Market cap:`. */
// (`OI wipe:`, `vol check:`: a word that names what is told of the metric)
const LEAD_COLON = new RegExp(
  String.raw`^\s*(?:rates?|levels?|figures?|numbers?|readings?|wipe|flush|check|watch|update|recap|snapshot|` +
    String.raw`moves?|changes?|data|picture|board|scan|flows?)?\s*(?:\([^)]{0,40}\))?\s*(?:\*\*)?\s*:`,
  'i',
);

/** `unlock next week`, `over the coming days`: a window word right after a word that puts it ahead. */
function futureTime(text: string, tokens: readonly Token[], h: PhraseHit<WindowCue>): boolean {
  const lead = tokens[h.firstToken - 1];
  return (
    lead !== undefined &&
    FUTURE_LEADS.has(lead.lower) &&
    /^\s+$/.test(text.slice(lead.end, tokens[h.firstToken]!.start))
  );
}

/**
 * `quarter` names three months only after a window lead (`this quarter`, `the second quarter`, `last quarter`, `a
 * quarter ago`, `quarter-to-date`); elsewhere it is a share: `a quarter of a per cent`, `one and a quarter per cent`,
 * `a quarter of the memecoins`, `Virtuals lost a quarter`.
 */
function quarterShare(text: string, tokens: readonly Token[], h: PhraseHit<WindowCue>): boolean {
  const word = tokens[h.firstToken]!;
  if (word.lower !== 'quarter' || h.lastToken !== h.firstToken) return false;
  if (/^[\s-]+(?:ago\b|end\b|to[\s-]+date\b|on[\s-]+quarter\b)/i.test(text.slice(word.end, word.end + 16)))
    return false;
  let k = h.firstToken - 1;
  while (k >= 0 && QUARTER_ORDINALS.has(tokens[k]!.lower)) k--;
  return !QUARTER_LEADS.has(tokens[k]?.lower ?? '');
}

/** A list item's own metric words, else the metric words of the list's lead. */
// (loops rather than filter / every over cue lists: cue arrays are built in many places, and an array builtin inlined
// where one kind of array was seen deoptimizes extractClaims when another comes; its recompiling is the costliest)
/** The cues that name a metric (not a weak cue: price, change, level...). */
function strongCues(cues: readonly MetricCue[]): MetricCue[] {
  const out: MetricCue[] = [];
  for (const c of cues) if (!WEAK_CUES.has(c)) out.push(c);
  return out;
}

/** Every cue is `annualized` (funding_apr). */
function onlyAnnualizing(cues: readonly MetricCue[]): boolean {
  for (const c of cues) if (c !== 'funding_apr') return false;
  return true;
}

function orLead(own: MetricCue[], lead: MetricCue[]): MetricCue[] {
  // (`annualised` alone names no metric: `- Realised vol: BTC 33.9% annualised` is the lead's volatility, annualized)
  if (own.length && onlyAnnualizing(own)) return [...lead, ...own];
  return own.length ? own : lead;
}

/**
 * The window of a paragraph's opening label (`Layer 1 over 30 days: +4,0 %.`): a window cue, then a colon within a
 * few characters, with no figure (`%`, `$`) before it; else null.
 */
function windowLabel(sentence: Sentence, windows: readonly PhraseHit<WindowCue>[]): WindowCue | null {
  const w = windows[0];
  if (!w) return null;
  const rel = w.end - sentence.start;
  const t = sentence.text;
  for (let k = 0; k < rel; k++) if (t[k] === '%' || t[k] === '$') return null;
  let k = rel;
  while (k < t.length && k - rel < 3 && (t[k] === ' ' || t[k] === '*' || t[k] === ')')) k++;
  return t[k] === ':' ? w.payload : null;
}

/** anaphorKind of segment k, remembered in `memo` (one entry per segment of the sentence). */
function segmentAnaphor(text: string, segments: Segment[], k: number, memo: (EntityKind | null)[]): EntityKind | null {
  let kind = memo[k];
  if (kind === undefined) {
    kind = anaphorKind(text, segments[k]!);
    memo[k] = kind;
  }
  return kind;
}

function headingCues(metrics: readonly PhraseHit<MetricCue>[]): MetricCue[] {
  const out: MetricCue[] = [];
  for (const h of metrics) if (HEADING_METRICS.has(h.payload)) out.push(h.payload);
  return out;
}

function isLead(line: string): boolean {
  let e = line.length;
  while (e > 0 && (line[e - 1] === '*' || line[e - 1] === '_' || line[e - 1] === ' ')) e--;
  if (line[e - 1] === ':') return true;
  // `**Open interest**` on a line of its own: a bold label with no figure leads the list under it
  // (`**Realized volatility (7-day, annualized)**`: a window's digits do not make the label a figure; the label's
  // opening `**` or `__` is left as it is, so a line without one is no label)
  const trimmed = line.trim();
  if (!trimmed.startsWith('**') && !trimmed.startsWith('__')) return false;
  return BOLD_LABEL.test(trimmed.replace(LABEL_WINDOW, 'w'));
}
const LABEL_WINDOW = /\b\d{1,2}[- ]?(?:d|h|hr|day|days|hour|hours|week|weeks)\b/gi;
const BOLD_LABEL = /^(?:\*\*|__)[^*_\d\n]{2,40}(?:\*\*|__)$/;

/** A metric's name inside the segment (open interest, funding, volume, volatility, dominance, cap), not a move word. */
function hasMetric(hits: readonly PhraseHit<MetricCue>[], s: Segment): boolean {
  return hits.some((h) => h.start >= s.start && h.end <= s.end && NAMED_METRIC_CUES.has(h.payload));
}

/** Sentence-initial subjects that point back: `It rose 2.4%, one of two gainers` is not `Up 2%, Bitcoin ...`. */
const PRONOUNS = new Set(['it', 'its', 'they', 'their', 'this', 'that', 'these', 'those', 'he', 'she']);

/** A direction word in the figure's clause (`- ETH rose 4.3%`): a moved figure is a change, whatever the lead says. */
function movedIn(segment: Segment | undefined, directions: readonly { start: number; end: number }[]): boolean {
  return segment !== undefined && directions.some((d) => d.start >= segment.start && d.end <= segment.end);
}

const HEADING_METRICS: ReadonlySet<MetricCue> = new Set(['volatility', 'oi', 'funding', 'funding_apr', 'volume']);

/** Lower-cased word right before `at` (skipping `skip` characters of hedge), or ''. */
/** `rose 5% to $3.3T`, `added 8.8% to a combined $12.3 billion`: `to` (past a few fillers) right before `at`. */
function toBefore(tokens: readonly Token[], at: number): boolean {
  let k = firstEndingAfter(tokens, at) - 1;
  for (let filler = 0; k >= 0 && filler < 3 && TO_FILLERS.has(tokens[k]!.lower); filler++) k--;
  return k >= 0 && tokens[k]!.lower === 'to';
}

const outletCache = new Map<string, ReturnType<typeof buildPhraseIndex<true>>>();
/** Outlet-name phrases, cached by the list (the same sheet's outlets on every check). */
function outletIndexFor(outlets: readonly string[]) {
  const key = outlets.join('\u0000');
  let index = outletCache.get(key);
  if (!index) {
    index = buildPhraseIndex(outlets.filter((o) => o.length > 2).map((o) => phraseOf(o, true as const, 'any')));
    if (outletCache.size > 50) outletCache.clear();
    outletCache.set(key, index);
  }
  return index;
}
