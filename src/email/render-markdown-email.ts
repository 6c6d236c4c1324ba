import {
  parseMarkdown,
  parseMarkdownInline,
  renderInlineTokensHtml,
  renderTokensHtml,
  type Token,
} from '../brief/parse-markdown.ts';
import { theme } from './email-theme.ts';

const text = `color:${theme.text}`;
const headingSizes = [24, 19, 16, 16, 15, 15];

/** Inline styles (light defaults) and `gb-*` classes (dark-mode overrides) per block token, `quoted` inside `>`. */
function blockStyle(token: Token, quoted: boolean): { className?: string; style: string } | undefined {
  switch (token.type) {
    case 'heading_open':
      return {
        className: 'gb-text',
        style: `margin:24px 0 10px;font-size:${headingSizes[Number(token.tag.slice(1)) - 1]}px;line-height:1.3;font-weight:700;${text}`,
      };
    case 'paragraph_open':
      return quoted
        ? { className: 'gb-muted', style: `margin:0;font-size:15px;line-height:1.55;color:${theme.muted}` }
        : { className: 'gb-text', style: `margin:0 0 14px;font-size:16px;line-height:1.6;${text}` };
    case 'bullet_list_open':
    case 'ordered_list_open':
      return { style: 'margin:0 0 14px;padding-left:22px' };
    case 'list_item_open':
      return { className: 'gb-text', style: `margin:0 0 8px;font-size:16px;line-height:1.55;${text}` };
    case 'blockquote_open':
      return {
        className: 'gb-rule',
        style: `margin:0 0 14px;padding:4px 0 4px 14px;border-left:3px solid ${theme.rule}`,
      };
    case 'hr':
      return { className: 'gb-rule', style: `border:0;border-top:1px solid ${theme.rule};margin:20px 0` };
    case 'table_open':
      return { style: 'width:100%;border-collapse:collapse;margin:0 0 16px' };
    case 'th_open':
    case 'td_open':
      return {
        className: 'gb-text gb-rule',
        style: `padding:6px 8px;border-bottom:1px solid ${theme.rule};font-size:14px;${text};${token.type === 'th_open' ? 'font-weight:700;' : ''}`,
      };
    default:
      return undefined;
  }
}

function inlineStyle(token: Token): { className?: string; style: string } | undefined {
  if (token.type === 'link_open')
    return { className: 'gb-link', style: `color:${theme.link};text-decoration:underline` };
  if (token.type === 'code_inline') return { style: 'font-family:Menlo,Consolas,monospace;font-size:14px' };
  return undefined;
}

function decorate(token: Token, look: { className?: string; style: string } | undefined): void {
  if (!look) return;
  if (look.className) token.attrJoin('class', look.className);
  token.attrSet('style', look.style + (token.attrGet('style') ?? ''));
}

/** Table cells without an explicit alignment: the first column left, the others (figures) right. */
function alignCell(token: Token, column: number): void {
  if (token.type !== 'th_open' && token.type !== 'td_open') return;
  if (!token.attrGet('style')) token.attrSet('style', `text-align:${column === 0 ? 'left' : 'right'}`);
}

function decorateInline(tokens: Token[]): Token[] {
  for (const token of tokens) decorate(token, inlineStyle(token));
  return tokens;
}

/**
 * Markdown -> email HTML (pure), from the one parser's tokens: every element carries inline styles (light
 * defaults) plus a `gb-*` class for dark mode; tables are real `<table>`s (first column left, figures right).
 * Raw HTML in the input is escaped; images are not rendered; unsafe links stay text.
 */
export function renderMarkdownEmail(markdown: string): string {
  const tokens = parseMarkdown(markdown);
  let quoteDepth = 0;
  let column = 0;
  for (const token of tokens) {
    if (token.type === 'blockquote_open') quoteDepth++;
    if (token.type === 'blockquote_close') quoteDepth--;
    if (token.type === 'tr_open') column = 0;
    if (token.type === 'th_open' || token.type === 'td_open') alignCell(token, column++);
    decorate(token, blockStyle(token, quoteDepth > 0 && token.type === 'paragraph_open'));
    if (token.type === 'inline' && token.children) decorateInline(token.children);
  }
  return renderTokensHtml(tokens).trimEnd();
}

/** Inline Markdown on one line of text (a dek): escaped, with email-styled code and links. */
export function renderInline(line: string): string {
  return renderInlineTokensHtml(decorateInline(parseMarkdownInline(line)));
}
