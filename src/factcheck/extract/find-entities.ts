/**
 * Finds watchlist entities named in a text: assets (name, symbol, `$TICKER`, aliases), sectors (name and
 * aliases) and the market as a whole (`crypto market`, `total market cap`). Case rules keep ordinary words
 * out: symbols that are words must be written in capitals (`OP`, `NEAR`; other symbols count in any case: `sol`),
 * one-word names need a capital (`Render`).
 */
import type { Registry } from '../../domain/registry.ts';
import {
  directionIndex,
  FIGURE_LEADS,
  LEVEL_LEAD_WORDS,
  NAME_LABEL_MARKS,
  NOT_THE_MARKET_AFTER,
  WORD_LIKE_NAMES,
} from '../lexicon.ts';
import {
  buildPhraseIndex,
  matchPhrases,
  mayBeWord,
  phraseOf,
  splitNameHits,
  tokenize,
  wordShapes,
  type Phrase,
  type PhraseHit,
  type PhraseIndex,
  type Token,
} from '../read/tokenize.ts';

export type EntityKind = 'asset' | 'sector' | 'market';
export type EntityMention = {
  kind: EntityKind;
  id: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
};
type Ref = { kind: EntityKind; id: string };
/** A registry name matched in a text (before the rules that make it a mention). */
export type EntityHit = PhraseHit<Ref>;

/** Extra ways writers name sectors and the market (the registry's aliases come first). */
const EXTRA_SECTOR_ALIASES: Record<string, string[]> = {
  l1: [
    'capa 1',
    'couche 1',
    'Layer 1s',
    'Layer-1 tokens',
    'L1 tokens',
    'layer 1 tokens',
    'L1 sector',
    'layer-1 sector',
    'Layer 1 sector',
    'layer ones',
    'layer-ones',
    'layer-one',
    'layer-1s',
    'Layer-1s',
    'smart-contract platforms',
    // (CoinGecko's category, `the smart-contract-platform category`)
    'smart-contract-platform',
    'smart contract platform',
    'smart-contract chains',
    'smart contract chains',
    'big platforms',
    'large platforms',
  ],
  l2: [
    'capa 2',
    'couche 2',
    'Layer 2s',
    'Layer-2 tokens',
    'L2 tokens',
    'layer 2 tokens',
    'L2 sector',
    'layer-2 sector',
    'Layer 2 sector',
    'rollup tokens',
    'layer twos',
    'layer-twos',
    'layer-two',
    'layer-2s',
    'Layer-2s',
    'rollup group',
    'rollup basket',
  ],
  ai: [
    'AI-related tokens',
    'AI-focused tokens',
    'AI names',
    'AI basket',
    'AI cohort',
    'AI group',
    'artificial-intelligence tokens',
    'AI token',
    'AI crypto',
    // German `KI`, French and Spanish `IA` (upper case only)
    'KI',
    'IA',
  ],
  depin: [
    'DePIN sector',
    'depin',
    'DePINs',
    'decentralised physical infrastructure',
    'decentralized infrastructure',
    'decentralised infrastructure',
  ],
  gaming: ['gaming', 'game tokens', 'GameFi tokens', 'gaming coins', 'metaverse tokens'],
  memes: ['meme', 'memecoin', 'meme-coins', 'memes', 'meme coin', 'meme token', 'memecoin sector'],
};
/** Epithets writers use instead of a name. */
const EXTRA_ASSET_ALIASES: Record<string, string[]> = {
  btc: [
    'largest cryptocurrency',
    'biggest cryptocurrency',
    'largest crypto asset',
    'flagship cryptocurrency',
    'largest digital asset',
    'original cryptocurrency',
  ],
  eth: ['second-largest cryptocurrency', 'second-largest token', 'second-largest crypto asset', 'number two token'],
  near: ['Near Protocol'],
  // (`the Graph six`, `the Sandbox rose`: a name that begins with an article written in lower case mid-sentence)
  grt: ['the Graph'],
  sand: ['the Sandbox'],
};
const MARKET_ALIASES = [
  'total crypto market capitalisation',
  'total crypto market capitalization',
  'crypto market capitalisation',
  'crypto market capitalization',
  'total market capitalisation',
  'total cap',
  'total capitalisation',
  'total capitalization',
  'total crypto capitalisation',
  'total crypto capitalization',
  'total market value',
  'perp complex',
  'perp market',
  'perps market',
  'perpetual market',
  'derivatives market',
  'futures market',
  'overall cap',
  'market cap of all crypto',
  'crypto market',
  'cryptocurrency market',
  'crypto markets',
  'total market cap',
  'total mcap',
  'total crypto market cap',
  'total market capitalization',
  'total market',
  // (`total 24h volume reached $216 billion`, `total volume $216B`: the whole market's)
  'total volume',
  'total 24h volume',
  'total trading volume',
  'total spot volume',
  'overall market',
  'broader market',
  'wider market',
  'broad market',
  'whole market',
  'global crypto market',
  'global market cap',
  'market-wide',
  'marketwide',
  'the market',
  'digital asset market',
  'crypto market cap',
  'cryptocurrency market cap',
  'breadth',
  'the watchlist',
  'our watchlist',
  // (`26 to 4 across the list`; not `the top of the list`, nor `on our list`: the members of a sector named before)
  'across the list',
  'across our list',
  'watchlist',
  'market breadth',
  'combined market cap of all',
  'crypto',
  'cryptocurrencies',
  'digital assets',
  'perpetual open interest',
  'perp open interest',
  'aggregate open interest',
  'total open interest',
  'total OI',
  'aggregate OI',
  'aggregate funding',
  'average funding',
];
/** One-word aliases too common in prose to count as a mention. */
const SKIP_ALIASES = new Set(['world']);
/**
 * Word-like names that are also words written before figures (`near $4,000`, `they fetch 3% more`): in lower case
 * they count before a signed percentage only.
 */
const NOT_BEFORE_DOLLAR = new Set(['near', 'fetch']);

type Indexes = {
  names: PhraseIndex<Ref>;
  lowered: Map<string, Phrase<Ref>[]>;
  signed: Map<string, Phrase<Ref>[]>;
  /** wordShapes of the last words of lowered and signed. */
  lastShapes: Uint32Array;
  /** One-word names of seven letters or more, lower-cased: what `World coin` means with its stray space. */
  joined: Map<string, Ref>;
};
const cache = new WeakMap<Registry, Indexes>();

function indexFor(registry: Registry): Indexes {
  const cached = cache.get(registry);
  if (cached) return cached;
  const phrases: Phrase<Ref>[] = [];
  // word-like names and symbols in lower case (`avalanche`, `the graph`, `op`), by their last word: mentions only
  // before a figure
  const lowered: Phrase<Ref>[] = [];
  // `near +1.8%`: a name that is also a word before prices (`near $4,000`) counts before a signed percentage only
  const signedLowered: Phrase<Ref>[] = [];
  for (const asset of registry.assets) {
    const ref: Ref = { kind: 'asset', id: asset.id };
    phrases.push(phraseOf(asset.symbol, ref, 'exact'));
    // `sol`, `Eth`: a symbol that is no word counts in any case (lexicon.ts WORD_LIKE_NAMES); one that is a word
    // (`op`, `sand`) only before a figure, as word-like names do below
    const symbol = asset.symbol.toLowerCase();
    if (!WORD_LIKE_NAMES.has(symbol)) phrases.push(phraseOf(asset.symbol, ref, 'any'));
    else if (!NOT_BEFORE_DOLLAR.has(symbol)) lowered.push(phraseOf(symbol, ref, 'any'));
    else signedLowered.push(phraseOf(symbol, ref, 'any'));
    for (const alias of [asset.name, ...asset.aliases, ...(EXTRA_ASSET_ALIASES[asset.id] ?? [])]) {
      if (SKIP_ALIASES.has(alias.toLowerCase())) continue;
      const rule = nameRule(alias);
      phrases.push(phraseOf(alias, ref, rule));
      if (rule === undefined && alias !== alias.toUpperCase() && !NOT_BEFORE_DOLLAR.has(alias.toLowerCase()))
        lowered.push(phraseOf(alias, ref, 'any'));
    }
  }
  for (const sector of registry.sectors) {
    const ref: Ref = { kind: 'sector', id: sector.id };
    for (const alias of [sector.name, ...sector.aliases, ...(EXTRA_SECTOR_ALIASES[sector.id] ?? [])]) {
      phrases.push(phraseOf(alias, ref, nameRule(alias)));
      // `ai +3.3%, l2 +5.8 %`: a short capital alias in lower case, before a figure (as word-like names below)
      if (/^[A-Z][A-Z0-9]{1,2}$/.test(alias)) lowered.push(phraseOf(alias.toLowerCase(), ref, 'any'));
    }
  }
  for (const alias of MARKET_ALIASES) phrases.push(phraseOf(alias, { kind: 'market', id: 'market' }, 'any'));
  const names = buildPhraseIndex(phrases.map((p) => ({ ...p, originals: originalsOf(p) })));
  const byLast = new Map<string, Phrase<Ref>[]>();
  for (const p of lowered) byLast.set(p.words.at(-1)!, [...(byLast.get(p.words.at(-1)!) ?? []), p]);
  for (const list of byLast.values()) list.sort((a, b) => b.words.length - a.words.length);
  const signed = new Map<string, Phrase<Ref>[]>();
  for (const p of signedLowered) signed.set(p.words.at(-1)!, [...(signed.get(p.words.at(-1)!) ?? []), p]);
  // (most tokens are no last word of either: one shape test skips their two look-ups)
  const joined = new Map<string, Ref>();
  for (const p of phrases)
    if (p.words.length === 1 && p.words[0]!.length >= 7 && /^[a-z]+$/.test(p.words[0]!))
      joined.set(p.words[0]!, p.payload);
  const indexes = {
    names,
    lowered: byLast,
    signed,
    lastShapes: wordShapes([...byLast.keys(), ...signed.keys()]),
    joined,
  };
  cache.set(registry, indexes);
  return indexes;
}

/**
 * Ordinary one-word names (`Bitcoin`, `bitcoin`) match in any case; word-like ones need their capital. Names of
 * several words match in any case too (`Shiba inu`, `axie infinity`), except those that begin as a phrase of the
 * language does (`the graph`, `the sandbox`).
 */
function nameRule(alias: string): 'any' | undefined {
  const single = !alias.includes(' ') && !alias.includes('-') && !alias.includes('.');
  const upper = alias.length >= 2 && alias === alias.toUpperCase();
  if (!single && alias.includes(' ') && !/^the /i.test(alias) && !upper) return 'any';
  return single && !upper && !WORD_LIKE_NAMES.has(alias.toLowerCase()) ? 'any' : undefined;
}

function originalsOf(phrase: Phrase<Ref>): string[] {
  // exact words must be written as in the alias (symbols are upper case)
  return phrase.words.map((w, k) => (phrase.rules[k] === 'exact' ? w.toUpperCase() : w));
}

/** Every entity mention in `text` (or in pre-computed `tokens` of it), in order. Lower-case `$btc` counts too. */
export function findEntityMentions(
  text: string,
  registry: Registry,
  tokens: readonly Token[] = tokenize(text),
): EntityMention[] {
  return mentionsOfHits(text, entityHits(text, registry, tokens));
}

/** The registry's names matched over the tokens, before the rule below (findEntityMentions = both). */
export function entityHits(text: string, registry: Registry, tokens: readonly Token[]): EntityHit[] {
  const { names, lowered, signed, lastShapes, joined } = indexFor(registry);
  // `a crypto exchange lost $58 million`, `crypto ETF outflows`: the bare word before a business noun names a firm or
  // a product, not the market
  const hits = matchPhrases(text, tokens, names).filter(
    (x) =>
      x.payload.kind !== 'market' ||
      x.firstToken !== x.lastToken ||
      !NOT_THE_MARKET_AFTER.has(tokens[x.lastToken + 1]?.lower ?? ''),
  );
  // `avalanche $19.84`, `op fell 2.4%`, `gala 0.6 %`: a word-like name or symbol in lower case counts when a figure
  // follows it, directly or after one direction word (`fell`) or `to` / `at`
  const extra: EntityHit[] = [];
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!mayBeWord(lastShapes, token.lower)) continue;
    const candidates = lowered.get(token.lower) ?? signedBefore(text, tokens, i, signed.get(token.lower));
    if (!candidates || !figureAfter(text, tokens, i)) continue;
    while (h < hits.length && hits[h]!.end < token.start) h++;
    if (h < hits.length && hits[h]!.start <= token.start) continue;
    const phrase = candidates.find((p) => p.words.every((w, k) => tokens[i - p.words.length + 1 + k]?.lower === w));
    if (!phrase) continue;
    const first = i - phrase.words.length + 1;
    const start = tokens[first]!.start;
    if (extra.length && extra.at(-1)!.end > start) continue;
    extra.push({ start, end: token.end, firstToken: first, lastToken: i, payload: phrase.payload });
  }
  const split = splitNameHits(text, tokens, joined, hits);
  if (split.length) {
    hits.push(...split);
    hits.sort((a, b) => a.start - b.start);
  }
  if (!extra.length) return hits;
  // hits and extra are both sorted by start (extra do not overlap one another): one pointer keeps this linear
  let e = 0;
  const kept = hits.filter((x) => {
    while (e < extra.length && extra[e]!.end <= x.start) e++;
    return !(e < extra.length && extra[e]!.start < x.end);
  });
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** `near +1.8%`: the names a word-like token i stands for when a signed figure or a move follows it, else null. */
function signedBefore(
  text: string,
  tokens: readonly Token[],
  i: number,
  signedOnly: Phrase<Ref>[] | undefined,
): Phrase<Ref>[] | null {
  const token = tokens[i]!;
  return signedOnly && (signedPercentAfter(text, token.end, token.start) || movedAfter(text, tokens, i))
    ? signedOnly
    : null;
}

/**
 * A figure one space (or a doubled one) after token i (`$19.84`, `$ 19.84`, `2.4%`, `-0.6 %`, `11.2 per cent`), or
 * after a single direction word or `to` / `at` that follows it so (`fell 2.4%`, `Near  rose 10.2%`).
 */
function figureAfter(text: string, tokens: readonly Token[], i: number): boolean {
  const end = tokens[i]!.end;
  if (labelledFigureAfter(text, end)) return true;
  const at = afterSpaces(text, end);
  if (at === -1) return false;
  if (figureAt(text, at)) return true;
  // (`dot resistance $3.20`: a level word before its figure too)
  return wordThenFigure(text, tokens, i, (w) => FIGURE_LEADS.has(w) || LEVEL_LEAD_WORDS.has(w) || isDirectionWord(w));
}

/** `Near rose 1.8%`, `near climbed 5.6 %`: a direction verb between the name and its figure (`near` the word never). */
function movedAfter(text: string, tokens: readonly Token[], i: number): boolean {
  return wordThenFigure(text, tokens, i, isDirectionWord);
}

/** Token i, one space, a word `lead` accepts, one space, a figure. */
function wordThenFigure(text: string, tokens: readonly Token[], i: number, lead: (w: string) => boolean): boolean {
  const next = tokens[i + 1];
  if (!next || afterSpaces(text, tokens[i]!.end) !== next.start) return false;
  const at = afterSpaces(text, next.end);
  return at !== -1 && lead(next.lower) && figureAt(text, at);
}

/** Where the text goes on after one space, or two (`Near  rose`: a doubled space is a slip), else -1. */
function afterSpaces(text: string, at: number): number {
  if (text[at] !== ' ') return -1;
  return text[at + 1] === ' ' ? at + 2 : at + 1;
}

function isDirectionWord(w: string): boolean {
  return directionIndex.get(w)?.some((p) => p.words.length === 1) === true;
}

/** ` +1.8%`, ` -0.6 %`: a signed percentage right after a word. */
function signedPercentAfter(text: string, end: number, start: number): boolean {
  // (and the name opens a list item or follows a list mark: `, near +1.8%`, `- near +1.8%`; not `ended near +8.9%`)
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '*')) k--;
  // (`and` after a listed figure too: `AVAX +6.3% and near +8.9%`)
  const andAfterFigure = /%\s+(?:and|&)$/.test(text.slice(Math.max(0, k - 8), k + 1));
  if (k >= 0 && !',;|-\n(\u2022'.includes(text[k]!) && !andAfterFigure) return false;
  // (`, Near $2.833 (+0.31 %)`: a listed price with its signed change in brackets)
  return /^ (?:[+\-\u2212]\d[\d.,]*\s?%|\$\d[\d.,]* ?\( ?[+\-\u2212] ?\d[\d.,]*\s?%)/.test(text.slice(end, end + 30));
}

/**
 * `dot — support $3.2, resistance $3.4`, `gala: $0.0159`: a dash or a colon after the name, then a figure or a level
 * word and its figure (a level list in edited copy).
 */
function labelledFigureAfter(text: string, end: number): boolean {
  let k = end;
  while (k - end < 2 && text[k] === ' ') k++;
  if (!NAME_LABEL_MARKS.has(text[k] ?? '')) return false;
  k++;
  while (k - end < 5 && text[k] === ' ') k++;
  if (figureAt(text, k)) return true;
  let w = k;
  while (w - k < 12 && /[a-z]/i.test(text[w] ?? '')) w++;
  return LEVEL_LEAD_WORDS.has(text.slice(k, w).toLowerCase()) && text[w] === ' ' && figureAt(text, w + 1);
}

/** A dollar figure, or a percentage (`%`, `pct`, `per cent`, `percent`), with an optional sign, at k. */
function figureAt(text: string, k: number): boolean {
  const c0 = text[k];
  if (c0 === '+' || c0 === '-' || c0 === '\u2212') {
    k++;
    // (`Tao + 3.4 %`: a space after the sign)
    if (text[k] === ' ' && /[0-9]/.test(text[k + 1] ?? '')) k++;
  }
  const dollar = text[k] === '$';
  if (dollar) k += text[k + 1] === ' ' ? 2 : 1;
  let d = k;
  while (d < k + 12 && /[0-9.,]/.test(text[d] ?? '')) d++;
  if (d === k || !/[0-9]/.test(text[k]!)) return false;
  // (`2. 5%`: a stray space after the decimal point)
  if (text[d - 1] === '.' && text[d] === ' ' && /[0-9]/.test(text[d + 1] ?? '')) {
    d++;
    while (d < k + 14 && /[0-9]/.test(text[d] ?? '')) d++;
  }
  if (dollar) return true;
  // (`gala at 3.0 x`: a ratio to an average too)
  return /^ ?(%|pct\b|pc\b|per ?cent\b|percent\b|x\b)/.test(text.slice(d, d + 10));
}

/** Mentions from name hits (in order) over `text`. */
export function mentionsOfHits(text: string, hits: readonly EntityHit[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const prev = hits[i - 1];
    // `BTC perpetual open interest`, `Bitcoin's total open interest`: the asset owns the market-wide phrase.
    if (
      hit.payload.kind === 'market' &&
      prev &&
      prev.payload.kind !== 'market' &&
      ownedByAsset(text, prev.end, hit.start)
    )
      continue;
    mentions.push({
      kind: hit.payload.kind,
      id: hit.payload.id,
      start: hit.start,
      end: hit.end,
      firstToken: hit.firstToken,
      lastToken: hit.lastToken,
    });
  }
  return mentions;
}

/** Only nothing, `'s` or `'` between the asset's mention and the market phrase. */
function ownedByAsset(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  const g = text.slice(from, to).trim();
  return g === '' || g === "'s" || g === '\u2019s' || g === "'" || g === '\u2019';
}
