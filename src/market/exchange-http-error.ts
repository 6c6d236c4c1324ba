/**
 * An upstream answered with a non-2xx status. The message reads like
 * `[GET] https://x/y: 451 Unavailable For Legal Reasons {"code":0,"msg":"..."}` (body cut at 120 chars);
 * `body` keeps the first 2,000 characters for callers that read the venue's own error code.
 */
export class ExchangeHttpError extends Error {
  readonly body: string;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    statusText: string,
    options?: { cause?: unknown; body?: string },
  ) {
    const body = options?.body?.replace(/\s+/g, ' ').trim().slice(0, 120);
    super(`[${method}] ${url}: ${status} ${statusText}${body ? ` ${body}` : ''}`.replace(/\s+$/, ''), options);
    this.name = 'ExchangeHttpError';
    this.body = options?.body?.slice(0, 2000) ?? '';
  }
}

/** An upstream answered 2xx with a body that does not have the documented shape. */
export class UpstreamShapeError extends Error {
  constructor(
    readonly url: string,
    options: { cause: unknown },
  ) {
    super(`[GET] ${url}: unexpected response shape`, options);
    this.name = 'UpstreamShapeError';
  }
}
