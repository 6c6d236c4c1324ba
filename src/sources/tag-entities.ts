import type { Registry } from '../domain/registry.ts';

/** One place a text names a watchlist asset or sector; `start`/`end` are UTF-16 offsets (end exclusive). */
export type EntityMention = { kind: 'asset' | 'sector'; id: string; start: number; end: number; surface: string };

/**
 * Surface forms that are also ordinary words or too generic ("Near the top", "a sand-coloured",
 * "World Liberty", "AI startups"): they count only with a crypto cue word within CUE_WINDOW words
 * (token, price, network, ...), or as `$TICKER`, or when the same id is also named unambiguously.
 */
export const AMBIGUOUS_FORMS = new Set([
  'op',
  'near',
  'sand',
  'sandbox',
  'gala',
  'wif',
  'render',
  'world',
  'optimism',
  'avalanche',
  'helium',
  'immutable',
  'polygon',
  'dot',
  'the graph',
  'ai',
  'pepe',
  'sui',
  'axie',
  'virtual',
  'asi',
  'one',
  'gaming',
  'memes',
  'layer 1',
  'layer 2',
]);
const CUE_WINDOW = 4;
const CUES =
  /^(tokens?|coins?|price|prices|network|protocol|blockchain|chain|mainnet|testnet|ecosystem|foundation|labs|dao|staking|airdrops?|etfs?|holders|whales|crypto|cryptocurrency|altcoins?|defi|nfts?|memecoins?|rall(y|ies|ied)|rises?|rose|surges?|jumps?|soars?|drops?|falls?|slides?|slumps?|tumbles?|plunges?|gains?|climbs?|upgrade|listing|delisting|futures|perps?|l1|l2|layer-?[12]|rollups?|dapps?|validators?)$/i;

/**
 * One surface form, split like a text: its words (maximal letter/digit runs), the separators between them, and what
 * comes before the first word (`$` of a `$TICKER`) and after the last (`)` of `POL (ex-MATIC)`).
 */
type Form = {
  kind: 'asset' | 'sector';
  id: string;
  /** Registry order: among equal spans the earlier form wins, as with one regex per form. */
  order: number;
  ambiguous: boolean;
  caseSensitive: boolean;
  words: string[];
  /** Separators between words, each as a matcher: whitespace in the form accepts any run of spaces and hyphens. */
  gaps: RegExp[];
  lead: string;
  tail?: RegExp;
};

type Lexicon = { byWords: Map<string, Form[]>; maxWords: number };
type Word = { start: number; end: number; text: string; key: string };

const lexiconCache = new WeakMap<Registry, Lexicon>();
const wordPattern = /[\p{L}\p{N}]+/gu;
const alnum = /[\p{L}\p{N}]/u;

/**
 * Finds asset and sector mentions in `text` (pure). Rules:
 * - `$TICKER` (any case) always counts;
 * - all-caps forms (tickers `ETH`, aliases `XBT`, `L2`) match case-sensitively, so "Eth" or "op" never do;
 * - other names/aliases (`Bitcoin`, `Shiba Inu`, `memecoins`) match case-insensitively;
 * - every match needs word boundaries (letters/digits on neither side, no `$` before a plain form);
 * - a space in a multi-word form accepts spaces and hyphens (`Shiba-Inu`); other separators must be as written;
 * - AMBIGUOUS_FORMS need a cue (see above);
 * - overlapping matches keep the longest (`Immutable X` over `Immutable`, `AI tokens` over `AI`).
 * Sector mentions are explicit sector words only; naming an asset does not imply its sector.
 * Returned in text order. The text is split into words once and every run of 1..n words (n: the longest form,
 * in words) is looked up in a Map of the registry's forms, built once per registry.
 */
export function findEntityMentions(text: string, registry: Registry): EntityMention[] {
  const lexicon = buildLexicon(registry);
  const words: Word[] = [];
  for (const match of text.matchAll(wordPattern))
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], key: match[0].toLowerCase() });
  const candidates: (EntityMention & { ambiguous: boolean; order: number })[] = [];
  for (let first = 0; first < words.length; first++) {
    let key = '';
    for (let count = 1; count <= lexicon.maxWords && first + count <= words.length; count++) {
      key = count === 1 ? words[first]!.key : `${key} ${words[first + count - 1]!.key}`;
      const forms = lexicon.byWords.get(key);
      if (!forms) continue;
      for (const form of forms) {
        const span = matchForm(text, words, first, form);
        if (!span) continue;
        candidates.push({
          kind: form.kind,
          id: form.id,
          start: span.start,
          end: span.end,
          surface: text.slice(span.start, span.end),
          ambiguous: form.ambiguous,
          order: form.order,
        });
      }
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: typeof candidates = [];
  for (const candidate of candidates) {
    const overlap = kept.find((k) => candidate.start < k.end && k.start < candidate.end);
    if (!overlap) kept.push(candidate);
  }
  const sure = new Set(kept.filter((m) => !m.ambiguous).map((m) => `${m.kind}:${m.id}`));
  const cueWords = kept.some((m) => m.ambiguous && !sure.has(`${m.kind}:${m.id}`)) ? readCueWords(text) : [];
  return kept
    .filter((m) => !m.ambiguous || sure.has(`${m.kind}:${m.id}`) || hasCue(cueWords, m.start, m.end))
    .map(({ ambiguous: _ambiguous, order: _order, ...mention }) => mention);
}

/** The span of `form` when it starts at word `first` (its words already equal case-insensitively), else undefined. */
function matchForm(text: string, words: Word[], first: number, form: Form): { start: number; end: number } | undefined {
  const count = form.words.length;
  for (let i = 0; i < count; i++) {
    const word = words[first + i]!;
    if (form.caseSensitive && word.text !== form.words[i]) return undefined;
    if (i > 0 && !form.gaps[i - 1]!.test(text.slice(words[first + i - 1]!.end, word.start))) return undefined;
  }
  let start = words[first]!.start;
  if (form.lead) {
    if (!text.startsWith(form.lead, start - form.lead.length)) return undefined;
    start -= form.lead.length;
  } else if (text[start - 1] === '$') return undefined;
  let end = words[first + count - 1]!.end;
  if (form.tail) {
    form.tail.lastIndex = end;
    const tail = form.tail.exec(text);
    if (!tail) return undefined;
    end += tail[0].length;
    if (end < text.length && alnum.test(text[end]!)) return undefined;
  }
  return { start, end };
}

function readCueWords(text: string): { start: number; end: number; word: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}$][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].replace(/[.’'-]+$/, ''),
  }));
}

function hasCue(words: { start: number; end: number; word: string }[], start: number, end: number): boolean {
  const first = words.findIndex((w) => w.end > start);
  if (first === -1) return false;
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < end) last++;
  const around = [
    ...words.slice(Math.max(0, first - CUE_WINDOW), first),
    ...words.slice(last + 1, last + 1 + CUE_WINDOW),
  ];
  return around.some((w) => CUES.test(w.word));
}

const gapCache = new Map<string, RegExp>();

/** A separator of a form as a matcher of the text between two words (whitespace: any run of spaces/hyphens). */
function gapMatcher(separator: string, sticky: boolean): RegExp {
  const cacheKey = `${sticky ? 'y' : '^'}${separator}`;
  let matcher = gapCache.get(cacheKey);
  if (!matcher) {
    const source = separator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
    matcher = sticky ? new RegExp(source, 'y') : new RegExp(`^${source}$`);
    gapCache.set(cacheKey, matcher);
  }
  return matcher;
}

function buildLexicon(registry: Registry): Lexicon {
  const cached = lexiconCache.get(registry);
  if (cached) return cached;
  const byWords = new Map<string, Form[]>();
  let maxWords = 0;
  let order = 0;
  const add = (kind: Form['kind'], id: string, surface: string, dollar = false) => {
    const trimmed = surface.trim();
    if (!dollar && trimmed.length < 2) return;
    const parts = [...trimmed.matchAll(wordPattern)];
    if (parts.length === 0) return;
    const firstStart = parts[0]!.index;
    const last = parts[parts.length - 1]!;
    const lastEnd = last.index + last[0].length;
    const tail = trimmed.slice(lastEnd);
    const form: Form = {
      kind,
      id,
      order: order++,
      ambiguous: !dollar && AMBIGUOUS_FORMS.has(trimmed.toLowerCase()),
      caseSensitive: !dollar && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed),
      words: parts.map((part) => part[0]),
      gaps: parts.slice(1).map((part, i) => {
        const previous = parts[i]!;
        return gapMatcher(trimmed.slice(previous.index + previous[0].length, part.index), false);
      }),
      lead: dollar ? '$' : trimmed.slice(0, firstStart),
      ...(tail ? { tail: gapMatcher(tail, true) } : {}),
    };
    const key = form.words.map((word) => word.toLowerCase()).join(' ');
    byWords.set(key, [...(byWords.get(key) ?? []), form]);
    maxWords = Math.max(maxWords, form.words.length);
  };
  for (const asset of registry.assets) {
    add('asset', asset.id, asset.symbol, true);
    for (const surface of new Set([asset.symbol, asset.name, ...asset.aliases])) add('asset', asset.id, surface);
  }
  for (const sector of registry.sectors)
    for (const surface of new Set([sector.name, ...sector.aliases])) add('sector', sector.id, surface);
  const lexicon = { byWords, maxWords };
  lexiconCache.set(registry, lexicon);
  return lexicon;
}
