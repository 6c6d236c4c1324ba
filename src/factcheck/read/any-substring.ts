/**
 * `anySubstring(words).test(lower)` is `words.some((w) => lower.includes(w))` in one pass over the text (one regular
 * expression of escaped literals, no backtracking beyond a word's length): the rules' cheap pre-filters.
 */
export function anySubstring(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
}
