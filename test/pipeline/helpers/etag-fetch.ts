// Test double (pure, runs in Node and workerd): wraps a replay fetch so the given URLs answer like a
// server with conditional GET: every 200 carries an ETag, a request naming it gets a bodiless 304.

export type EtagLog = { url: string; ifNoneMatch: string | null; status: number }[];

/** `etag(url)` is the resource's current ETag; `log` records every request to one of `urls`. */
export function withEtags(
  inner: typeof fetch,
  urls: Iterable<string>,
  etag: (url: string) => string,
  log: EtagLog,
): typeof fetch {
  const conditional = new Set(urls);
  return async (resource, init) => {
    const request = new Request(resource, init);
    if (!conditional.has(request.url)) return inner(resource, init);
    const ifNoneMatch = request.headers.get('if-none-match');
    if (ifNoneMatch === etag(request.url)) {
      log.push({ url: request.url, ifNoneMatch, status: 304 });
      return new Response(null, { status: 304, headers: { etag: etag(request.url) } });
    }
    const response = await inner(resource, init);
    log.push({ url: request.url, ifNoneMatch, status: response.status });
    const headers = new Headers(response.headers);
    headers.set('etag', etag(request.url));
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
