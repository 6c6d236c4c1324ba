import type { FailureReason } from '../domain/source-status.ts';

/**
 * A source that could not be read, with a closed `reason` callers branch on (never the message).
 * `message` is one line a person can act on, e.g. `[GET] https://x/feed: 500 Internal Server Error`.
 */
export class SourceError extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SourceError';
  }
}
