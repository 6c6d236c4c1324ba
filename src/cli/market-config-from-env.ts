import * as z from 'zod';
import { marketConfigSchema, type MarketConfig } from '../market/market-config.ts';
import { CliError } from './cli-error.ts';

/**
 * Market settings from the environment (all optional):
 * GROUNDBRIEF_BINANCE_URL / GROUNDBRIEF_OKX_URL / GROUNDBRIEF_BYBIT_URL (venue base URL: scheme+host, paths kept),
 * GROUNDBRIEF_COINGECKO_URL (default https://api.coingecko.com/api/v3), COINGECKO_API_KEY,
 * COINGECKO_API_KEY_HEADER (default x-cg-demo-api-key), GROUNDBRIEF_VENUES (e.g. `okx,bybit`),
 * GROUNDBRIEF_TIMEOUT_MS, GROUNDBRIEF_MAX_AGE_MINUTES (staleness limit for tickers/OI, default 60). Invalid values are a CliError naming the variable.
 */
export function marketConfigFromEnv(env: Record<string, string | undefined>): MarketConfig {
  const baseUrls = Object.fromEntries(
    (['binance', 'okx', 'bybit'] as const)
      .map((venue) => [venue, env[`GROUNDBRIEF_${venue.toUpperCase()}_URL`]] as const)
      .filter(([, url]) => url),
  );
  const input = {
    baseUrls,
    coingecko: {
      ...(env.GROUNDBRIEF_COINGECKO_URL ? { baseUrl: env.GROUNDBRIEF_COINGECKO_URL } : {}),
      ...(env.COINGECKO_API_KEY ? { apiKey: env.COINGECKO_API_KEY } : {}),
      ...(env.COINGECKO_API_KEY_HEADER ? { apiKeyHeader: env.COINGECKO_API_KEY_HEADER } : {}),
    },
    ...(env.GROUNDBRIEF_VENUES ? { venues: env.GROUNDBRIEF_VENUES.split(',').map((v) => v.trim()) } : {}),
    ...(env.GROUNDBRIEF_TIMEOUT_MS ? { timeoutMs: Number(env.GROUNDBRIEF_TIMEOUT_MS) } : {}),
    ...(env.GROUNDBRIEF_MAX_AGE_MINUTES ? { maxAgeMinutes: Number(env.GROUNDBRIEF_MAX_AGE_MINUTES) } : {}),
  };
  const parsed = marketConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(
      `invalid market configuration from environment (${issue.path.join('.')}): ${z.prettifyError(parsed.error).split('\n')[0]}`,
    );
  }
  return parsed.data;
}
