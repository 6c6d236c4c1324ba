/**
 * Typed errors of the LLM writer, mapped from the openai SDK's error classes by type (never by message).
 * Auth and request errors are configuration problems and are thrown; transient failures (timeouts, a body
 * past the cap, 429/5xx after the SDK's retries, connection errors, the run budget) become LlmCallError,
 * which the writer turns into a needs_review result with the fallback.
 */
import OpenAI from 'openai';
import {
  findCause,
  RunBudgetExceededError,
  UpstreamTimeoutError,
  UpstreamTooLargeError,
} from '../lib/upstream-errors.ts';

/** 401/403: the key is missing, wrong or lacks access to the model. */
export class LlmAuthError extends Error {
  constructor(
    readonly status: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmAuthError';
  }
}

/** Other 4xx (bad parameter, unknown model): the request itself is wrong; retrying will not help. */
export class LlmRequestError extends Error {
  constructor(
    readonly status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmRequestError';
  }
}

export type TransientKind = 'timeout' | 'rate-limited' | 'server-error' | 'network' | 'too-large' | 'run-budget';

/** A call that failed for a passing reason (after the SDK's retries); `kind` goes into writer.note. */
export class LlmCallError extends Error {
  constructor(
    readonly kind: TransientKind,
    options: { cause: unknown },
  ) {
    super(`LLM call failed (${kind})`, options);
    this.name = 'LlmCallError';
  }
}

/**
 * A failure worth degrading gracefully on, with its kind; throws config problems. `signal` is the caller's
 * own (the run budget): a call it aborted is `run-budget`, not a request error.
 */
export function classifyLlmError(error: unknown, baseURL: string, signal?: AbortSignal): TransientKind {
  if (signal?.aborted || findCause(error, RunBudgetExceededError)) return 'run-budget';
  if (findCause(error, UpstreamTooLargeError)) return 'too-large';
  if (error instanceof OpenAI.APIConnectionTimeoutError || findCause(error, UpstreamTimeoutError)) return 'timeout';
  if (error instanceof OpenAI.APIConnectionError) return 'network';
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    throw new LlmAuthError(
      error.status,
      `LLM API at ${baseURL} rejected the credentials (${error.status}): check OPENAI_API_KEY and the model's access`,
      { cause: error },
    );
  }
  if (error instanceof OpenAI.RateLimitError) return 'rate-limited';
  if (error instanceof OpenAI.InternalServerError) return 'server-error';
  if (error instanceof OpenAI.APIError) {
    throw new LlmRequestError(
      error.status,
      `LLM API at ${baseURL} refused the request (${error.status ?? 'no status'}): ${error.message}`,
      { cause: error },
    );
  }
  throw error;
}
