// The one Markdown parser (markdown-it: CommonMark plus GFM tables and strikethrough). Every renderer (web page,
// email, text part) reads the token stream made here, so a brief renders the same structure everywhere.
import MarkdownIt, { type Token } from 'markdown-it';

export type { Token } from 'markdown-it';

/** Links a brief may carry: absolute http(s), mailto, and same-site paths or fragments. */
export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return true;
  return /^(https?:|mailto:)/i.test(trimmed);
}

/**
 * Raw HTML is off (`<script>` in the text stays text, escaped on output), images are off (no remote loads, no
 * tracking pixels in email), bare URLs are not linkified, quotes are left as typed. A link whose target is not
 * allowed (`javascript:`, `data:`, ...) is not a link: its label stays, as text.
 */
const parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false }).disable([
  'image',
  'html_block',
  'html_inline',
]);
parser.validateLink = () => true; // parse every link, then unwrap the disallowed ones (below): their label stays
parser.core.ruler.push('unwrap_disallowed_links', (state) => {
  for (const block of state.tokens) {
    if (!block.children) continue;
    const open: boolean[] = [];
    block.children = block.children.filter((token) => {
      if (token.type === 'link_open') {
        const allowed = isAllowedLink(token.attrGet('href') ?? '');
        open.push(allowed);
        return allowed;
      }
      if (token.type === 'link_close') return open.pop() ?? true;
      return true;
    });
  }
});

/** The block token stream of `markdown` (inline tokens carry their `children`). Pure; a fresh array per call. */
export function parseMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {});
}

/** The inline tokens of one line (a dek, a caption). */
export function parseMarkdownInline(text: string): Token[] {
  return parser.parseInline(text, {})[0]?.children ?? [];
}

/** HTML for block tokens with markdown-it's own renderer (escapes every text; attributes set on tokens are kept). */
export function renderTokensHtml(tokens: Token[]): string {
  return parser.renderer.render(tokens, parser.options, {});
}

/** HTML for inline tokens. */
export function renderInlineTokensHtml(tokens: Token[]): string {
  return parser.renderer.renderInline(tokens, parser.options, {});
}
