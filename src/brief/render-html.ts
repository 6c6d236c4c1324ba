/**
 * Markdown -> HTML for briefs: the small subset the writers produce (headings, paragraphs, `-`/`*`/`1.` lists,
 * `>` quotes, `---` rules, **bold**, *italic* / _italic_, `code`, [links](https://...)). Pure; every text is
 * HTML-escaped first, and links other than http(s)/mailto/relative are rendered as plain text.
 */
import { escapeHtml } from '../lib/html.ts';
export function renderBriefHtml(markdown: string): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: string[] } | undefined;
  let quote: string[] = [];
  const flushParagraph = () => {
    if (paragraph.length) out.push(`<p>${renderInline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      out.push(`<${list.tag}>${list.items.map((item) => `<li>${renderInline(item)}</li>`).join('')}</${list.tag}>`);
    list = undefined;
  };
  const flushQuote = () => {
    if (quote.length) out.push(`<blockquote><p>${renderInline(quote.join(' '))}</p></blockquote>`);
    quote = [];
  };
  const flushAll = () => (flushParagraph(), flushList(), flushQuote());

  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quoted = /^>\s?(.*)$/.exec(line);
    if (!line.trim()) flushAll();
    else if (heading)
      flushAll(), out.push(`<h${heading[1]!.length}>${renderInline(heading[2]!)}</h${heading[1]!.length}>`);
    else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) flushAll(), out.push('<hr>');
    else if (bullet || numbered) {
      const tag = bullet ? 'ul' : 'ol';
      flushParagraph(), flushQuote();
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push((bullet ?? numbered)![1]!);
    } else if (quoted) flushParagraph(), flushList(), quote.push(quoted[1]!);
    else if (list && /^\s{2,}\S/.test(raw)) list.items[list.items.length - 1] += ` ${line.trim()}`;
    else flushList(), flushQuote(), paragraph.push(line.trim());
  }
  flushAll();
  return out.join('\n');
}

function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!,
  );
}

function safeHref(url: string): string | undefined {
  if (/^(https?:|mailto:)/i.test(url) || /^[/#]/.test(url)) return url;
  return undefined;
}

/** Inline spans over escaped text; code spans are cut out first so their content stays literal. */
function renderInline(text: string): string {
  const codes: string[] = [];
  let html = escapeHtml(text).replace(
    /`([^`]+)`/g,
    (_, code: string) => `\u0000${codes.push(`<code>${code}</code>`) - 1}\u0000`,
  );
  html = html.replace(/\[([^\]\n]{1,500})\]\(([^)\s]{1,2048})\)/g, (_whole, label: string, url: string) => {
    const href = safeHref(unescapeHtml(url));
    return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
  });
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\u0000(\d+)\u0000/g, (_, index: string) => codes[Number(index)]!);
}
