/**
 * Text cleaning for feed fields (pure). The XML parser has already decoded one level of entities; feed
 * titles and descriptions are HTML by convention, so here tags are stripped, then HTML entities are
 * decoded ONCE more (`&amp;#039;` in the XML -> `&#039;` -> `'`; a triple escape keeps a visible
 * `&#039;`: no decoding to a fixpoint), then whitespace is folded to single spaces.
 */
export function cleanText(value: unknown): string {
  return foldWhitespace(decodeEntities(stripTags(toText(value))));
}

/** A feed field as text: strings as is, xml2js `{_: text}` objects unwrapped, anything else empty. */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return toText(value[0]);
  if (value && typeof value === 'object' && '_' in value) return toText((value as { _: unknown })._);
  return '';
}

/** Removes comments, script/style bodies and tags; block-level tags become spaces. */
export function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ');
}

export function foldWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(
    ' ',
  );

const NAMED: Record<string, number> = {
  amp: 38,
  lt: 60,
  gt: 62,
  quot: 34,
  apos: 39,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  hellip: 0x2026,
  bull: 0x2022,
  trade: 0x2122,
  euro: 0x20ac,
  dagger: 0x2020,
  Dagger: 0x2021,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  thinsp: 0x2009,
  ensp: 0x2002,
  emsp: 0x2003,
  zwnj: 0x200c,
  zwj: 0x200d,
  minus: 0x2212,
  permil: 0x2030,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  circ: 0x2c6,
  tilde: 0x2dc,
  larr: 0x2190,
  rarr: 0x2192,
  uarr: 0x2191,
  darr: 0x2193,
  ...Object.fromEntries(LATIN1_NAMES.map((name, i) => [name, 160 + i])),
};

/** Decodes numeric (`&#39;`, `&#x27;`) and common named HTML entities once; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, body: string) => {
    let code: number | undefined;
    if (body[0] === '#')
      code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    else code = NAMED[body];
    if (code === undefined || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}

/** Shortens to at most `maxChars` characters at a word boundary, adding `…` when cut. */
export function shortenText(text: string, maxChars = 280): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
