/**
 * Figures of things no computed fact measures (`liquidations topped $412 million`, `40 new games`, `2.3 million
 * transactions`, `ETFs took in $236m`): they are about that thing, not about a price, cap or count of the watchlist.
 * Such a figure is unsupported unless a named outlet's headline carries it (rules/sources.ts). Pure.
 */
import type { DraftClaim } from '../extract/extract-claims.ts';
import type { Sentence } from '../read/split-sentences.ts';
import { CLAUSE_JOINS, FOREIGN_METRIC_WORDS } from '../lexicon.ts';

/** The foreign noun within three words before or after the figure in its clause, else null. */
export function foreignMetricOf(draft: DraftClaim): string | null {
  const { sentence, number } = draft;
  const at = number.start - sentence.start;
  const end = number.end - sentence.start;
  // `liquidations topped $238 million, with about 72% of them longs`, `61% of closed positions were shorts`, `longs
  // making up about 72%`: the long/short split of something (liquidations, positions) no fact measures
  // (a split is a share of the positions, never a fraction of a per cent: `longs paid shorts at 0.018%` is funding)
  if (
    number.unit === 'pct' &&
    Math.abs(number.value) >= 1 &&
    cachedTest(splitCache, SIDES, sentence) &&
    (SPLIT_AFTER.test(sentence.text.slice(end, end + 48)) || SPLIT_BEFORE.test(sentence.text.slice(0, at)))
  )
    return 'the long/short split';
  // `bought 3,400 BTC at an average of about $91,800`: what a buyer paid on average, not today's price
  if (
    (number.unit === 'usd' || number.unit === 'none') &&
    cachedTest(tradeCache, TRADE_VERB, sentence) &&
    TRADE_PRICE_BEFORE.test(sentence.text.slice(Math.max(0, at - 70), at)) &&
    // (an average paid over a buying spree; `a whale bought 4,000 BTC at $112.4k` is at today's price)
    AVERAGE.test(sentence.text.slice(Math.max(0, at - 30), end + 16))
  )
    return 'a purchase price';
  if (!cachedTest(sentenceCache, FOREIGN_WORD, sentence)) return null;
  const before = clauseWords(sentence.text.slice(Math.max(0, at - 60), at), true);
  const after = clauseWords(sentence.text.slice(end, end + 60), false);
  // (an amount in millions or more may name its thing a little further on: `523M left the spot BTC ETFs`, `$340
  // million of short positions were liquidated`; a price not: `to 2,4185 $ ahead of Monday's unlock`)
  const reach = number.scale >= 1e6 ? 5 : 3;
  const near = [...upToJoin(after.slice(0, reach)), ...upToJoin(before.slice(-3).reverse())];
  // (`funds` names a flow only for a dollar figure: `Funds lifted ETH 9%` is a price move)
  for (const w of near)
    if (
      FOREIGN_METRIC_WORDS.has(w) &&
      (w !== 'funds' || number.unit === 'usd') &&
      // (`the ETH funding fee is 0.0094%`: the exchanges' word for funding, which facts measure)
      !(w.startsWith('fee') && FUNDING_FEE.test(sentence.text))
    )
      return w;
  // (`liquidations of longs topped $1.3B`, `inflows of new money reached`: the noun before its `of` phrase)
  const back = upToJoin(before.slice(-6).reverse());
  for (let k = 3; k < back.length; k++)
    if (back[k - 1] === 'of' && FOREIGN_METRIC_WORDS.has(back[k]!) && back[k] !== 'funds') return back[k]!;
  return null;
}

// (a split names its base or a copula, or stands alone (`78% shorts 🩸`, `72% longs (The Block)`): not `0.05% longs
// paying shorts`, a funding rate with its payer)
const SPLIT_AFTER =
  /^\s*(?:of\s+(?:them|it|those|the\s+total|all|(?:the\s+)?(?:closed\s+|liquidated\s+)?positions)\s*,?\s*(?:were\s+|was\s+|being\s+)?|(?:were|was|being)\s+)(?:longs|shorts|long\s+positions|short\s+positions)\b(?!\s+(?:are\s+)?(?:pay|pays|paid|paying))|^\s*(?:longs|shorts)\b(?!\s*[a-z])/i;
const SPLIT_BEFORE =
  /\b(?:longs|shorts)\s+(?:making\s+up|made\s+up|accounting\s+for|were|at)\s+(?:about\s+|roughly\s+|around\s+|some\s+|nearly\s+)?$/i;
const TRADE = '(?:bought|buys|buying|purchased|acquired|sold|sells|selling)';
const TRADE_VERB = new RegExp(String.raw`\b${TRADE}\b`, 'i');
const TRADE_PRICE_BEFORE = new RegExp(
  String.raw`\b${TRADE}\b` +
    // (not `bought as Bitcoin traded at $112,486`: another clause's price)
    String.raw`(?:(?!\b(?:as|while|when|with|and|traded|trading|was|is|price)\b)[^.;!?$]){0,40}\bat\s+` +
    String.raw`(?:an?\s+average\s+(?:price\s+)?of\s+)?(?:about\s+|roughly\s+|around\s+|some\s+|~\s*)?\$?$`,
  'i',
);
const AVERAGE = /\baverage\b/i;
const FOREIGN_WORD = new RegExp(`(?:^|[^a-z])(?:${[...FOREIGN_METRIC_WORDS].join('|')})(?![a-z])`, 'i');
const sentenceCache: Memo = { sentence: null, found: false };
/** `longs` / `shorts` anywhere in the sentence: the only sentences where a long/short split can stand. */
const SIDES = /\b(?:longs|shorts|long\s+positions|short\s+positions)\b/i;
const splitCache: Memo = { sentence: null, found: false };
const tradeCache: Memo = { sentence: null, found: false };
/** The last sentence tested and its answer (a sentence's figures are resolved one after another). */
type Memo = { sentence: Sentence | null; found: boolean };
/** Whether the sentence holds such a word at all (most do not): one test per sentence, not per figure. */
function cachedTest(memo: Memo, re: RegExp, sentence: Sentence): boolean {
  if (memo.sentence !== sentence) {
    memo.found = re.test(sentence.text);
    memo.sentence = sentence;
  }
  return memo.found;
}

/** The words up to a joining word (`rose 3.8% as ETF inflows returned`: `as` starts another clause). */
function upToJoin(words: string[]): string[] {
  const k = words.findIndex((w) => CLAUSE_JOINS.has(w));
  return k === -1 ? words : words.slice(0, k);
}

/** The words of the text up to (or from) the nearest clause mark next to the figure, lower-cased. */
function clauseWords(text: string, before: boolean): string[] {
  const marks = /[.;:,()!?\n|]/g;
  let cut = text;
  if (before) {
    let last = -1;
    for (let m = marks.exec(text); m; m = marks.exec(text)) last = m.index;
    // a decimal point or thousands comma inside a figure is not a clause mark
    cut = last === -1 || /\d/.test(text[last + 1] ?? '') ? text : text.slice(last + 1);
  } else {
    const m = marks.exec(text);
    cut = m && !/\d/.test(text[m.index + 1] ?? '') ? text.slice(0, m.index) : text;
  }
  // and not past another figure (`$ADA 0.59 -8.6% $DOT 3.30 SUI unlock`)
  if (before) {
    const digit = cut.search(/\d[^\d]*$/);
    if (digit !== -1) cut = cut.slice(digit + 1);
  } else {
    const digit = cut.search(/\d/);
    if (digit !== -1) cut = cut.slice(0, digit);
  }
  return cut
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}
const FUNDING_FEE = /\bfunding\s+fees?\b/i;
