import type { Registry } from '../domain/registry.ts';
import { findEntityMentions } from './tag-entities.ts';

const STOPWORDS = new Set(
  ('a an the and or but of to in on at by for from with as is are was were be been being it its this that these those ' +
    'after before over under into amid about against than then so if not no new says said say report reports reportedly ' +
    'will would could can may might has have had do does did up down out per via vs just now what why how who which ' +
    'here there their they he she his her we our you your more most less least first last week today day year s').split(' '),
);

/**
 * Tokens of a title for near-duplicate matching (pure): asset/sector mentions become one id token
 * (`@asset:btc`, so "BTC" and "Bitcoin" agree), the rest is lower-cased words with stopwords removed,
 * numbers kept with their unit (`$100K` -> `100k`, `12%` -> `12%`), and a crude suffix stem
 * (`surges`/`surged`/`surging` -> `surg`).
 */
export function buildTitleTokens(title: string, registry: Registry): Set<string> {
  const tokens = new Set<string>();
  let rest = '';
  let cursor = 0;
  for (const mention of findEntityMentions(title, registry)) {
    tokens.add(`@${mention.kind}:${mention.id}`);
    rest += `${title.slice(cursor, mention.start)} `;
    cursor = mention.end;
  }
  rest += title.slice(cursor);
  for (const match of rest.toLowerCase().matchAll(/\$?\d[\d,.]*\s?[kmb%]?(?:n|illion)?|[\p{L}][\p{L}\p{N}]*/gu)) {
    const raw = match[0];
    const word = /^\$?\d/.test(raw) ? normalizeNumber(raw) : stem(raw);
    if (word && !STOPWORDS.has(word) && !STOPWORDS.has(raw)) tokens.add(word);
  }
  return tokens;
}

function normalizeNumber(raw: string): string {
  const compact = raw.replace(/[$\s]/g, '').replace(/,(?=\d{3})/g, '').replace(/\.$/, '');
  return compact.replace(/(illion|n)$/, '').replace(/^(\d+)\.0+([kmb%]?)$/, '$1$2');
}

function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Inverse document frequency per token over `documents`: ln(1 + N / df). Rare tokens weigh more. */
export function buildIdf(documents: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const token of doc) df.set(token, (df.get(token) ?? 0) + 1);
  const n = Math.max(1, documents.length);
  return new Map([...df].map(([token, count]) => [token, Math.log(1 + n / count)]));
}

/** IDF-weighted Jaccard similarity of two token sets, 0..1 (0 when either is empty). */
export function computeTitleSimilarity(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0;
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
