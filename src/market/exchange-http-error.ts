/** An upstream answered with a non-2xx status; `detail` reads like `[GET] https://x/y: 500 Internal Server Error`. */
export class ExchangeHttpError extends Error {
  constructor(readonly method: string, readonly url: string, readonly status: number, statusText: string, options?: { cause?: unknown }) {
    super(`[${method}] ${url}: ${status} ${statusText}`.trim(), options);
    this.name = 'ExchangeHttpError';
  }
}
