/** HTML helpers shared by every renderer (pages, review desk, email, feeds, the checker's highlight view). */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the five HTML-significant characters: safe in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/**
 * Whether a URL may be rendered as a link: absolute http(s) only, plus `mailto:` when `allowMailto`
 * (email footers). Anything else (`javascript:`, `data:`, relative, unparsable) is refused.
 */
export function isSafeHref(url: string, options: { allowMailto?: boolean } = {}): boolean {
  let protocol: string;
  try {
    protocol = new URL(url.trim()).protocol;
  } catch {
    return false;
  }
  return protocol === 'https:' || protocol === 'http:' || (options.allowMailto === true && protocol === 'mailto:');
}
