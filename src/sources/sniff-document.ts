/** What the first element of a text document says it is (pure; looks at the first 4 KB only). */
export type DocumentKind = 'rss' | 'rdf' | 'atom' | 'html' | 'other-xml' | 'not-markup';

export function sniffDocument(text: string): DocumentKind {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trimStart();
  if (/^<!doctype\s+html/i.test(head)) return 'html';
  const withoutDoctype = head.replace(/^<!DOCTYPE[^>]*>/i, '').trimStart();
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(withoutDoctype)?.[1]?.toLowerCase();
  if (!root) return 'not-markup';
  if (root === 'rss') return 'rss';
  if (root === 'rdf:rdf') return 'rdf';
  if (root === 'feed' || root.endsWith(':feed')) return 'atom';
  if (root === 'html' || root === 'head' || root === 'body') return 'html';
  return 'other-xml';
}
