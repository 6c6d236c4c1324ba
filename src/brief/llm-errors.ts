/**
 * Typed errors of the LLM writer, mapped from the openai SDK's error classes by type (never by message).
 * Auth and request errors are configuration problems and are thrown; transient failures (timeouts,
 * 429/5xx after the SDK's retries, connection errors) become a needs_review result with the fallback.
 */
import OpenAI from 'openai';

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

export type TransientKind = 'timeout' | 'rate-limited' | 'server-error' | 'network';

/** A failure worth degrading gracefully on, with its kind for writer.note; throws config problems. */
export function classifyLlmError(error: unknown, baseURL: string): TransientKind {
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'timeout';
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
