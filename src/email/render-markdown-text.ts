/**
 * Markdown -> plain text for the text/plain part (pure): emphasis markers removed, links written as
 * `label (url)`, headings underlined, list bullets kept, table pipes kept. Lines are not wrapped.
 */
export function renderMarkdownText(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,4})\s+(.*)$/.exec(raw);
    if (heading) {
      const text = renderInlineText(heading[2]!);
      if (out.length && out[out.length - 1] !== '') out.push('');
      out.push(text, (heading[1]!.length <= 2 ? '=' : '-').repeat(Math.min(text.length, 72)));
      continue;
    }
    if (/^\s*\|?\s*:?-{2,}.*\|/.test(raw)) continue;
    if (/^\s*(-{3,}|\*{3,})\s*$/.test(raw)) {
      out.push('-'.repeat(40));
      continue;
    }
    out.push(renderInlineText(raw.replace(/^(\s*)[*+]\s+/, '$1- ')));
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Inline Markdown -> text: `[label](url)` -> `label (url)`, `**b**`/`*e*`/`` `c` `` markers dropped. */
export function renderInlineText(text: string): string {
  return text
    .replace(/\[([^\]\n]{1,500})\]\(((?:[^()\s]|\([^()\s]{0,256}\)){1,2048})\)/g, (_m, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}
