import type { Registry } from '../domain/registry.ts';
import { type EntityMention, findEntityMentions } from './tag-entities.ts';

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for from with as is are was were be been being it its this that these those ' +
    'after before over under into amid about against than then so if not no new says said say report reports reportedly ' +
    'will would could can may might has have had do does did up down out per via vs just now what why how who which ' +
    'here there their they he she his her we our you your more most less least first last week today day year s'
  ).split(' '),
);

/**
 * Tokens of a title for near-duplicate matching (pure): asset/sector mentions become one id token
 * (`@asset:btc`, so "BTC" and "Bitcoin" agree), the rest is lower-cased words with stopwords removed,
 * numbers kept with their unit (`$100K` -> `100k`, `12%` -> `12%`), and a crude suffix stem
 * (`surges`/`surged`/`surging` -> `surg`). `mentions`: findEntityMentions(title) when the caller has them.
 */
export function buildTitleTokens(
  title: string,
  registry: Registry,
  mentions: readonly EntityMention[] = findEntityMentions(title, registry),
): Set<string> {
  const tokens = new Set<string>();
  let rest = '';
  let cursor = 0;
  for (const mention of mentions) {
    tokens.add(`@${mention.kind}:${mention.id}`);
    rest += `${title.slice(cursor, mention.start)} `;
    cursor = mention.end;
  }
  rest += title.slice(cursor);
  for (const match of rest
    .toLowerCase()
    .matchAll(/\$?\d[\d,.]*(?:\s?(?:[kmb](?:n|illion)?|%)(?![\p{L}]))?|[\p{L}][\p{L}\p{N}]*/gu)) {
    const raw = match[0];
    const word = /^\$?\d/.test(raw) ? normalizeNumber(raw) : (SYNONYMS.get(raw) ?? stem(raw));
    if (word && !STOPWORDS.has(word) && !STOPWORDS.has(raw)) tokens.add(word);
  }
  return tokens;
}

const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** `$88K`, `88,000`, `$88 000` -> `#88000`; `$4.2 billion`, `$4.2B` -> `#4200000000`; `12%` -> `#12%`. */
function normalizeNumber(raw: string): string {
  const compact = raw
    .replace(/[$\s]/g, '')
    .replace(/,(?=\d{3})/g, '')
    .replace(/illion$|n$/, '')
    .replace(/\.$/, '');
  const match = /^(\d+(?:\.\d+)?)([kmb%]?)$/.exec(compact);
  if (!match) return `#${compact}`;
  if (match[2] === '%') return `#${Number(match[1])}%`;
  return `#${Math.round(Number(match[1]) * (SCALE[match[2]!] ?? 1))}`;
}

/** Words news titles use interchangeably for the same event, mapped to one token. */
const SYNONYMS = new Map<string, string>(
  Object.entries({
    '~down':
      'falls fall fell slides slid slips slumps slump dips dip drops drop dropped sinks sank tumbles plunges plunge declines slides below beneath under lower',
    '~up':
      'jumps jump surges surge soars soar climbs climb rallies rally rallied rises rise rose gains gain bounces rebounds rebound above tops reclaims higher',
    '~buy': 'buys buy bought acquires acquired adds purchases purchase scoops',
    '~exploit': 'exploit exploited exploits hack hacked hackers drain drained drains attack attacked breach compromise',
    '~approve': 'approves approved approval greenlights greenlight nod passes passed clears',
    '~launch': 'launches launch launched live debuts debut',
    '~profit': 'profit profits earnings made',
    '~guidance': 'guidance guidelines rules',
    '~outage': 'outage down offline',
    '~etf': 'etf etfs',
  }).flatMap(([token, words]) => words.split(' ').map((word) => [word, token] as const)),
);

function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  for (const [suffix, replacement, minStem] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= minStem) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Light suffix stripping, first match wins: [suffix, replacement, shortest stem kept]. */
const SUFFIXES: [string, string, number][] = [
  ['ially', 'ial', 3],
  ['ingly', '', 3],
  ['edly', '', 3],
  ['ies', 'y', 3],
  ['ied', 'y', 3],
  ['ing', '', 3],
  ['ers', '', 3],
  ['er', '', 3],
  ['ly', '', 4],
  ['ed', '', 3],
  ['sses', 'ss', 2],
  ['shes', 'sh', 2],
  ['ches', 'ch', 2],
  ['xes', 'x', 2],
  ['ss', 'ss', 2],
  ['us', 'us', 2],
  ['s', '', 3],
  ['ian', 'ia', 3],
];

/** Inverse document frequency per token over `documents`: ln(1 + N / df). Rare tokens weigh more. */
export function buildIdf(documents: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const token of doc) df.set(token, (df.get(token) ?? 0) + 1);
  const n = Math.max(1, documents.length);
  return new Map([...df].map(([token, count]) => [token, Math.log(1 + n / count)]));
}

/** IDF-weighted Jaccard similarity of two token sets, 0..1 (0 when either is empty). */
export function computeTitleSimilarity(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  if (a.size === 0 || b.size === 0 || assetsConflict(a, b)) return 0;
  let shared = 0;
  let union = 0;
  const weight = (t: string) => idf.get(t) ?? 1;
  for (const token of a) {
    union += weight(token);
    if (b.has(token)) shared += weight(token);
  }
  for (const token of b) if (!a.has(token)) union += weight(token);
  return union === 0 ? 0 : shared / union;
}

/** IDF-weighted overlap coefficient: shared weight / weight of the lighter set, 0..1. */
export function computeTitleOverlap(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  if (a.size === 0 || b.size === 0 || assetsConflict(a, b)) return 0;
  const weight = (t: string) => idf.get(t) ?? 1;
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const token of a) {
    wa += weight(token);
    if (b.has(token)) shared += weight(token);
  }
  for (const token of b) wb += weight(token);
  return shared / Math.min(wa, wb);
}

/** Both titles name watchlist assets but none in common: different stories ("Bitcoin ETFs..." vs "Ether ETFs..."). */
export function assetsConflict(a: Set<string>, b: Set<string>): boolean {
  let aNamesAssets = false;
  for (const token of a) {
    if (!token.startsWith('@asset:')) continue;
    if (b.has(token)) return false;
    aNamesAssets = true;
  }
  if (!aNamesAssets) return false;
  for (const token of b) if (token.startsWith('@asset:')) return true;
  return false;
}
