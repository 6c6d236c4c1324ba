import { parseMarkdown, parseMarkdownInline, type Token } from '../brief/parse-markdown.ts';

/** Inline tokens -> text: emphasis markers dropped, code kept literal, links as `label (url)`. */
function renderInlineTokens(tokens: readonly Token[]): string {
  let out = '';
  const links: { href: string; start: number }[] = [];
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') out += token.content;
    else if (token.type === 'softbreak') out += '\n';
    else if (token.type === 'hardbreak') out += '\n';
    else if (token.type === 'link_open') links.push({ href: token.attrGet('href') ?? '', start: out.length });
    else if (token.type === 'link_close') {
      const link = links.pop();
      if (link && out.slice(link.start) !== link.href) out += ` (${link.href})`;
    }
  }
  return out;
}

/** Pads table cells to their column's width: first column left, the others (figures) right. */
function renderTable(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  return header ? [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)] : [];
}

/**
 * Markdown -> plain text for the text/plain part (pure), from the one parser's tokens: headings underlined
 * (`=` for levels 1-2, `-` below), list items as `- ` / `1. `, quotes as `> `, tables as aligned columns,
 * links as `label (url)`, emphasis markers dropped. The writer's line breaks are kept; lines are not wrapped.
 */
export function renderMarkdownText(markdown: string): string {
  const blocks: Block[] = [];
  const lists: { ordered: boolean; next: number; id: number }[] = [];
  let quote = 0;
  let rows: string[][] | undefined;
  let pendingItem = '';
  const prefix = () => '> '.repeat(quote);
  let listCount = 0;
  const push = (text: string, list?: number) =>
    blocks.push({
      text: text
        .split('\n')
        .map((line) => `${prefix()}${line}`.trimEnd())
        .join('\n'),
      list,
    });
  let heading: string | undefined;
  for (const token of parseMarkdown(markdown)) {
    switch (token.type) {
      case 'heading_open':
        heading = token.tag;
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({
          ordered: token.type === 'ordered_list_open',
          next: Number(token.attrGet('start') ?? 1),
          id: lists[0]?.id ?? ++listCount, // nested lists belong to their outermost list
        });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1]!;
        pendingItem = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.next++}. ` : '- '}`;
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'table_open':
        rows = [];
        break;
      case 'tr_open':
        rows?.push([]);
        break;
      case 'table_close':
        if (rows) push(renderTable(rows).join('\n'));
        rows = undefined;
        break;
      case 'hr':
        push('-'.repeat(40));
        break;
      case 'code_block':
      case 'fence':
        push(token.content.replace(/\n$/, '').replace(/^/gm, '    '));
        break;
      case 'inline': {
        const content = renderInlineTokens(token.children ?? []);
        if (rows) rows[rows.length - 1]?.push(content);
        else if (heading) {
          const underline = (heading === 'h1' || heading === 'h2' ? '=' : '-').repeat(Math.min(content.length, 72));
          push(`${content}\n${underline}`);
          heading = undefined;
        } else if (pendingItem) {
          const indent = ' '.repeat(pendingItem.length);
          push(pendingItem + content.replace(/\n/g, `\n${indent}`), lists[lists.length - 1]?.id);
          pendingItem = '';
        } else push(content);
        break;
      }
    }
  }
  return joinBlocks(blocks);
}

/** One rendered block; `list` ties the items of one list together. */
type Block = { text: string; list: number | undefined };

/** Blocks apart by one blank line, except items of the same list, which stay on consecutive lines. */
function joinBlocks(blocks: Block[]): string {
  let out = '';
  for (const [index, block] of blocks.entries()) {
    const tight = index > 0 && block.list !== undefined && block.list === blocks[index - 1]!.list;
    out += index === 0 ? block.text : `${tight ? '\n' : '\n\n'}${block.text}`;
  }
  return out.trim();
}

/** Inline Markdown -> text: `[label](url)` -> `label (url)`, `**b**`/`*e*`/`` `c` `` markers dropped. */
export function renderInlineText(line: string): string {
  return renderInlineTokens(parseMarkdownInline(line));
}
