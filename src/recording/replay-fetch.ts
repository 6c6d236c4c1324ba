import type { Recording } from '../domain/recording.ts';

/** `METHOD url` with the query parameters sorted, so parameter order never breaks a match. */
export function buildRequestKey(method: string, url: string): string {
  const parsed = new URL(url);
  const params = [...parsed.searchParams.entries()].sort(([a, x], [b, y]) =>
    a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1,
  );
  const query = params.length ? `?${new URLSearchParams(params)}` : '';
  return `${method.toUpperCase()} ${parsed.origin}${parsed.pathname}${query}`;
}

const withoutOrigin = (key: string) => key.replace(/^(\S+) [a-z]+:\/\/[^/]+/, '$1 ');

/**
 * A fetch that answers from a recording: the request's method + URL (query sorted) selects the entry
 * (falling back to method + path + query when only the origin differs);
 * a repeated request gets the next recorded answer for that key, then the last one again. A request the
 * recording does not hold gets a 404 whose body names it, so the asking adapter reports a clear failure.
 * Pure of I/O: `bodies` maps each entry's `bodyFile` to its text (read from disk or bundled).
 */
export function buildReplayFetch(recording: Recording, bodies: Map<string, string>): typeof globalThis.fetch {
  const { byKey, byPath } = indexOf(recording);
  const served = new Map<string, number>();
  return async (resource, init) => {
    const request = new Request(resource, init);
    if (request.signal.aborted) throw request.signal.reason ?? new DOMException('aborted', 'AbortError');
    const key = buildRequestKey(request.method, request.url);
    // Exact match first; else the same method + path + query on another origin (a recording made
    // against base URL overrides, replayed with the default hosts or the other way round).
    const entries = byKey.get(key) ?? byPath.get(withoutOrigin(key));
    if (!entries) {
      return new Response(`not in recording: ${key}`, {
        status: 404,
        statusText: 'Not Found (not in recording)',
        headers: { 'content-type': 'text/plain' },
      });
    }
    const index = Math.min(served.get(key) ?? 0, entries.length - 1);
    served.set(key, index + 1);
    const entry = entries[index]!;
    const body = bodies.get(entry.response.bodyFile);
    if (body === undefined) {
      return new Response(`recording body missing: ${entry.response.bodyFile}`, {
        status: 404,
        statusText: 'Not Found (body missing)',
      });
    }
    const nullBody = [101, 204, 205, 304].includes(entry.response.status);
    return new Response(nullBody ? null : body, { status: entry.response.status, headers: entry.response.headers });
  };
}

type RecordingIndex = { byKey: Map<string, Recording['entries']>; byPath: Map<string, Recording['entries']> };

/** The entries by request key and by key without origin; built once per recording object (the Worker replays the
 * bundled fixture day on every offline run). */
const indexes = new WeakMap<Recording, RecordingIndex>();

function indexOf(recording: Recording): RecordingIndex {
  const known = indexes.get(recording);
  if (known) return known;
  const byKey = new Map<string, Recording['entries']>();
  const byPath = new Map<string, Recording['entries']>();
  for (const entry of recording.entries) {
    const key = buildRequestKey(entry.request.method, entry.request.url);
    byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    const path = withoutOrigin(key);
    byPath.set(path, [...(byPath.get(path) ?? []), entry]);
  }
  const index = { byKey, byPath };
  indexes.set(recording, index);
  return index;
}
