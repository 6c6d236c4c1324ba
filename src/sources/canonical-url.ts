/**
 * Canonical form of an article link (pure): resolved against `base`, http(s) only, host lower-cased,
 * default port and fragment dropped, tracking parameters removed (utm_*, click ids, newsletter and
 * referral tags; see TRACKING), other parameters kept in their order. Returns null for unusable links.
 */
export function canonicalizeUrl(link: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const key of [...url.searchParams.keys()]) if (isTrackingParam(key)) url.searchParams.delete(key);
  if ([...url.searchParams.keys()].length === 0) url.search = '';
  return url.toString();
}

const TRACKING = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ncid',
  'ocid',
  'sr_share',
  'spm',
  's_cid',
  'cid_source',
  'wt_mc',
  'wt.mc_id',
  'wt.tsrc',
  '__twitter_impression',
  'guccounter',
  'soc_src',
  'soc_trk',
  'rss',
  'feed_id',
  'taid',
]);

/** True for `utm_*`, `pk_*`/`mtm_*` (Matomo), `at_*` (Adobe) and the names in TRACKING (case-insensitive). */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING.has(lower) || /^(utm_|pk_|mtm_|at_|hsa_|oly_)/.test(lower);
}
