import { escapeHtml, isSafeHref } from '../lib/html.ts';
import { theme } from './email-theme.ts';

/**
 * A small Markdown -> email HTML converter (pure): headings, paragraphs, `-`/`*`/`1.` lists, `>` quotes,
 * `---` rules, pipe tables, and inline `code`, **bold**, *em*, [links](https://...). Every element carries
 * inline styles (light defaults) plus a `gb-*` class for dark mode. Raw HTML in the input is escaped;
 * links other than http(s)/mailto are rendered as plain text.
 */
export function renderMarkdownEmail(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      out.push(renderHeading(heading[1]!.length, heading[2]!));
      i++;
      continue;
    }
    if (/^\s*(-{3,}|\*{3,})\s*$/.test(line)) {
      out.push(`<hr class="gb-rule" style="border:0;border-top:1px solid ${theme.rule};margin:20px 0">`);
      i++;
      continue;
    }
    const block: string[] = [];
    const take = (test: RegExp) => {
      while (i < lines.length && test.test(lines[i]!)) block.push(lines[i++]!);
    };
    if (/^\s*[-*+]\s+/.test(line)) {
      take(/^\s*[-*+]\s+|^\s{2,}\S/);
      out.push(renderList(block, 'ul'));
      continue;
    }
    if (/^\s*\d+[.)]\s+/.test(line)) {
      take(/^\s*\d+[.)]\s+|^\s{2,}\S/);
      out.push(renderList(block, 'ol'));
      continue;
    }
    if (/^\s*>/.test(line)) {
      take(/^\s*>/);
      out.push(renderQuote(block));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      take(/^\s*\|.*\|\s*$/);
      out.push(renderTable(block));
      continue;
    }
    take(/^(?!\s*$)(?!#{1,4}\s)(?!\s*[-*+]\s)(?!\s*\d+[.)]\s)(?!\s*>)(?!\s*\|.*\|\s*$)/);
    if (block.length === 0) block.push(lines[i++]!);
    out.push(
      `<p class="gb-text" style="margin:0 0 14px;font-size:16px;line-height:1.6;color:${theme.text}">${renderInline(block.join(' '))}</p>`,
    );
  }
  return out.join('\n');
}

function renderHeading(level: number, text: string): string {
  const size = level <= 1 ? 24 : level === 2 ? 19 : 16;
  const tag = `h${Math.min(level, 3)}`;
  return `<${tag} class="gb-text" style="margin:24px 0 10px;font-size:${size}px;line-height:1.3;font-weight:700;color:${theme.text}">${renderInline(text)}</${tag}>`;
}

function renderList(block: string[], tag: 'ul' | 'ol'): string {
  const items: string[] = [];
  for (const line of block) {
    const start = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (start) items.push(start[1]!);
    else if (items.length) items[items.length - 1] += ` ${line.trim()}`;
  }
  const lis = items.map(
    (item) =>
      `<li class="gb-text" style="margin:0 0 8px;font-size:16px;line-height:1.55;color:${theme.text}">${renderInline(item)}</li>`,
  );
  return `<${tag} style="margin:0 0 14px;padding-left:22px">${lis.join('')}</${tag}>`;
}

function renderQuote(block: string[]): string {
  const text = block.map((line) => line.replace(/^\s*>\s?/, '')).join(' ');
  return `<blockquote class="gb-rule" style="margin:0 0 14px;padding:4px 0 4px 14px;border-left:3px solid ${theme.rule}"><p class="gb-muted" style="margin:0;font-size:15px;line-height:1.55;color:${theme.muted}">${renderInline(text)}</p></blockquote>`;
}

function renderTable(block: string[]): string {
  const rows = block
    .filter((line) => !/^\s*\|?\s*:?-{2,}/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.trim()),
    );
  const cell = (text: string, header: boolean, index: number) =>
    `<td class="gb-text gb-rule" style="padding:6px 8px;border-bottom:1px solid ${theme.rule};font-size:14px;color:${theme.text};text-align:${index === 0 ? 'left' : 'right'};${header ? 'font-weight:700;' : ''}">${renderInline(text)}</td>`;
  const trs = rows.map((row, r) => `<tr>${row.map((text, c) => cell(text, r === 0, c)).join('')}</tr>`);
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;margin:0 0 16px">${trs.join('')}</table>`;
}

/** Inline Markdown on one line of text: escaped first, then code, links, bold, emphasis. */
export function renderInline(text: string): string {
  const codes: string[] = [];
  let html = escapeHtml(text).replace(/`([^`]+)`/g, (_m, code: string) => {
    codes.push(`<code style="font-family:Menlo,Consolas,monospace;font-size:14px">${code}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  html = html.replace(
    /\[([^\]\n]{1,500})\]\(((?:[^()\s]|\([^()\s]{0,256}\)){1,2048})\)/g,
    (_m, label: string, href: string) => {
      const url = href.replace(/&amp;/g, '&');
      if (!isSafeHref(url, { allowMailto: true })) return label;
      codes.push(`<a class="gb-link" href="${escapeHtml(url)}" style="color:${theme.link};text-decoration:underline">`);
      return `\u0000${codes.length - 1}\u0000${label}</a>`;
    },
  );
  html = html
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/__([^_]+)__/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
  return html.replace(/\u0000(\d+)\u0000/g, (_m, index: string) => codes[Number(index)]!);
}
