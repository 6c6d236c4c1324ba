import { parseMarkdown, renderTokensHtml } from './parse-markdown.ts';

/**
 * Markdown -> HTML for the web page, the `?format=html` fragment and the feeds (pure): semantic elements only
 * (`<h2>`, `<p>`, `<ul>`, `<table>` with `<thead>`/`<tbody>`, ...), no classes or inline styles, so the page's
 * stylesheet or the feed reader styles it. Built on the one parser (src/brief/parse-markdown.ts): raw HTML in the
 * text is escaped, images are not rendered, links other than http(s)/mailto/same-site stay text.
 */
export function renderBriefHtml(markdown: string): string {
  return renderTokensHtml(parseMarkdown(markdown)).trimEnd();
}
