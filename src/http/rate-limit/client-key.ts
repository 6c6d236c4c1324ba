/**
 * The rate-limit key of a request's client: Cloudflare's `CF-Connecting-IP` (set by the edge, not spoofable
 * through it; `X-Forwarded-For` is never read). An IPv6 address counts as its /64 (one subscriber line holds a
 * whole /64). No header (local dev, tests without one) -> `unknown`: all such requests share one counter.
 */
export function readClientKey(headers: Headers): string {
  const ip = headers.get('cf-connecting-ip')?.trim().toLowerCase() ?? '';
  if (!ip) return 'unknown';
  if (!ip.includes(':')) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address (`::` expanded, leading zeros dropped); junk comes back as given. */
function expandIpv6(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array.from({ length: Math.max(0, missing) }, () => '0'), ...right].map(
    (group) => group.replace(/^0+(?=.)/, '') || '0',
  );
}
