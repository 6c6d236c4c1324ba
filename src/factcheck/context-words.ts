/**
 * The checker's vocabulary: words that say which metric, which window, which direction and which hedge
 * a number carries. Matched case-insensitively over word tokens (`matchPhrases`), multi-word first.
 */
import type { Window } from '../domain/units.ts';
import { buildPhraseIndex, phraseOf, type PhraseIndex } from './tokenize.ts';

/** Metric cue: a family the resolver maps to a fact metric using the number's unit and entity. */
export type MetricCue =
  | 'price' | 'cap' | 'cap_loss' | 'cap_gain' | 'volume' | 'volatility' | 'funding' | 'funding_apr' | 'oi'
  | 'support' | 'resistance' | 'level' | 'high' | 'low' | 'dominance' | 'advancers' | 'decliners' | 'members'
  | 'best' | 'worst' | 'change' | 'range';
export type WindowCue = Window | 'other';
export type DirectionCue = 'up' | 'down' | 'flat' | 'negative' | 'positive';
/** Hedge families (see docs/factcheck.md for tolerances). */
export type HedgeCue = 'about' | 'nearly' | 'just-over' | 'more-than' | 'less-than';

const METRIC: Record<MetricCue, string[]> = {
  price: ['price', 'prices', 'priced', 'trading at', 'trades at', 'traded at', 'trade at', 'changed hands', 'changing hands', 'quoted at', 'spot', 'last traded', 'sits at', 'sat at', 'hovering', 'hovered', 'hovers', 'settled at', 'closed at', 'printed', 'exchange rate'],
  cap: ['market cap', 'market caps', 'market capitalization', 'market capitalisation', 'market capitalizations', 'market value', 'capitalization', 'capitalisation', 'capitalizations', 'capitalisations', 'valuation', 'mcap', 'cap', 'caps', 'combined value', 'total value', 'worth'],
  cap_loss: ['erased', 'erasing', 'erase', 'wiped', 'wiping', 'wipe', 'shed', 'shedding', 'evaporation', 'evaporated', 'lost', 'losing', 'loss of', 'knocked', 'trimmed', 'drop of'],
  cap_gain: ['added', 'adding', 'gained', 'gaining', 'gain of', 'rise of'],
  volume: ['volume', 'volumes', 'turnover', 'traded volume', 'trading volume', 'spot volume'],
  volatility: ['volatility', 'vol', 'rv', 'realized vol', 'realised vol', 'realized volatility', 'realised volatility', 'annualized volatility'],
  funding: ['funding', 'funding rate', 'funding rates', 'perp funding', 'funding prints'],
  funding_apr: ['annualized funding', 'annualised funding', 'funding apr', 'apr', 'annualized', 'annualised', 'annualizes', 'annualises', 'annualizing', 'annualising', 'annualize', 'annualise', 'per year', 'a year'],
  oi: ['open interest', 'oi', 'open positions'],
  support: ['support', 'supports', 'floor', 'support level', 'support zone', 'support band', 'support range', 'support area', 'demand zone', 'downside level'],
  resistance: ['resistance', 'ceiling', 'resistance level', 'resistance zone', 'resistance band', 'resistance range', 'resistance area', 'overhead', 'supply zone', 'upside level'],
  level: ['level', 'levels', 'threshold', 'mark', 'handle', 'pivot', 'round number', 'psychological'],
  high: ['high', 'highs', 'peak', 'peaked', 'topped out', 'intraday high', 'session high', 'daily high'],
  low: ['low', 'lows', 'bottom', 'bottomed', 'trough', 'intraday low', 'session low', 'daily low'],
  dominance: ['share', 'btc d', 'btc dominance', 'dominance', 'share of total', 'share of the total', 'market share'],
  advancers: ['advancers', 'gainers', 'in the green', 'finished higher', 'ended higher'],
  decliners: ['decliners', 'losers', 'in the red', 'finished lower', 'ended lower'],
  members: ['members', 'constituents', 'components', 'tracked'],
  best: ['best performer', 'best', 'top performer', 'top gainer', 'leader', 'led gains', 'outperformer', 'strongest'],
  worst: ['worst performer', 'worst', 'laggard', 'biggest loser', 'led losses', 'weakest', 'underperformer'],
  range: ['range', 'trading range', 'traded between', 'ranged', 'band'],
  change: ['change', 'changed', 'move', 'moved', 'moves', 'performance', 'return', 'returns'],
};

const WINDOW: Record<WindowCue, string[]> = {
  '24h': ['d d', 'yesterday', 'since yesterday', '24h', '24 hours', '24 hour', '24hr', '24hrs', 'day', 'daily', 'today', 'overnight', 'session', 'intraday', 'on the day', 'one day', '1d', 'past day'],
  '7d': ['w w', 'wk', '7d', '7 day', '7 days', 'seven days', 'seven day', 'week', 'weekly', 'wow', 'this week', 'past week', '1w', 'week on week', 'week over week'],
  '30d': ['m m', '30d', '30 day', '30 days', 'thirty days', 'month', 'monthly', '1m', 'past month', 'mom', 'four weeks', '4 weeks'],
  other: ['y y', 'year', 'years', 'ytd', 'yearly', 'annual', 'quarter', 'quarterly', '90 days', '90 day', '12 months', '1h', '4h', 'minutes', 'weeks', 'months', 'this year', 'last year', 'fortnight', 'two weeks', '14 days', '14 day'],
};

const DIRECTION: Record<DirectionCue, string[]> = {
  down: ['decreasing', 'reducing', 'reduced', 'sinks', 'sinking', 'tumbles', 'tumbling', 'slumps', 'plunging', 'slumped', 'tanks', 'dropping', 'shedding', 'bleeding', 'bled', 'lost', 'fell', 'fall', 'falls', 'falling', 'dropped', 'drop', 'drops', 'dropping', 'slid', 'slide', 'slides', 'sliding', 'slipped', 'slip', 'slips', 'lost', 'lose', 'loses', 'losing', 'loss', 'losses', 'declined', 'decline', 'declines', 'declining', 'down', 'lower', 'shed', 'sheds', 'sank', 'sink', 'sinks', 'tumbled', 'tumble', 'plunged', 'plunge', 'plunges', 'slumped', 'slump', 'retreated', 'retreat', 'retreats', 'erased', 'erasing', 'erase', 'wiped', 'dipped', 'dip', 'dips', 'decrease', 'decreased', 'contracted', 'eased', 'eases', 'easing', 'ease', 'shrank', 'shrunk', 'collapsed', 'collapse', 'crashed', 'crash', 'selloff', 'sell off', 'drawdown', 'drawdowns', 'weaker', 'cut', 'cutting', 'evaporation', 'pullback', 'pulled back', 'correction', 'corrected', 'gave up', 'giving up', 'downturn', 'red', 'negative', 'slumping', 'tanked', 'sagged', 'skidded', 'softened', 'off', 'lows', 'weakened', 'underperformed', 'minus', 'deleveraged', 'deflated'],
  up: ['tacked on', 'put on', 'picked up', 'increasing', 'growing', 'won', 'soar', 'soars', 'soaring', 'jumping', 'surging', 'rallying', 'rebounding', 'gains', 'climbs', 'adds', 'rose', 'rise', 'rises', 'rising', 'risen', 'gained', 'gain', 'gains', 'gaining', 'up', 'higher', 'climbed', 'climb', 'climbs', 'climbing', 'jumped', 'jump', 'jumps', 'surged', 'surge', 'surges', 'rallied', 'rally', 'rallies', 'rebounded', 'rebound', 'rebounds', 'advanced', 'advance', 'advances', 'added', 'adding', 'increased', 'increase', 'increases', 'grew', 'growth', 'soared', 'spiked', 'spike', 'recovered', 'recovery', 'popped', 'firmed', 'ticked up', 'green', 'stronger', 'outperformed', 'plus', 'expanded', 'expansion', 'strengthened', 'bounced', 'bounce', 'upswing', 'appreciated'],
  flat: ['flat', 'unchanged', 'steady', 'little changed', 'sideways', 'held up', 'holding up', 'holds up', 'hold up'],
  negative: ['negative', 'turned negative', 'flipped negative', 'below zero', 'net short'],
  positive: ['positive', 'turned positive', 'flipped positive', 'above zero'],
};

const HEDGE: Record<HedgeCue, string[]> = {
  about: ['about', 'roughly', 'approximately', 'approx', 'around', 'some', 'circa', 'ca', 'an estimated', 'estimated', 'near', 'close to', 'in the region of', 'on the order of', 'or so', 'nearly', 'almost', 'just under', 'just shy of'],
  nearly: ['nearly', 'almost', 'just under', 'just shy of', 'close to', 'shy of', 'not quite'],
  'just-over': ['just over', 'just above', 'slightly more than', 'a little over', 'a touch over'],
  'more-than': ['more than', 'over', 'above', 'at least', 'upwards of', 'in excess of', 'north of', 'beyond', 'exceeding', 'exceeded', 'greater than', 'no less than'],
  'less-than': ['under', 'below', 'less than', 'fewer than', 'at most', 'up to', 'south of', 'beneath', 'no more than', 'sub'],
};

function indexOf<T extends string>(table: Record<T, string[]>): PhraseIndex<T> {
  const phrases = [];
  for (const key of Object.keys(table) as T[]) for (const words of table[key]) phrases.push(phraseOf(words, key, 'any'));
  return buildPhraseIndex(phrases);
}

export const metricIndex = indexOf(METRIC);
export const windowIndex = indexOf(WINDOW);
export const directionIndex = indexOf(DIRECTION);
/** Hedge families are looked up by phrase; `nearly` wins over `about` for the same words (see HEDGE_ORDER). */
export const hedgeIndex = indexOf({ about: HEDGE.about.filter((w) => !HEDGE.nearly.includes(w)), nearly: HEDGE.nearly, 'just-over': HEDGE['just-over'], 'more-than': HEDGE['more-than'], 'less-than': HEDGE['less-than'] });

/** Nouns right after a percentage that give its direction: `a 6% drop`, `a 4% gain`. */
export const POSTFIX_DOWN = new Set(['drop', 'drops', 'decline', 'declines', 'loss', 'losses', 'slide', 'fall', 'lower', 'down', 'plunge', 'slump', 'drawdown', 'selloff', 'sell', 'retreat', 'correction', 'haircut', 'cut', 'decrease', 'contraction', 'crash', 'dip', 'pullback', 'tumble', 'downside', 'weaker', 'off', 'collapse', 'shrinkage', 'evaporation', 'wipeout']);
export const POSTFIX_UP = new Set(['gain', 'gains', 'rise', 'rises', 'jump', 'higher', 'up', 'rally', 'rebound', 'advance', 'surge', 'increase', 'climb', 'pop', 'spike', 'bounce', 'recovery', 'upside', 'stronger', 'growth', 'expansion', 'uptick']);

/** Attribution words that tie a number to a news source. */
export const ATTRIBUTION = ['according to', 'reported', 'reports', 'reporting', 'report', 'said', 'says', 'cited', 'citing', 'data from', 'told', 'wrote', 'writes', 'noted', 'quoted', 'via', 'headline', 'headlines', 'announced', 'stated'];

/** Cue families that are weak evidence of the metric (`sits at`, `moved`): they lose to a specific word nearby. */
export const WEAK_CUES: ReadonlySet<MetricCue> = new Set(['price', 'change']);
/** Window words a direction noun may follow: `a 10% weekly gain`. */
export const POSTFIX_SKIP = new Set(['in', 'percent', 'pct', 'weekly', 'daily', 'monthly', 'overnight', 'intraday', 'week', 'day', 'month', 'on', 'the', 'per', 'cent', 'point', 'points']);
/** Cues that only describe counts (`22 decliners`): ignored for other numbers so they do not hide a clause's metric. */
export const COUNT_CUES: ReadonlySet<MetricCue> = new Set(['advancers', 'decliners', 'members']);
/** Cues that can describe a dollar figure / a percentage (the rest are ignored for that number's clause). */
export const USD_CUES: ReadonlySet<MetricCue> = new Set(['price', 'cap', 'cap_loss', 'cap_gain', 'volume', 'oi', 'support', 'resistance', 'level', 'high', 'low', 'range']);
export const PCT_CUES: ReadonlySet<MetricCue> = new Set(['price', 'cap', 'volatility', 'funding', 'funding_apr', 'oi', 'dominance', 'best', 'worst', 'change']);
