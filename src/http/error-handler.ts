import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, type ErrorCode } from '../errors.ts';
import type { AppEnv } from './app-env.ts';

/** The one error body of the API. */
export type ErrorBody = { error: { code: ErrorCode; message: string; requestId?: string } };

const codeByStatus: Partial<Record<number, ErrorCode>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
};

/** app.onError: typed errors keep their code and message; anything else is a 500 INTERNAL without internals. */
export function handleError(error: Error, c: Context<AppEnv>): Response {
  const requestId = c.get('requestId');
  if (error instanceof AppError) {
    if (error.status >= 500) console.error(`[${requestId}] ${error.code}: ${error.message}`, error.cause ?? '');
    return c.json<ErrorBody>(
      { error: { code: error.code, message: error.message, requestId } },
      error.status as ContentfulStatusCode,
    );
  }
  if (error instanceof HTTPException) {
    const code = codeByStatus[error.status] ?? (error.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST');
    return c.json<ErrorBody>({ error: { code, message: error.message || code, requestId } }, error.status);
  }
  console.error(`[${requestId}] unhandled`, error);
  return c.json<ErrorBody>({ error: { code: 'INTERNAL', message: 'internal error', requestId } }, 500);
}

/** app.notFound: unknown paths answer like unknown ids. */
export function handleNotFound(c: Context<AppEnv>): Response {
  return c.json<ErrorBody>(
    { error: { code: 'NOT_FOUND', message: `no route for ${c.req.method} ${new URL(c.req.url).pathname}` } },
    404,
  );
}
