/**
 * A brief's Markdown starts with `# title`. The editor edits title and body apart; these two functions
 * split and join them (pure). A body that starts with its own `# ` line keeps it (the title field wins).
 */
export function splitBriefMarkdown(markdown: string): { title: string | null; body: string } {
  const match = /^#[ \t]+(.*)\r?\n?/.exec(markdown);
  if (!match) return { title: null, body: markdown };
  return { title: match[1]!.trim(), body: markdown.slice(match[0].length).replace(/^(\r?\n)+/, '') };
}

/** `# title` + blank line + body (trailing whitespace of the body trimmed, one final newline; CRLF -> LF). */
export function joinBriefMarkdown(title: string, body: string): string {
  const cleanTitle = title.replace(/[\r\n]+/g, ' ').trim();
  const cleanBody = splitBriefMarkdown(body.replace(/\r\n/g, '\n')).body.replace(/\s+$/, '');
  return `# ${cleanTitle}\n\n${cleanBody}\n`;
}
