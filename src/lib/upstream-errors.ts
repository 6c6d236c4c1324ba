/**
 * Typed errors of the bounded fetch (see bounded-fetch.ts): a response that did not arrive whole in time,
 * one larger than its cap, and a run whose overall budget ran out. Callers classify them by type.
 */

/** Headers and body of one request did not arrive within `timeoutMs` (a slow drip counts). */
export class UpstreamTimeoutError extends Error {
  constructor(
    readonly upstream: string,
    readonly timeoutMs: number,
  ) {
    super(`${upstream}: no complete response within ${timeoutMs} ms`);
    this.name = 'UpstreamTimeoutError';
  }
}

/** The body passed `maxBytes` (declared in Content-Length or counted while reading); reading stopped there. */
export class UpstreamTooLargeError extends Error {
  constructor(
    readonly upstream: string,
    readonly maxBytes: number,
  ) {
    super(`${upstream}: response larger than the cap of ${maxBytes} bytes`);
    this.name = 'UpstreamTooLargeError';
  }
}

/**
 * The request never got an answer: connection refused or reset, DNS, TLS (the platform fetch's TypeError, kept as
 * `cause`). A TypeError that is not wrapped in this came from reading an answer, not from the network.
 */
export class UpstreamNetworkError extends Error {
  constructor(
    readonly upstream: string,
    options: { cause: unknown },
  ) {
    const cause = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(`${upstream}: network error (${cause})`, options);
    this.name = 'UpstreamNetworkError';
  }
}

/** The run's overall budget ran out: what was still in flight (or not yet asked) was cut. */
export class RunBudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`run budget of ${budgetMs} ms reached: request cut`);
    this.name = 'RunBudgetExceededError';
  }
}

/** Walks `error` and its `cause` chain for the first instance of `type`. */
export function findCause<T extends Error>(error: unknown, type: abstract new (...args: never[]) => T): T | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (current instanceof type) return current;
    current = current instanceof Error ? current.cause : undefined;
  }
  return undefined;
}
