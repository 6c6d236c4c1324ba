/**
 * The checker's lexicon: every word list the reader and the rules use. Number words (scales, units, months,
 * number words, fractions) first, then the words that say which metric, which window, which direction and which
 * hedge a number carries. The context words are matched case-insensitively over word tokens (`matchPhrases`),
 * multi-word first.
 */
import type { Window } from '../domain/units.ts';
import { buildPhraseIndex, phraseOf, type PhraseIndex } from './read/tokenize.ts';

// Number words: word tables the number scanner uses. Lower-case keys.
/**
 * Watchlist symbols and one-word names that are also words (English, or common in the French and Spanish notes the
 * checker reads): written in lower or title case a symbol of these is the word, not the asset (`near`, `op`,
 * `render`, `au fil de`), and a name of these counts only when capitalized (`Render`, `Helium`, not `render`). Every
 * other symbol counts as its asset in any case (`sol`, `Eth`, `doge`); a word-like symbol or name counts in lower
 * case only when a figure follows it (extract/find-entities.ts).
 */
export const WORD_LIKE_NAMES: ReadonlySet<string> = new Set([
  // symbols
  'near',
  'op',
  'dot',
  'render',
  'sand',
  'gala',
  'virtual',
  'pol',
  'tao',
  'arb',
  'fil',
  'sui',
  'pepe',
  // names
  'optimism',
  'avalanche',
  'polygon',
  'immutable',
  'helium',
  'sandbox',
  'graph',
  'ripple',
  'virtuals',
  'axie',
  'fetch',
  'memes',
  'gaming',
]);

/** Month abbreviations written with a dot (`Nov.`): the dot neither ends a sentence nor a token. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['k', 1e3],
  ['million', 1e6],
  ['millions', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['m', 1e6],
  ['billion', 1e9],
  ['billions', 1e9],
  ['bn', 1e9],
  ['bln', 1e9],
  ['b', 1e9],
  ['trillion', 1e12],
  ['tln', 1e12],
  ['trn', 1e12],
  ['trln', 1e12],
  ['mlrd', 1e9],
  ['trilion', 1e12],
  ['bilion', 1e9],
  ['trillions', 1e12],
  ['trillon', 1e12],
  ['billon', 1e9],
  ['milion', 1e6],
  ['millon', 1e6],
  ['tn', 1e12],
  ['t', 1e12],
  // European recaps: `13,64 Mrd. $`, `140,6 Mio. $`, `3,6 Bio. $` (German Billion = 10^12), French `Mds`
  ['mrd', 1e9],
  ['mrds', 1e9],
  ['mds', 1e9],
  ['mio', 1e6],
  ['bio', 1e12],
]);

/** Scale abbreviations written with a dot (`Mrd.`, `Mio.`): the dot neither ends a sentence nor the figure. */
export const DOTTED_SCALES: readonly string[] = ['mrd', 'mrds', 'mds', 'mio', 'bio', 'mln', 'bln', 'tln', 'trln'];

/** Attached suffixes that are scales only (`104K`, `$1.2M`, `$3T`, `$53bn`). */
export const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['b', 1e9],
  ['bn', 1e9],
  ['t', 1e12],
  ['tn', 1e12],
]);

export const DURATION_WORDS: ReadonlySet<string> = new Set([
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'd',
  'day',
  'days',
  'w',
  'wk',
  'wks',
  'week',
  'weeks',
  'month',
  'months',
  'mo',
  'year',
  'years',
  'yr',
  'yrs',
  'minute',
  'minutes',
  'min',
  'mins',
  'second',
  'seconds',
  'sec',
  'session',
  'sessions',
  'quarter',
  'quarters',
  'am',
  'pm',
  'utc',
  'et',
  'gmt',
  'bar',
  'bars',
  'candle',
  'candles',
]);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pp', 'ppt', 'ppts', 'per']);
export const BASIS_POINT_WORDS: ReadonlySet<string> = new Set(['bp', 'bps', 'basis']);
/** `2.4 times`, `3-fold`, `3.0 x` (a stray space before the `x`). */
export const RATIO_WORDS: ReadonlySet<string> = new Set(['times', 'fold', 'x']);

/** Nouns after a bare number that make it a count: `22 assets`, `5 tokens`. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'asset',
  'assets',
  'token',
  'tokens',
  'coin',
  'coins',
  'altcoins',
  'name',
  'names',
  'sectors',
  'members',
  'member',
  'constituents',
  'gainers',
  'losers',
  'advancers',
  'decliners',
  'risers',
  'fallers',
  'projects',
  'cryptocurrencies',
  'cryptoassets',
  'l1s',
  'l2s',
  'memecoins',
  'platforms',
  'networks',
  'chains',
  'groups',
  'perps',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'jan',
  'january',
  'feb',
  'february',
  'mar',
  'march',
  'apr',
  'april',
  'may',
  'jun',
  'june',
  'jul',
  'july',
  'aug',
  'august',
  'sep',
  'sept',
  'september',
  'oct',
  'october',
  'nov',
  'november',
  'dec',
  'december',
]);

/** Words before a number that make it a rank: `top 10`, `No. 2`, `ranked 50`. */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  'top',
  'no',
  'number',
  'ranked',
  'rank',
  'ranks',
  'ranking',
  'bottom',
  'position',
  'paragraph',
  'para',
  'section',
  'page',
  'item',
  'chapter',
  'step',
  'part',
]);

/** Names that carry a number and are not claims: `S&P 500`, `Nasdaq 100`. */
export const INDEX_NAMES: ReadonlySet<string> = new Set([
  's&p',
  'nasdaq',
  'ftse',
  'russell',
  'nikkei',
  'dax',
  'cac',
  'stoxx',
  'gmci',
  'version',
  'v',
  'phase',
  'season',
  'section',
  'part',
  'chapter',
  'step',
  'layer',
  // `la capa 1`, `la couche 2`: Layer 1 / Layer 2 in Spanish and French
  'capa',
  'couche',
  'web',
  'covid',
  'eip',
  'bip',
  'erc',
  'brc',
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['dozen', 12],
]);

/** Fractions written as words, as a share (0..1): `half of`, `a third of`, `two-thirds of`. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['third', 1 / 3],
  ['thirds', 2 / 3],
  ['quarter', 0.25],
  ['quarters', 0.75],
]);

/** A share written as a change (`rose by a quarter`, `fell a fifth`), in per cent. */
export const SHARE_PERCENTS: ReadonlyMap<string, number> = new Map([
  ['half', 50],
  ['quarter', 25],
  ['third', 100 / 3],
  ['fifth', 20],
  ['tenth', 10],
]);
/** Verbs after which `a fifth`, `a tenth` is a change (`Solana rose a fifth`); `by` always is. */
export const SHARE_CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'fell',
  'gained',
  'lost',
  'added',
  'dropped',
  'jumped',
  'climbed',
  'slid',
  'sank',
  'declined',
  'increased',
  'decreased',
  'grew',
  'shed',
  'up',
  'down',
]);
/** Hedges between such a verb and the share (`fell by about a third`, `rose nearly a tenth`). */
export const SHARE_HEDGES: ReadonlySet<string> = new Set([
  'about',
  'nearly',
  'almost',
  'some',
  'roughly',
  'around',
  'just',
  'over',
  'under',
]);

/** Metric cue: a family the resolver maps to a fact metric using the number's unit and entity. */
export type MetricCue =
  | 'price'
  | 'cap'
  | 'cap_loss'
  | 'cap_gain'
  | 'volume'
  | 'volatility'
  | 'funding'
  | 'funding_apr'
  | 'oi'
  | 'support'
  | 'resistance'
  | 'level'
  | 'high'
  | 'low'
  | 'dominance'
  | 'advancers'
  | 'decliners'
  | 'members'
  | 'best'
  | 'worst'
  | 'change'
  | 'range'
  | 'extreme';
export type WindowCue = Window | 'other';
export type DirectionCue = 'up' | 'down' | 'flat' | 'negative' | 'positive';
/** Hedge families (see docs/factcheck.md for tolerances). */
export type HedgeCue = 'about' | 'nearly' | 'just-over' | 'more-than' | 'less-than';

const METRIC: Record<MetricCue, string[]> = {
  price: [
    'price',
    'prices',
    'priced',
    'trading at',
    'trades at',
    'traded at',
    'trade at',
    'changed hands',
    'changing hands',
    'quoted at',
    'spot',
    'last traded',
    'sits at',
    'sat at',
    'hovering',
    'hovered',
    'hovers',
    'settled at',
    'closed at',
    'printed',
    'exchange rate',
  ],
  cap: [
    'market cap',
    'market caps',
    'market capitalization',
    'market capitalisation',
    'market capitalizations',
    'market value',
    'capitalization',
    'capitalisation',
    'capitalizations',
    'capitalisations',
    'valuation',
    'mcap',
    'cap',
    'caps',
    'combined value',
    'total value',
    'worth',
  ],
  cap_loss: [
    'erased',
    'erasing',
    'erase',
    'wiped',
    'wiping',
    'wipe',
    'shed',
    'shedding',
    'evaporation',
    'evaporated',
    'lost',
    'losing',
    'loss of',
    'knocked',
    'trimmed',
    'drop of',
  ],
  cap_gain: [
    'added',
    'adding',
    'gained',
    'gaining',
    'gain of',
    'rise of',
    'increase of',
    'climbed by',
    'grew by',
    'rose by',
    'up by',
    'up',
    // `Cap chg 24h` over a column of signed dollar figures
    'chg',
    'cap change',
  ],
  volume: ['volume', 'volumes', 'turnover', 'traded volume', 'trading volume', 'spot volume'],
  volatility: [
    'volatility',
    'vol',
    // (`the 7d vola is 114%`)
    'vola',
    'rv',
    'realized vol',
    'realised vol',
    'realized volatility',
    'realised volatility',
    'annualized volatility',
  ],
  // `the OI-weighted average is 0.0054%`: the market's funding average
  funding: ['funding', 'funding rate', 'funding rates', 'perp funding', 'funding prints', 'oi-weighted average'],
  funding_apr: [
    // `-0.0112% (-12.3 % ann.)`
    'ann',
    'annual',
    'annual rate',
    // (no `annualized funding` / `funding apr`: the two words are two cues, so the rate is funding's)
    'apr',
    'annualized',
    'annualised',
    'annualizes',
    'annualises',
    'annualizing',
    'annualising',
    'annualize',
    'annualise',
    'per year',
    'a year',
    'p a',
    'in year terms',
    'per annum',
    'yearly',
    'on a yearly basis',
  ],
  oi: [
    'open interest',
    'oi',
    'open positions',
    // (`Ether positions fell by 7.5%`, `DOGE positions jumped 22%`: not `$340M of long positions were liquidated`)
    'positions fell',
    'positions rose',
    'positions jumped',
    'positions shrank',
    'positions grew',
    'positions dropped',
    'positions climbed',
    'positions increased',
    'positions declined',
  ],
  support: [
    'support',
    'supports',
    'floor',
    'support level',
    'support zone',
    'support band',
    'support range',
    'support area',
    'demand zone',
    'downside level',
    // desk shorthand in a level row: `BTC 112 486 | S 110 000 | R 115 000`
    'S',
  ],
  resistance: [
    'resistance',
    'res',
    'resist',
    'ceiling',
    'resistance level',
    'resistance zone',
    'resistance band',
    'resistance range',
    'resistance area',
    'overhead',
    'supply zone',
    'upside level',
    'R',
  ],
  level: [
    'level',
    'levels',
    'threshold',
    'mark',
    'handle',
    'pivot',
    'round number',
    'psychological',
    'watched',
    'watching',
    'watch',
    'eyed',
    'eyeing',
    'eyes',
    // `failed to hold $105,000`: a level the price fell back under (not `reclaimed $113,000`: that is the price)
    'failed to hold',
  ],
  // `H 112,511 L 108,050`: desk shorthand in a level row, capitals only (like `S` / `R`)
  high: [
    'high',
    'highs',
    'peak',
    'peaked',
    'peaking',
    'topped out',
    'topping out',
    'tops out',
    'intraday high',
    'session high',
    'daily high',
    'H',
  ],
  low: ['low', 'lows', 'bottom', 'bottomed', 'bottoming', 'trough', 'intraday low', 'session low', 'daily low', 'L'],
  dominance: [
    'share',
    'btc d',
    'btc dominance',
    'dominance',
    'share of total',
    'share of the total',
    'market share',
    'dom',
    'btc dom',
    'btc.d',
  ],
  advancers: [
    'advancers',
    'gainers',
    'risers',
    'riser',
    'greens',
    'in the green',
    'finished higher',
    'ended higher',
    'closed higher',
    'closed up',
  ],
  decliners: [
    'decliners',
    // (`the 4 reds: $WLD -0.8% ...`)
    'reds',
    'losers',
    'fallers',
    'faller',
    'in the red',
    'finished lower',
    'ended lower',
    'closed lower',
    'closed down',
  ],
  members: ['members', 'constituents', 'components', 'tracked'],
  best: [
    'best performer',
    'best',
    'top performer',
    'top gainer',
    'biggest gainer',
    'biggest winner',
    'leader',
    'led gains',
    'outperformer',
    'strongest',
    // translated recaps (German, French, Spanish)
    'stärkste',
    'stärkster',
    'meilleur',
    'meilleure',
    'mejor',
  ],
  worst: [
    'worst performer',
    'worst',
    'laggard',
    'biggest loser',
    'biggest decliner',
    'top loser',
    'led losses',
    // (`WIF is leader of losses with minus 13,2%`: before `leader` alone, which names the best)
    'leader of losses',
    'leader of the losses',
    'leader of declines',
    'leader of the decline',
    'leader of the drop',
    'weakest',
    'underperformer',
    'schwächste',
    'schwächster',
    'plus faible',
    'pire',
    'peor',
  ],
  range: ['range', 'trading range', 'traded between', 'ranged', 'band'],
  // a verb that reaches a price during the day: the price now or the day's (or month's) high or low (`as high as`
  // is not here: `as` splits clauses, and `high` alone names the high)
  extreme: [
    'touched',
    'touching',
    'touches',
    'tagged',
    'tagging',
    // (a wick or a flush reaches a low: `after a wick to $2,966`, `took it down to $88,894`, `plunged below $89,000`)
    'wick to',
    'wick down to',
    'took it down to',
    'dragged it to',
    'plunged below',
    'dipped below',
    'slipped below',
    'briefly fell to',
    'briefly traded below',
    'briefly trading below',
    'tags',
    'briefly reached',
    'briefly hit',
    'dipped to',
    'dipping to',
    'dips to',
    'spiked to',
    'spiking to',
    'wicked to',
    'wicked down to',
  ],
  change: ['change', 'changed', 'move', 'moved', 'moves', 'performance', 'return', 'returns'],
};

const WINDOW: Record<WindowCue, string[]> = {
  '24h': [
    'd d',
    'yesterday',
    'since yesterday',
    '24h',
    '24 hours',
    '24 hour',
    'twenty four hours',
    'twenty four hour',
    '24hr',
    '24hrs',
    'day',
    'daily',
    'today',
    'overnight',
    'session',
    'intraday',
    'on the day',
    'one day',
    '1d',
    'past day',
    // a part of today: a sentence's own clock words reset a window inherited from a lead, label or heading
    'this morning',
    'this afternoon',
    'this evening',
    'tonight',
    'last night',
    'since midnight',
    'midday',
    'recent hours',
    'few hours',
    'past hours',
    'last hours',
    'early trading',
    'late trading',
  ],
  '7d': [
    'w w',
    'wk',
    '7d',
    '7 day',
    '7 days',
    'seven days',
    'seven day',
    'week',
    'weekly',
    'wow',
    'this week',
    'past week',
    '1w',
    'week on week',
    'week over week',
  ],
  '30d': [
    'm m',
    '30d',
    '30 day',
    '30 days',
    'thirty days',
    'thirty day',
    'month',
    'monthly',
    '1m',
    'past month',
    'mom',
    'four weeks',
    '4 weeks',
  ],
  other: [
    'y y',
    'year',
    'years',
    'ytd',
    'yearly',
    'annual',
    'quarter',
    'quarterly',
    '90 days',
    '90 day',
    '12 months',
    '1h',
    '4h',
    'minutes',
    'weeks',
    'months',
    'this year',
    'last year',
    'fortnight',
    'two weeks',
    '14 days',
    '14 day',
  ],
};

const DIRECTION: Record<DirectionCue, string[]> = {
  down: [
    'decreasing',
    'reducing',
    'reduced',
    'sinks',
    'sinking',
    'tumbles',
    'tumbling',
    'slumps',
    'plunging',
    'slumped',
    'tanks',
    'dropping',
    'shedding',
    'bleeding',
    'bled',
    'lost',
    'fell',
    'fallen',
    'fall',
    'falls',
    'falling',
    'dropped',
    'drop',
    'drops',
    'dropping',
    'slid',
    'slide',
    'slides',
    'sliding',
    'slipped',
    'slip',
    'slips',
    'lost',
    'lose',
    'loses',
    'losing',
    'loss',
    'losses',
    'declined',
    'decline',
    'declines',
    'declining',
    'down',
    'lower',
    'shed',
    'sheds',
    'sank',
    'sink',
    'sinks',
    'tumbled',
    'tumble',
    'plunged',
    'plunge',
    'plunges',
    'slumped',
    'slump',
    'retreated',
    'retreat',
    'retreats',
    'erased',
    'erasing',
    'erase',
    'wiped',
    'dipped',
    'dip',
    'dips',
    'decrease',
    'decreased',
    'contracted',
    'eased',
    'eases',
    'easing',
    'ease',
    'shrank',
    'shrunk',
    'collapsed',
    'collapse',
    'crashed',
    'crash',
    'selloff',
    'sell off',
    'drawdown',
    'drawdowns',
    'weaker',
    'cut',
    'cutting',
    'evaporation',
    'pullback',
    'pulled back',
    'correction',
    'corrected',
    'gave up',
    'giving up',
    'downturn',
    'red',
    'negative',
    'slumping',
    'tanked',
    'sagged',
    'skidded',
    'softened',
    'off',
    'lows',
    'weakened',
    'underperformed',
    'minus',
    'deleveraged',
    'deflated',
    'dumped',
    'dumping',
    'dumps',
    'nuked',
    'cratered',
    'bleeding',
  ],
  up: [
    'pumped',
    'pumping',
    'ripped',
    'mooned',
    'mooning',
    'tacked on',
    'put on',
    'picked up',
    'increasing',
    'growing',
    'won',
    'soar',
    'soars',
    'soaring',
    'jumping',
    'surging',
    'rallying',
    'rebounding',
    'gains',
    'climbs',
    'adds',
    'rose',
    'rise',
    'rises',
    'rising',
    'risen',
    'gained',
    'gain',
    'gains',
    'gaining',
    'up',
    'higher',
    'climbed',
    'climb',
    'climbs',
    'climbing',
    'jumped',
    'jump',
    'jumps',
    'surged',
    'surge',
    'surges',
    'rallied',
    'rally',
    'rallies',
    'rebounded',
    'rebound',
    'rebounds',
    'advanced',
    'advance',
    'advances',
    'added',
    'adding',
    'increased',
    'increase',
    'increases',
    'grew',
    'growth',
    'soared',
    'spiked',
    'spike',
    'recovered',
    'recovery',
    'popped',
    'firmed',
    'ticked up',
    'green',
    'stronger',
    'outperformed',
    'plus',
    'expanded',
    'expansion',
    'strengthened',
    'bounced',
    'bounce',
    'upswing',
    'appreciated',
  ],
  flat: ['flat', 'unchanged', 'steady', 'little changed', 'sideways', 'held up', 'holding up', 'holds up', 'hold up'],
  negative: ['negative', 'turned negative', 'flipped negative', 'below zero', 'net short'],
  positive: ['positive', 'turned positive', 'flipped positive', 'above zero'],
};

const HEDGE: Record<HedgeCue, string[]> = {
  about: [
    'about',
    'roughly',
    'approximately',
    'approx',
    'around',
    'some',
    'circa',
    'ca',
    'an estimated',
    'estimated',
    'near',
    'close to',
    'in the region of',
    'on the order of',
    'or so',
    'nearly',
    'almost',
    'just under',
    'just shy of',
  ],
  nearly: ['nearly', 'almost', 'just under', 'just shy of', 'close to', 'shy of', 'not quite'],
  'just-over': ['just over', 'just above', 'slightly more than', 'a little over', 'a touch over'],
  'more-than': [
    'more than',
    'over',
    'above',
    'at least',
    'upwards of',
    'in excess of',
    'north of',
    'beyond',
    'exceeding',
    'exceeded',
    'greater than',
    'no less than',
    'topped',
    'tops',
    'crossed',
    'broke',
    'broke above',
    'breaks',
    'cleared',
    'surpassed',
    'reclaimed',
  ],
  'less-than': [
    'under',
    'below',
    'less than',
    'fewer than',
    'at most',
    'up to',
    'south of',
    'beneath',
    'no more than',
    'sub',
  ],
};

function indexOf<T extends string>(table: Record<T, string[]>): PhraseIndex<T> {
  const phrases = [];
  // a single capital letter (`S`, `R`: desk shorthand) matches only itself, never `'s` or a word
  for (const key of Object.keys(table) as T[])
    for (const words of table[key]) phrases.push(phraseOf(words, key, /^[A-Z]$/.test(words) ? 'exact' : 'any'));
  return buildPhraseIndex(phrases);
}

export const metricIndex = indexOf(METRIC);
export const windowIndex = indexOf(WINDOW);
export const directionIndex = indexOf(DIRECTION);
/** Hedge families are looked up by phrase; `nearly` wins over `about` for the same words (see HEDGE_ORDER). */
export const hedgeIndex = indexOf({
  about: HEDGE.about.filter((w) => !HEDGE.nearly.includes(w)),
  nearly: HEDGE.nearly,
  'just-over': HEDGE['just-over'],
  'more-than': HEDGE['more-than'],
  'less-than': HEDGE['less-than'],
});

/** Nouns of a fall, shared by the postfix directions and the member superlatives. */
const DROP_NOUNS = ['drop', 'drops', 'decline', 'declines', 'loss', 'losses'];
/** Nouns right after a percentage that give its direction: `a 6% drop`, `a 4% gain`. */
export const POSTFIX_DOWN = new Set([
  ...DROP_NOUNS,
  'slide',
  'fall',
  'lower',
  'down',
  'plunge',
  'slump',
  'drawdown',
  'selloff',
  'sell',
  'retreat',
  'correction',
  'haircut',
  'cut',
  'decrease',
  'contraction',
  'crash',
  'dip',
  'pullback',
  'tumble',
  'downside',
  'weaker',
  'off',
  'collapse',
  'shrinkage',
  'evaporation',
  'wipeout',
]);
export const POSTFIX_UP = new Set([
  'gain',
  'gains',
  'rise',
  'rises',
  'jump',
  'higher',
  'up',
  'rally',
  'rebound',
  'advance',
  'surge',
  'increase',
  'climb',
  'pop',
  'spike',
  'bounce',
  'recovery',
  'upside',
  'stronger',
  'growth',
  'expansion',
  'uptick',
]);

/** Attribution words that tie a number to a news source. */
export const ATTRIBUTION = [
  'according to',
  'reported',
  'reports',
  'reporting',
  'report',
  'said',
  'says',
  'cited',
  'citing',
  'data from',
  'told',
  'wrote',
  'writes',
  'noted',
  'quoted',
  'via',
  'headline',
  'headlines',
  'announced',
  'stated',
];

/** Cue families that are weak evidence of the metric (`sits at`, `moved`): they lose to a specific word nearby. */
export const WEAK_CUES: ReadonlySet<MetricCue> = new Set(['price', 'change']);
/** Window words a direction noun may follow: `a 10% weekly gain`. */
export const POSTFIX_SKIP = new Set([
  'in',
  'percent',
  'pct',
  'weekly',
  'daily',
  'monthly',
  'overnight',
  'intraday',
  'week',
  'day',
  'month',
  'on',
  'the',
  'per',
  'cent',
  'point',
  'points',
]);
/** Cues that only describe counts (`22 decliners`): ignored for other numbers so they do not hide a clause's metric. */
export const COUNT_CUES: ReadonlySet<MetricCue> = new Set(['advancers', 'decliners', 'members']);
/** Cues that can describe a dollar figure / a percentage (the rest are ignored for that number's clause). */
export const USD_CUES: ReadonlySet<MetricCue> = new Set([
  'price',
  'cap',
  'cap_loss',
  'cap_gain',
  'volume',
  'oi',
  'support',
  'resistance',
  'level',
  'high',
  'low',
  'range',
  'extreme',
]);
export const PCT_CUES: ReadonlySet<MetricCue> = new Set([
  'price',
  'cap',
  'volatility',
  'funding',
  'funding_apr',
  'oi',
  'dominance',
  'best',
  'worst',
  'change',
]);

// Numbers spelled out in words (read/spelled-numbers.ts): digit words, `tenths` ... `hundred-thousandths`, scales.
/** The digit words after `point` (`three point eight`): `zero`, `oh` and the number words one to nine. */
export const SPELLED_DIGITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['oh', 0],
  ...[...NUMBER_WORDS].filter(([, n]) => n >= 1 && n <= 9),
]);
export const SPELLED_FRACTIONS_OF_UNIT: ReadonlyMap<string, number> = new Map([
  ['tenths', 1e-1],
  ['hundredths', 1e-2],
  ['thousandths', 1e-3],
  ['ten-thousandths', 1e-4],
  ['hundred-thousandths', 1e-5],
]);
export const SPELLED_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

// Member superlatives (rules/member-superlatives.ts): `the steepest drop among the AI tokens`, `held up best`.
export const MEMBER_BIG: ReadonlySet<string> = new Set([
  'steepest',
  'biggest',
  'largest',
  'sharpest',
  'deepest',
  'heaviest',
  'strongest',
  'best',
]);
export const MEMBER_SMALL: ReadonlySet<string> = new Set([
  'smallest',
  'mildest',
  'shallowest',
  'slightest',
  'lightest',
]);
/** Cheap pre-filter words (lower case) for sentences that may hold a member superlative. */
export const MEMBER_HINTS: readonly string[] = [
  ...MEMBER_BIG,
  ...MEMBER_SMALL,
  'performer',
  'performing',
  'worst',
  'weakest',
  'led ',
];
export const MEMBER_DOWN: ReadonlySet<string> = new Set([
  ...DROP_NOUNS,
  'fall',
  'slide',
  'selloff',
  'drawdown',
  'retreat',
  'slump',
  'loser',
  'decliner',
]);
/** `DOGE led the sector at -3.7%`: leading a group's own members is being its best (`... lower`: its worst). */
export const MEMBER_GROUP_WORDS: ReadonlySet<string> = new Set(['sector', 'group', 'pack', 'basket', 'cohort']);
/** `Optimism led the sector lower`: the group's lead down. */
export const MEMBER_LOWER_WORDS: ReadonlySet<string> = new Set(['lower', 'down', 'downward', 'downhill']);
export const MEMBER_UP: ReadonlySet<string> = new Set([
  'gain',
  'gains',
  'rise',
  'advance',
  'rally',
  'jump',
  'rebound',
  'gainer',
  'advancer',
]);
export const MEMBER_PERFORMER: ReadonlySet<string> = new Set([
  'performer',
  'performing',
  'member',
  'token',
  'name',
  'coin',
  'one',
]);
export const MEMBER_PARTITIVE: ReadonlySet<string> = new Set(['of', 'among', 'in', 'across', 'within', 'amongst']);
export const MEMBER_SELF: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her']);
export const MEMBER_SPAN_WORDS: ReadonlySet<string> = new Set([
  'weeks',
  'months',
  'years',
  'a',
  'over',
  'more',
  'nearly',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'recent',
]);

// Words the extractor, the resolver and the rules match outside the phrase tables.

/** Nouns after a bare `crypto` that make it a firm's or a product's word, not the market (`a crypto exchange`). */
export const NOT_THE_MARKET_AFTER: ReadonlySet<string> = new Set([
  'exchange',
  'exchanges',
  'lender',
  'lenders',
  'lending',
  'fund',
  'funds',
  'firm',
  'firms',
  'company',
  'companies',
  'platform',
  'platforms',
  'protocol',
  'protocols',
  'wallet',
  'wallets',
  'miner',
  'miners',
  'bank',
  'banks',
  'startup',
  'custodian',
  'etf',
  'etfs',
  'treasury',
  'investor',
  'investors',
  'influencer',
  'bill',
  'law',
  'tax',
  'hack',
  'exploit',
]);

/** Verbs of paying funding (`longs pay`, `shorts are paying`, `longs paid`): rules/funding-payer.ts, the payer sign. */
export const PAY_VERBS: readonly string[] = ['pay', 'pays', 'paying', 'paid'];
/** Verbs of receiving funding (`shorts collect funding from longs`). */
export const RECEIVE_VERBS: readonly string[] = [
  'receive',
  'receives',
  'receiving',
  'received',
  'collect',
  'collects',
  'collecting',
  'collected',
  'earn',
  'earns',
  'earning',
  'earned',
];
const PAYS_NOW = PAY_VERBS.filter((v) => v !== 'paid').join('|');
/** `shorts are collecting`, `longs earn`: the receiver of funding named. */
const RECEIVING = `(?:are |were )?(?:${RECEIVE_VERBS.join('|')})`;
/**
 * `longs pay`, `shorts are paying`, `shorts are collecting`, `costs shorts`: speaks of funding without the word. (Every
 * alternative names `longs` or `shorts`: extractClaims tests it only on a sentence whose lower case holds one.)
 */
export const FUNDING_PAYER = new RegExp(
  `\\b(?:(?:longs|shorts) (?:are )?(?:${PAY_VERBS.join('|')})|(?:longs|shorts) ${RECEIVING}|costs? (?:longs|shorts))\\b`,
  'i',
);
/**
 * `payer pay(s)`, `costs payer`, `receivers paid / receive / collect / are collecting / earn`, in a figure's clause: who
 * pays funding.
 */
function payerPattern(payer: 'longs' | 'shorts'): RegExp {
  const receiver = payer === 'longs' ? 'shorts' : 'longs';
  // (`longs paid shorts 0.0142%`, `longs paid about 0.003%`: a bare `paid` is the payer's active verb; the passive
  // needs its auxiliary: `shorts are paid`, `shorts get paid`, `shorts paid by longs`)
  // (`shorts now pay longs`, `longs are still paying`: an adverb may stand before the verb)
  return new RegExp(
    `\\b(?:${payer} (?:(?:are|now|still|currently|effectively) ){0,2}(?:${PAYS_NOW})|` +
      `${payer} paid(?! by)|costs? ${payer}|` +
      `${receiver} (?:(?:are|were|get|got|getting|being) paid(?! (?:the )?${payer})|paid by|` +
      `${RECEIVING}))\\b`,
    'i',
  );
}
/** Shorts pay funding (it is negative): `Solana shorts pay about 3% a year`. */
export const SHORTS_PAY = payerPattern('shorts');
/** Longs pay funding (it is positive): `which costs longs 6% a year`. */
export const LONGS_PAY = payerPattern('longs');

/** Unit and hedge words of a figure (`fell 5.6 pct`, `about 5%`): part of the figure, not a noun of the clause. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set([
  'pct',
  'percent',
  'per',
  'cent',
  'pc',
  'bps',
  'about',
  'nearly',
  'almost',
  'roughly',
]);

/** Nouns after a window word that make it a level's name (`30-day high`, `monthly average`, `7-day range`). */
export const WINDOW_LEVEL_NOUNS: ReadonlySet<string> = new Set([
  'high',
  'highs',
  'low',
  'lows',
  'average',
  'avg',
  'swing',
  'peak',
  'range',
  'top',
  'bottom',
  // `2.4 times its weekly norm`
  'norm',
  'baseline',
]);
/** Adjectives before `in` / `of` and a window that make it a level's name (`highest in a month`). */
export const WINDOW_LEVEL_ADJECTIVES: ReadonlySet<string> = new Set([
  'highest',
  'lowest',
  'high',
  'low',
  'strongest',
  'weakest',
  'best',
  'worst',
  'level',
]);
/** Words between a level adjective and its window (`highest [level] in a month`, `of the past month`). */
export const LEVEL_LINKS: ReadonlySet<string> = new Set(['in', 'of', 'a', 'the', 'one', 'past', 'last']);

/** Ordinals before `weakest` / `best` that make a rank other than the first (`second-best`, `runner-up`). */
export const RANK_ORDINALS: ReadonlySet<string> = new Set(['second', 'third', 'fourth', 'fifth', 'runner', 'next']);
/** Places written as ordinals (`second-best sector`, `came 3rd`): the place, 1 being the extreme. */
export const PLACE_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
  ['5th', 5],
  ['6th', 6],
]);

/** Words that say a `from X to Y` pair spans a range (`range ran from`, `spanned from`). */
export const RANGE_VERBS: readonly string[] = ['range', 'ranged', 'spanned', 'swung'];
/** A range word. */
export const RANGE_WORD = new RegExp(`\\b(?:${RANGE_VERBS.join('|')})\\b`, 'i');

/** Words between a lower-case name and its figure: `helium to $2.87`, `iotex at $0.021`. */
export const FIGURE_LEADS: ReadonlySet<string> = new Set(['to', 'at']);

/**
 * Metric cues a volume ratio may follow: volume itself, and words that name no metric of their own
 * (`volume is low`).
 */
// (`cap_gain` / `cap_loss` are also bare move words: `volume was up 8.6% from its average`)
export const RATIO_NEUTRAL: ReadonlySet<MetricCue> = new Set([
  'volume',
  'change',
  'price',
  'low',
  'high',
  'level',
  'cap_gain',
  'cap_loss',
]);
/** A figure this far above an average is a ratio above 1 (`9% above its weekly average`). */
export const RATIO_ABOVE: ReadonlySet<string> = new Set(['above', 'over']);
/** ... and below 1 (`30% under its weekly average`). */
export const RATIO_BELOW: ReadonlySet<string> = new Set(['below', 'under']);
/** ... and the share of the average itself (`63% of its 7-day average`, `65% from average`). */
export const RATIO_SHARE: ReadonlySet<string> = new Set(['of', 'from']);
/** The average a volume ratio is taken against. */
export const AVERAGE_WORDS: ReadonlySet<string> = new Set(['average', 'avg']);
/** Words between `ratio` and its figure (`ratio of 0.95`, `ratio is 1.1`, `ratio at 1.2`). */
export const RATIO_LINKS: ReadonlySet<string> = new Set(['of', 'is', 'at']);

/** Hedge words that may stand between a move verb and its amount (`fell by about 3%`, `shed some $759 million`). */
export const HEDGE_WORDS_BEFORE_AMOUNT: ReadonlySet<string> = new Set([
  'about',
  'around',
  'roughly',
  'some',
  'nearly',
  'almost',
  'over',
  'more',
  'than',
  'just',
  'under',
  'another',
  'a',
  'further',
  'approximately',
  'an',
  'estimated',
  '~',
]);

/** `for a third month`, `a fourth straight day`: an ordinal before a window word makes it a streak, not a window. */
export const STREAK_ORDINALS: ReadonlySet<string> = new Set([
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'straight',
  'consecutive',
  'successive',
  '2nd',
  '3rd',
  '4th',
  '5th',
]);

/** The window nouns a streak counts (`third month`, `fourth straight day` after STREAK_ORDINALS). */
export const STREAK_NOUNS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'session',
]);

/** `ETH weaker than BTC`: a name right after these words is compared with, not the subject. */
export const COMPARED_WITH: ReadonlySet<string> = new Set(['than']);
/** Words before a name compared with the subject (`1% against ETH's 2.6%`, `vs BTC`, `versus`). */
export const VERSUS: ReadonlySet<string> = new Set(['against', 'versus', 'vs', 'vs.']);

/** Things no computed fact measures: a figure next to one of these is about it (`liquidations topped $412 million`). */
export const FOREIGN_METRIC_WORDS: ReadonlySet<string> = new Set([
  'liquidations',
  'liquidated',
  'liquidation',
  'transactions',
  'games',
  'countries',
  'users',
  'wallets',
  'addresses',
  'inflows',
  'inflow',
  'funds',
  // (one trader's loss; not `traders`, who watch levels: `the $100,000 mark that traders watch`)
  'trader',
  'whale',
  'outflows',
  'outflow',
  'flows',
  'etf',
  'etfs',
  'unlock',
  'unlocks',
  'unlocked',
  'tvl',
  'fees',
  'revenue',
  'hashrate',
  'validators',
  'downloads',
  'queue',
  // (`a 0.19% fee in an amended spot Solana ETF filing`, `8,300 TPS`, `a $41 million exploit`)
  'fee',
  'expense',
  'yield',
  'apy',
  'tps',
  'exploit',
  'hack',
  'subscribers',
  'hotspots',
]);

/** `the lone large-cap laggard`, `among the mid caps`: a size class, not a market cap figure. */
export const CAP_SIZE_WORDS: ReadonlySet<string> = new Set(['large', 'mid', 'small', 'mega', 'micro', 'big', 'low']);

/** Words that join a second level relation of the same price (`below its $105,000 resistance and above ...`). */
export const RELATION_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'yet', 'whereas']);

/** Level words that may follow their figure (`110k resistance`) as well as lead it (`support 1,000`). */
export const LEVEL_AFTER_CUES: ReadonlySet<MetricCue> = new Set(['support', 'resistance', 'high', 'low']);
/** Cues that name one figure (a label of the figure right next to them): a price level, dominance. */
export const LABEL_CUES: ReadonlySet<MetricCue> = new Set([...LEVEL_AFTER_CUES, 'dominance']);
/** Words allowed between a level word and the figure it labels (`support at 1,000`, `resistance sits at 2.50`). */
export const LABEL_GAP_WORDS: readonly string[] = ['at', 'of', 'is', 'near', 'around', 'sits at'];
/** Between a level word and the figure it labels: spaces, `:`, `=`, `$`, `~`, `*`, or a LABEL_GAP_WORDS word. */
export const LABEL_GAP = new RegExp(String.raw`^[\s:=$~*]*(?:(?:${LABEL_GAP_WORDS.join('|')})[\s:$~*]*)?$`, 'i');

/**
 * Verbs after a possessive with no noun (`Bitcoin's has dropped 9.6%`); not `up` / `down` / `about`:
 * `Solana's down 3.4%` is `Solana is down`.
 */
export const POSSESSIVE_ELLIPSIS_VERBS: readonly string[] = [
  // (`Total open interest rose 5.1%, bitcoin's alone by 6.2%`)
  'alone',
  'has',
  'had',
  'was',
  'fell',
  'rose',
  'dropped',
  'slid',
  'climbed',
  'gained',
  'lost',
  'added',
  'shed',
  'declined',
  'by',
  // (`Ether's is $5.91 billion`: `'s is` can only be a possessive; `XRP's slipped 1.4%`)
  'is',
  'stood',
  'stands',
  'sits',
  'slipped',
  'grew',
  'shrank',
  'jumped',
  'eased',
  'increased',
  'decreased',
  // (`HNT's volatility hit 114%, and FIL's reached 89%`)
  'reached',
  'hit',
  'printed',
  'touched',
  'came',
  'ran',
  'sat',
  'sank',
  'surged',
  'tumbled',
  'dipped',
  'rallied',
  'stayed',
  'remained',
  'held',
  'ended',
  'slumped',
  'soared',
  'advanced',
  'retreated',
];
/** Besides those verbs, words between a possessive and its figure (`solana's at $148`, `ether's up 2.1%`). */
export const POSSESSIVE_FIGURE_LINKS: readonly string[] = ['at', 'to', 'up', 'down', 'have', 'been'];
// (`Meme tokens alone accounted for $31.2 billion`, `memes alone 31B`: `alone` after a name is the same ellipsis)
export const POSSESSIVE_ELLIPSIS = new RegExp(
  String.raw`['\u2019]s\s+(?:${POSSESSIVE_ELLIPSIS_VERBS.join('|')})\b|` +
    String.raw`\balone\s+(?:accounted|made up|took|was|were|had|came to|at|\$?\d)`,
  'i',
);

/** A table row's first cell naming the group its rows share (`| Sector | ...`). */
export const GROUP_ROW_LABELS: ReadonlySet<string> = new Set(['sector', 'basket', 'group', 'whole sector']);
/** A table row's first cell naming the whole market (`| Total | ...`). */
export const MARKET_ROW_LABELS: ReadonlySet<string> = new Set(['total', 'market', 'all', 'watchlist', 'whole market']);

/** Metric cues that name a metric of their own (a fronted figure's clause naming one keeps its subject). */
export const NAMED_METRIC_CUES: ReadonlySet<MetricCue> = new Set([
  'oi',
  'funding',
  'funding_apr',
  'volume',
  'volatility',
  'dominance',
  'cap',
]);

/** Mover words right after a whole count (`7 up`, `3 lower`, `2 green`). */
export const MOVER_UP_WORDS: readonly string[] = [
  'up',
  'higher',
  'green',
  'gainers',
  'advancers',
  'gainer',
  'advancer',
  'risers',
  'riser',
  'rose',
  'advanced',
  'gained',
  'climbed',
  'rising',
  'gaining',
  'advancing',
];
export const MOVER_DOWN_WORDS: readonly string[] = [
  'down',
  'lower',
  'red',
  'losers',
  'decliners',
  'loser',
  'decliner',
  'fallers',
  'faller',
  'fell',
  'declined',
  'dropped',
  'lost',
  'slipped',
  'slid',
  'falling',
  'losing',
  'declining',
];
/** After a whole number, a word that makes it a count of movers: `19 rose`, `3 red`, `nineteen rose`. */
export const MOVER_WORDS: ReadonlySet<string> = new Set([...MOVER_UP_WORDS, ...MOVER_DOWN_WORDS]);
// (`16 are up and 14 down`, `3 were lower`, `27 all fell`: a copula between the count and its mover word)
export const MOVER_UP = new RegExp(String.raw`^\s*(?:(?:are|were|all)\s+)?(?:${MOVER_UP_WORDS.join('|')})\b`, 'i');
export const MOVER_DOWN = new RegExp(String.raw`^\s*(?:(?:are|were|all)\s+)?(?:${MOVER_DOWN_WORDS.join('|')})\b`, 'i');

/** Stems (regex fragments) of price-reaching verbs toward the day's high (`spiked to`, `wicked up to`). */
export const EXTREME_UP_STEMS: readonly string[] = [
  'spik',
  'peak',
  'top',
  'wick(?:ed)? up',
  'shot up',
  'briefly reach',
];
/** Stems (regex fragments) of price-reaching verbs toward the day's low (`dipped to`, `plunged to`). */
export const EXTREME_DOWN_STEMS: readonly string[] = ['dip', 'wick(?:ed)? down', 'slump', 'plung'];
export const EXTREME_UP = new RegExp(
  String.raw`\b(?:${EXTREME_UP_STEMS.join('|')})\w*\s*(?:to|at|as high as)?\s*$`,
  'i',
);
export const EXTREME_DOWN = new RegExp(
  String.raw`\b(?:${EXTREME_DOWN_STEMS.join('|')})\w*\s*(?:to|at|as low as)?\s*$`,
  'i',
);

/** Words naming a level that a later `it` may stand for (`right at its 950 $ resistance, ... below it`). */
export const LEVEL_NAMED_WORDS: readonly string[] = [
  'support',
  'resistance',
  'high',
  'low',
  'peak',
  'floor',
  'ceiling',
  'level',
];
export const LEVEL_NAMED = new RegExp(String.raw`\b(?:${LEVEL_NAMED_WORDS.join('|')})\b`, 'i');

/** Level nouns of a level phrase (`24h high`, `monthly low`, `session peak`). */
const LEVEL_PHRASE_NOUNS = 'high|low|peak|top|bottom';
/** Words (regex fragments) naming the day before a level noun: `24h`, `session`, `today's`. */
export const DAY_LEVEL_WORDS: readonly string[] = [
  '24[- ]?h(?:ou)?r?s?',
  '24-hour',
  "day'?s",
  'daily',
  'session',
  'intraday',
  "today'?s",
  'one-day',
];
/** Words (regex fragments) naming the 30-day swing before a level noun: `30d`, `monthly`, `swing`. */
export const MONTH_LEVEL_WORDS: readonly string[] = [
  '30[- ]?d(?:ays?)?',
  '30-day',
  'thirty-day',
  "month'?s",
  'monthly',
  'swing',
];
/** `24h high`, `session low`, `day's trading high`: the day's high or low. */
export const DAY_LEVEL = new RegExp(
  String.raw`\b(?:${DAY_LEVEL_WORDS.join('|')})\s+(?:trading\s+)?(?:${LEVEL_PHRASE_NOUNS})s?\b`,
  'i',
);
/** `30-day high`, `monthly low`, `swing high`, `lows of the month`: the 30-day swing level. */
export const MONTH_LEVEL = new RegExp(
  String.raw`\b(?:${MONTH_LEVEL_WORDS.join('|')})\s+(?:swing\s+)?(?:${LEVEL_PHRASE_NOUNS})s?\b` +
    String.raw`|\b(?:high|low)s? of the month\b`,
  'i',
);

/** Words that start another clause after a figure (`rose 3.8% as ETF inflows returned`). */
export const CLAUSE_JOINS: ReadonlySet<string> = new Set([
  'as',
  'while',
  'after',
  'and',
  'but',
  'amid',
  'despite',
  'because',
  'since',
  'following',
  'with',
  'on',
  'when',
  'before',
]);

/** After a lower-case name in a level list (`dot — support $3.2`): the marks that lead its figures. */
export const NAME_LABEL_MARKS: ReadonlySet<string> = new Set(['\u2014', '\u2013', ':']);
/** Level words that may stand between such a mark and the figure (`— support $3.2`, `: price $0.0159`). */
export const LEVEL_LEAD_WORDS: ReadonlySet<string> = new Set(['support', 'resistance', 'price', 'high', 'low', 'at']);

/** `ahead of Solana`, `outpacing bitcoin`: the subject moved more than the rival (rules/comparisons.ts). */
export const COMPARE_AHEAD: readonly string[] = [
  'ahead of',
  'outpacing',
  'outperforming',
  'beating',
  'better than',
  'topping',
  'outrunning',
];
/** `behind XRP`, `lagging the memecoins`: the subject moved less than the rival. */
export const COMPARE_BEHIND: readonly string[] = ['behind', 'lagging', 'trailing', 'underperforming', 'worse than'];
/** `SUI +11.2%, AVAX close behind with +11.1%`: the figure's subject moved less than the one named before it. */
export const TRAIL_BEHIND: readonly string[] = ['close', 'closely', 'just', 'right', 'not far', 'narrowly'];

/** One-word nouns of movers (`decliners`, `gainers`, `reds`): what a count before a pool word counts. */
export const MOVER_NOUNS: ReadonlySet<string> = new Set(
  [...METRIC.advancers, ...METRIC.decliners].filter((w) => !w.includes(' ')),
);

/** Verbs that report a move without saying which way (`memecoins managed 3.3%`): a carried direction ends there. */
export const NEUTRAL_VERBS: ReadonlySet<string> = new Set([
  ...['managed', 'manages', 'posted', 'posts', 'logged', 'logs', 'recorded', 'records', 'booked', 'books'],
  ...['printed', 'prints', 'returned', 'returns', 'delivered', 'delivers', 'clocked', 'clocks', 'registered'],
]);
/** Words a neutral verb may stand behind before the figure (`posted just 3.3%`). */
export const NEUTRAL_SKIP: ReadonlySet<string> = new Set([
  'a',
  'an',
  'just',
  'only',
  'about',
  'roughly',
  'around',
  'some',
]);

/** Words between a lead and `quarter` that keep it a calendar quarter (`the third fiscal quarter`). */
export const QUARTER_ORDINALS: ReadonlySet<string> = new Set([
  ...['first', 'second', 'third', 'fourth', 'final', 'fiscal', 'calendar', 'latest', 'past'],
]);
/** Words before `quarter` that make it a window (`this quarter`, `per quarter`); otherwise it is a share. */
export const QUARTER_LEADS: ReadonlySet<string> = new Set([
  ...['the', 'this', 'that', 'last', 'past', 'previous', 'prior', 'current', 'next', 'its', 'their', 'each'],
  ...['per', 'every', 'whole', 'full', 'entire', 'same', 'q1', 'q2', 'q3', 'q4'],
]);

/** Words between `to` and a figure that keep it the value reached (`added 8.8% to a combined $12.3 billion`). */
export const TO_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'combined', 'total', 'of', 'fresh', 'new']);

/** Rank words before `at` / `with` that make the next number words a figure (`Render led at twelve point four`). */
export const RANK_BEFORE_AT: ReadonlySet<string> = new Set([
  ...['led', 'leads', 'trailed', 'lagged', 'second', 'third', 'fourth', 'last', 'first'],
]);

/** `after a dip to $89,567`, `after dipping below ninety thousand`, `briefly dipped under $90K`: the day's low. */
export const DIP_BEFORE = new RegExp(
  String.raw`\b(?:(?:after|following)\s+(?:a\s+(?:\w+\s+)?dip|dipping)|briefly\s+dipp(?:ed|ing))` +
    String.raw`\s+(?:below|under|to|beneath)\s+(?:about\s+|roughly\s+|around\s+|near\s+)?\$?$`,
  'i',
);
/** Words before a push's noun (`after an early spike to`). */
const PUSH_ADJECTIVES = '(?:early|brief|late|overnight|intraday|sharp|quick|short-lived|failed|fleeting|initial)';
/** Nouns of a push up that the day gave back (`after an early spike to $114,740`): the day's high. */
const PUSH_NOUN_WORDS: readonly string[] = [
  ...['spike', 'push', 'pop', 'surge', 'jump', 'run', 'rally', 'squeeze', 'breakout', 'rip', 'run-up', 'poke', 'move'],
];
const PUSH_NOUNS = `(?:${PUSH_NOUN_WORDS.join('|')})`;
const PUSH_VERBS = '(?:spiking|pushing|popping|surging|jumping|running|ripping|topping|peaking|poking)';
const EXTREME_LEAD = String.raw`(?:about\s+|roughly\s+|around\s+|near\s+|almost\s+|nearly\s+)?\$?$`;
export const PUSH_BEFORE = new RegExp(
  String.raw`\b(?:after|following)\s+(?:(?:a|an|its|the|an?\s+\w+)\s+)?(?:${PUSH_ADJECTIVES}\s+)*` +
    String.raw`${PUSH_NOUNS}(?:\s+(?:up|higher))?\s+(?:to|above|past|through|towards?|as\s+high\s+as)\s+` +
    EXTREME_LEAD +
    String.raw`|\b(?:after|following)\s+(?:briefly\s+)?${PUSH_VERBS}(?:\s+up)?\s+(?:to|above|past|at|near)\s+` +
    EXTREME_LEAD,
  'i',
);
/** `after printing $114,740 overnight`, `after a wick to $2,966`: a point the day passed, its high or its low. */
export const TOUCH_BEFORE = new RegExp(
  String.raw`\b(?:after|following)\s+(?:(?:briefly\s+)?(?:printing|tagging|touching|hitting|testing|wicking\s+to)` +
    String.raw`|(?:a|an)\s+(?:${PUSH_ADJECTIVES}\s+)*wick\s+(?:to|at))\s+` +
    EXTREME_LEAD,
  'i',
);

/** Groups of movers a count pair names (`Advancers beat decliners 26 to 4`); the down ones are DOWN_GROUPS. */
export const GROUP_WORD = '(advancers|gainers|risers|winners|decliners|losers|fallers)';
export const DOWN_GROUPS: ReadonlySet<string> = new Set(['decliners', 'losers', 'fallers']);
/** Verbs between two such groups (`gainers led losers 27-3`). */
export const OUTNUMBER = '(?:outnumbered|beat|led|topped|outpaced|outran)';

/**
 * Verbs that make the figure right after them a forecast or a call (`analyst calling $150k BTC`, `sees one hundred
 * and fifty thousand dollars for bitcoin`, `targeting $4,500`, `eyeing $120K`): rules/forecasts.ts.
 */
export const FORECAST_LEADS: readonly string[] = [
  // (`expects`, `targets`, `eyes`, `predicts` make a whole clause a forecast: rules/forecasts.ts FORECAST)
  ...['calling', 'calls', 'called', 'sees', 'eyeing', 'targeting', 'predicting', 'expecting'],
  ...['forecasting', 'projecting', 'looking for', 'looks for'],
];
/** Words opening a condition (`if BTC loses the $110,000 support, we expect ...`): what follows is not asserted. */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'once', 'should']);
/** Words between such a verb and its figure (`calling for $150K`, `sees BTC at $150K`, `eyeing a move to $120K`). */
export const FORECAST_FILLERS: readonly string[] = ['for', 'a', 'an', 'the', 'move', 'run', 'push', 'return', 'to'];
/**
 * A new extreme with a lower bound (`a record above $115,000`, `a fresh all-time high over $126K`, `an overnight peak
 * above`): a high the day reached, unless a past time names when (rules/forecasts.ts).
 */
export const RECORD_NOUNS: readonly string[] = [
  'record high',
  'record',
  'all-time high',
  'all time high',
  'ath',
  'peak',
];
export const RECORD_BOUNDS: readonly string[] = ['above', 'over', 'past', 'beyond', 'north of', 'topping'];
/** Words that put a level in the past (`a record above $126K in October`, `back in 2024`, `a year ago`). */
export const PAST_TIMES: readonly string[] = [
  ...['last year', 'last month', 'last quarter', 'last cycle', 'ago', 'previous', 'prior', 'earlier this'],
  ...['back in', 'once', 'former', 'since', 'yesterday', 'set in', 'in 20'],
];

/** Words before a window word that put it ahead (`unlock next week`, `in the coming days`): no window of a figure. */
export const FUTURE_LEADS: ReadonlySet<string> = new Set(['next', 'coming', 'upcoming']);

/** Nouns of a move before `above` / `below` a level (`a brief push above its swing high`): where it went, not is. */
export const EXCURSION_NOUNS: ReadonlySet<string> = new Set([
  ...PUSH_NOUN_WORDS,
  ...['break', 'foray', 'excursion', 'dip', 'drop', 'slide', 'plunge', 'wick', 'flush', 'breakdown', 'sweep'],
]);

/** Words between a member rank phrase and its figure: `led the sector at -3.7%`, `best performer, with +2.6%`. */
export const RANK_FIGURE_GAP_WORDS: readonly string[] = ['at', 'with', 'on', 'of'];
/** A bound word before one of these is an adverb of place: `the next level above is $115,000`. */
export const BOUND_ADVERB_VERBS: readonly string[] = ['is', 'was'];
/** Words before a window that opens a sentence as its label: `On a 30-day basis:`, `Over 30 days:`, `For the week:`. */
export const WINDOW_LABEL_PREPOSITIONS: readonly string[] = ['on', 'over', 'for', 'in'];
/** Nouns a window label may end with before its colon: `On a 30-day basis:`. */
export const WINDOW_LABEL_NOUNS: readonly string[] = ['basis', 'view', 'horizon'];
/** A bare word for a part of a whole: `Bitcoin's share: $9.1B` after a sentence on open interest. */
export const PART_WORDS: ReadonlySet<string> = new Set(['share']);
/** A year's end as a time to come (`by year-end`, `for BTC end of year`, `eoy`); not after `into` / `since`. */
export const YEAR_END_PHRASES: readonly string[] = ['year[- ]?end', 'end of (the )?year', 'eoy'];
/** Words before a year's end that make it a past or present time: `since year-end`, `heading into year-end`. */
export const YEAR_END_PAST_LEADS: readonly string[] = ['into', 'since', 'from', 'than', 'of', 'of its'];
