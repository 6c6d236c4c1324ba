import type { SourceConfig } from '../config/sources.ts';
import type { RecordedExchange, Recording } from '../domain/recording.ts';

/** Extension of a stored body, from its content type. */
function extensionOf(contentType: string | null): string {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('html')) return 'html';
  if (type.includes('xml') || type.includes('rss') || type.includes('atom')) return 'xml';
  return 'txt';
}

/** Readable file stem: host, path and the instrument parameter when there is one. */
const slug = (url: URL) => {
  const instrument = url.searchParams.get('symbol') ?? url.searchParams.get('instId') ?? '';
  const stem = (url.hostname + url.pathname)
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return instrument ? `${stem}-${instrument.replace(/[^a-zA-Z0-9]+/g, '-')}` : stem;
};

const DROPPED_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'set-cookie']);

export type FetchRecorder = {
  /** Use this fetch for the run: it forwards to the real one and keeps a copy of every exchange. */
  fetch: typeof globalThis.fetch;
  /** Number of requests sent so far (failed network attempts included). */
  readonly requestCount: number;
  /** The recording so far, with bodies keyed by `bodyFile` (paths under `bodies/`). */
  toRecording(meta: { asOf: string; editionDate: string; sources?: readonly SourceConfig[] }): {
    recording: Recording;
    bodies: Map<string, string>;
  };
};

/**
 * Wraps `fetch` so every request, its status, headers and body text, and the time it arrived are kept
 * (bodies are read as UTF-8 text). `sourceOf(url)` names the adapter that asked (`binance`, `feed:coindesk`);
 * `clock` stamps `receivedAt`. Network errors are passed through and not recorded (there is no response).
 */
export function recordFetch(input: {
  fetch: typeof globalThis.fetch;
  sourceOf: (url: string) => string;
  clock: () => Date;
}): FetchRecorder {
  const entries: RecordedExchange[] = [];
  const bodies = new Map<string, string>();
  let requestCount = 0;
  const fetch: typeof globalThis.fetch = async (resource, init) => {
    const request = new Request(resource, init);
    requestCount++;
    const response = await input.fetch(request);
    const text = await response.text();
    const url = new URL(request.url);
    const source = input.sourceOf(request.url);
    const bodyFile = `bodies/${String(entries.length + 1).padStart(3, '0')}-${slug(url)}.${extensionOf(response.headers.get('content-type'))}`;
    const headers: Record<string, string> = {};
    // The body is stored decoded; length/encoding headers would lie about it, cookies do not belong in fixtures.
    response.headers.forEach((value, key) => {
      if (!DROPPED_HEADERS.has(key)) headers[key] = value;
    });
    entries.push({
      source,
      request: { method: request.method, url: request.url },
      response: { status: response.status, headers, bodyFile },
      receivedAt: input.clock().toISOString(),
    });
    bodies.set(bodyFile, text);
    const nullBody = response.status === 204 || response.status === 304;
    return new Response(nullBody ? null : text, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return {
    fetch,
    get requestCount() {
      return requestCount;
    },
    toRecording: (meta) => ({
      recording: {
        version: 1,
        asOf: meta.asOf,
        editionDate: meta.editionDate,
        entries: [...entries],
        ...(meta.sources ? { sources: [...meta.sources] } : {}),
      },
      bodies: new Map(bodies),
    }),
  };
}
