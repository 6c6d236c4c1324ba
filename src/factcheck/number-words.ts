/** Word tables the number scanner uses: scales, units, months, number words, fractions. Lower-case keys. */

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3],
  ['million', 1e6], ['millions', 1e6], ['mn', 1e6], ['mln', 1e6], ['m', 1e6],
  ['billion', 1e9], ['billions', 1e9], ['bn', 1e9], ['b', 1e9],
  ['trillion', 1e12], ['trillions', 1e12], ['tn', 1e12], ['t', 1e12],
]);

/** Attached suffixes that are scales only (`104K`, `$1.2M`, `$3T`, `$53bn`). */
export const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['b', 1e9], ['bn', 1e9], ['t', 1e12], ['tn', 1e12],
]);

export const DURATION_WORDS: ReadonlySet<string> = new Set([
  'h', 'hr', 'hrs', 'hour', 'hours', 'd', 'day', 'days', 'w', 'wk', 'wks', 'week', 'weeks', 'month', 'months',
  'mo', 'year', 'years', 'yr', 'yrs', 'minute', 'minutes', 'min', 'mins', 'second', 'seconds', 'sec', 'session', 'sessions',
  'quarter', 'quarters', 'am', 'pm', 'utc', 'et', 'gmt', 'bar', 'bars', 'candle', 'candles',
]);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct', 'pp', 'ppt', 'ppts', 'per']);
export const BASIS_POINT_WORDS: ReadonlySet<string> = new Set(['bp', 'bps', 'basis']);
export const RATIO_WORDS: ReadonlySet<string> = new Set(['times', 'fold']);

/** Nouns after a bare number that make it a count: `22 assets`, `5 tokens`. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'asset', 'assets', 'token', 'tokens', 'coin', 'coins', 'altcoins', 'names', 'sectors', 'members', 'constituents',
  'gainers', 'losers', 'advancers', 'decliners', 'projects', 'cryptocurrencies', 'cryptoassets', 'l1s', 'l2s', 'memecoins',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july',
  'aug', 'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
]);

/** Words before a number that make it a rank: `top 10`, `No. 2`, `ranked 50`. */
export const RANK_WORDS: ReadonlySet<string> = new Set(['top', 'no', 'number', 'ranked', 'rank', 'ranks', 'ranking', 'bottom', 'position']);

/** Names that carry a number and are not claims: `S&P 500`, `Nasdaq 100`. */
export const INDEX_NAMES: ReadonlySet<string> = new Set(['s&p', 'nasdaq', 'ftse', 'russell', 'nikkei', 'dax', 'cac', 'stoxx', 'gmci', 'version', 'v', 'phase', 'season', 'section', 'part', 'chapter', 'step', 'layer', 'web', 'covid', 'eip', 'bip', 'erc', 'brc']);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
]);

/** Fractions written as words, as a share (0..1): `half of`, `a third of`, `two-thirds of`. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5], ['third', 1 / 3], ['thirds', 2 / 3], ['quarter', 0.25], ['quarters', 0.75],
]);
