// Binance REST error bodies (`{"code":-1121,"msg":"Invalid symbol."}`): the venue codes the adapter acts on.
import { ExchangeHttpError } from './exchange-http-error.ts';

/** Binance's "Invalid symbol." A batched `symbols=[...]` request fails whole when one symbol is not listed. */
export const BINANCE_INVALID_SYMBOL = -1121;

/** The numeric `code` of a Binance error body, if the error is an HTTP error carrying one. */
export function readBinanceErrorCode(error: unknown): number | undefined {
  if (!(error instanceof ExchangeHttpError) || !error.body.trimStart().startsWith('{')) return undefined;
  try {
    const code = (JSON.parse(error.body) as { code?: unknown }).code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** True for HTTP 400 with Binance code -1121 (the symbol, or one symbol of a batch, is not listed). */
export function isInvalidSymbolError(error: unknown): boolean {
  return (
    error instanceof ExchangeHttpError && error.status === 400 && readBinanceErrorCode(error) === BINANCE_INVALID_SYMBOL
  );
}
