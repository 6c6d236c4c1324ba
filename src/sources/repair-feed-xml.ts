/**
 * Repairs for feeds whose XML is broken by one careless title (pure). Publishers paste `AT&T`, `R&D` or
 * `price < $90K` into a title without escaping it; a strict XML parser then rejects the whole document.
 */

const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;
/** `&` that does not start one of XML's five named references or a numeric one. */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/gi;
/** `<` that cannot start a tag, an end tag, a comment/CDATA/doctype or a processing instruction. */
const BARE_LESS_THAN = /<(?![A-Za-z_/!?])/g;

/**
 * Escapes bare `&` and `<` outside CDATA sections. Returns the text and how many characters were escaped
 * (0: nothing to repair). A `<` that looks like a tag (`<Bitcoin>`) is not touched: see splitFeedItems.
 */
export function escapeBareMarkup(text: string): { text: string; escaped: number } {
  let escaped = 0;
  const parts = text.split(CDATA).map((part, index) => {
    if (index % 2 === 1) return part;
    return part
      .replace(BARE_AMPERSAND, () => {
        escaped++;
        return '&amp;';
      })
      .replace(BARE_LESS_THAN, () => {
        escaped++;
        return '&lt;';
      });
  });
  return { text: parts.join(''), escaped };
}

const ITEM = /<(item|entry)\b[^>]*>[\s\S]*?<\/\1\s*>/g;
const CLOSING: Record<'rss' | 'rdf' | 'atom', string> = {
  rss: '</channel></rss>',
  rdf: '</rdf:RDF>',
  atom: '</feed>',
};

/**
 * Cuts a feed into one small document per item: the text before the first item (root and channel
 * header), one `<item>`/`<entry>` element, and the closing tags of the root. Each can be parsed on its
 * own, so one broken item costs only itself. Returns [] when no item element is found.
 */
export function splitFeedItems(text: string, kind: 'rss' | 'rdf' | 'atom'): string[] {
  const first = text.search(/<(item|entry)\b/);
  if (first === -1) return [];
  const head = text.slice(0, first);
  return [...text.matchAll(ITEM)].map((match) => `${head}${match[0]}${CLOSING[kind]}`);
}
