import * as z from 'zod';

/** Every error code the HTTP API can answer with, as `{ error: { code, message } }`. */
export const errorCodeSchema = z.enum([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'TOO_MANY_REQUESTS',
  'MISCONFIGURED',
  'UPSTREAM_FAILED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

const statusByCode: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  MISCONFIGURED: 500,
  UPSTREAM_FAILED: 502,
  INTERNAL: 500,
};

/** Base of every typed error: a code from the enum, an HTTP status derived from it, and the cause. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.status = statusByCode[code];
  }
}

/** Invalid input (query, params, body). `issues` is the zod issue list when the input came through a schema. */
export class BadRequestError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('BAD_REQUEST', message, options);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'missing or invalid bearer token', options?: { cause?: unknown }) {
    super('UNAUTHORIZED', message, options);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('FORBIDDEN', message, options);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('NOT_FOUND', message, options);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('CONFLICT', message, options);
  }
}

/** A request body over the route's cap (413). */
export class PayloadTooLargeError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('PAYLOAD_TOO_LARGE', message, options);
  }
}

/** A binding, var or secret the Worker needs is missing or malformed; the message names it. */
export class ConfigError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MISCONFIGURED', message, options);
  }
}

/** An upstream (LLM, exchange, feed) failed in a way the request cannot recover from. */
export class UpstreamError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UPSTREAM_FAILED', message, options);
  }
}

/** Formats zod issues as one line: `limit: Too big: expected number to be <=100; style: Invalid option`. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}
