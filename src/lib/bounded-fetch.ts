// A fetch wrapper for every outbound call: one deadline over headers AND body, and a byte cap on the body.
import { UpstreamNetworkError, UpstreamTimeoutError, UpstreamTooLargeError } from './upstream-errors.ts';

export type BoundedFetchOptions = {
  fetch: typeof globalThis.fetch;
  /** Deadline per request, milliseconds, from the call until the last body byte. */
  timeoutMs: number;
  /** Body cap in bytes (after content decoding). */
  maxBytes: number;
  /** An outer signal (the run budget): aborting it aborts every request in flight with its reason. */
  signal?: AbortSignal;
};

/** `GET https://host/path` (no query string: keys and long symbol lists stay out of messages). */
function describe(resource: RequestInfo | URL, init?: RequestInit): string {
  const url = typeof resource === 'string' ? resource : resource instanceof URL ? resource.href : resource.url;
  const method = init?.method ?? (typeof resource === 'object' && 'method' in resource ? resource.method : 'GET');
  return `[${method}] ${url.split('?')[0]}`;
}

/** Rejects with the signal's reason once it aborts (never resolves). */
function whenAborted(signal: AbortSignal): Promise<never> {
  const promise = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  promise.catch(() => {});
  return promise;
}

/** Reads the whole body, counting bytes; stops at the cap or when `signal` aborts (even if the stream ignores it). */
async function readCapped(
  body: ReadableStream<Uint8Array>,
  input: { maxBytes: number; signal: AbortSignal; upstream: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const aborted = whenAborted(input.signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      total += value.byteLength;
      if (total > input.maxBytes) throw new UpstreamTooLargeError(input.upstream, input.maxBytes);
      chunks.push(value);
    }
  } catch (error) {
    // Not awaited: cancelling some mocked or dripping streams never settles.
    reader.cancel().catch(() => {});
    throw error;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * A fetch whose answers arrive whole (the body is read and buffered before it resolves), so SDKs that
 * read the body later (ccxt, openai) are covered by the same deadline. Rejects with UpstreamTimeoutError
 * when headers plus body take longer than `timeoutMs`, UpstreamTooLargeError past `maxBytes`, UpstreamNetworkError
 * when no answer came (the platform's TypeError as its cause), the outer
 * signal's reason when it aborts (e.g. RunBudgetExceededError), or the caller's own signal's reason.
 */
export function boundedFetch(options: BoundedFetchOptions): typeof globalThis.fetch {
  const { timeoutMs, maxBytes } = options;
  return async (resource, init) => {
    const upstream = describe(resource, init);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new UpstreamTimeoutError(upstream, timeoutMs)), timeoutMs);
    const outer = [options.signal, init?.signal ?? undefined].filter((signal) => signal !== undefined);
    const forward = (signal: AbortSignal) => () => controller.abort(signal.reason);
    const listeners = outer.map((signal) => {
      const listener = forward(signal);
      if (signal.aborted) listener();
      else signal.addEventListener('abort', listener, { once: true });
      return { signal, listener };
    });
    try {
      const response = await Promise.race([
        options.fetch(resource, { ...init, signal: controller.signal }),
        whenAborted(controller.signal),
      ]);
      const declared = Number(response.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.body?.cancel().catch(() => {});
        throw new UpstreamTooLargeError(upstream, maxBytes);
      }
      const bytes = response.body
        ? await readCapped(response.body, { maxBytes, signal: controller.signal, upstream })
        : new Uint8Array(0);
      const empty = bytes.byteLength === 0 || [204, 205, 304].includes(response.status);
      return new Response(empty ? null : bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof UpstreamTooLargeError)) throw controller.signal.reason;
      if (error instanceof TypeError) throw new UpstreamNetworkError(upstream, { cause: error });
      throw error;
    } finally {
      clearTimeout(timer);
      for (const { signal, listener } of listeners) signal.removeEventListener('abort', listener);
    }
  };
}
