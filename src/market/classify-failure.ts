import type { FailureReason } from '../domain/source-status.ts';
import {
  RunBudgetExceededError,
  UpstreamNetworkError,
  UpstreamTimeoutError,
  UpstreamTooLargeError,
} from '../lib/upstream-errors.ts';
import { isInvalidSymbolError } from './binance-errors.ts';
import { ExchangeHttpError, UpstreamShapeError } from './exchange-http-error.ts';

/** Named ccxt error classes, checked along the prototype chain (ccxt errors are plain subclasses). */
function ccxtErrorNames(error: unknown): string[] {
  const names: string[] = [];
  for (
    let proto = error && typeof error === 'object' ? Object.getPrototypeOf(error) : null;
    proto;
    proto = Object.getPrototypeOf(proto)
  )
    if (typeof proto.constructor?.name === 'string') names.push(proto.constructor.name);
  return names;
}

/**
 * Maps a failed upstream call to a failure reason. The HTTP status seen on the wire wins (429/418 ->
 * rate-limited, 451 -> geo-blocked, other >= 400 -> http-status; Binance's 400 -1121 "Invalid symbol" ->
 * missing-symbol); otherwise the error's type decides.
 */
export function classifyFailure(error: unknown, httpStatus?: number): FailureReason {
  if (isInvalidSymbolError(error)) return 'missing-symbol';
  const status = error instanceof ExchangeHttpError ? error.status : httpStatus;
  if (status === 451) return 'geo-blocked';
  if (status === 429 || status === 418) return 'rate-limited';
  if (status !== undefined && status >= 400) return 'http-status';
  if (error instanceof UpstreamTimeoutError || error instanceof RunBudgetExceededError) return 'timeout';
  if (error instanceof UpstreamTooLargeError) return 'too-large';
  const names = ccxtErrorNames(error);
  if (
    names.includes('RequestTimeout') ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  )
    return 'timeout';
  if (names.includes('RateLimitExceeded') || names.includes('DDoSProtection')) return 'rate-limited';
  if (names.includes('BadSymbol')) return 'missing-symbol';
  if (names.includes('NetworkError') || error instanceof UpstreamNetworkError) return 'network';
  // A bare TypeError was thrown while reading an answer (ccxt meeting an HTML page or a string where it expects an
  // object), not by the network: the bounded fetch wraps network failures in UpstreamNetworkError.
  if (
    error instanceof UpstreamShapeError ||
    error instanceof SyntaxError ||
    error instanceof TypeError ||
    names.includes('BadResponse')
  )
    return 'parse-error';
  return 'invalid-data';
}
