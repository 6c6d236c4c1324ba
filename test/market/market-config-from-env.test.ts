import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.ts';
import { marketEnvNames } from '../../src/cli/load-snapshot.ts';
import { marketConfigFromEnv } from '../../src/cli/market-config-from-env.ts';

describe('marketConfigFromEnv', () => {
  it('defaults without variables', () => {
    const config = marketConfigFromEnv({});
    expect(config.venues).toEqual(['binance', 'okx', 'bybit']);
    expect(config.baseUrls).toEqual({});
    expect(config.coingecko).toEqual({
      baseUrl: 'https://api.coingecko.com/api/v3',
      apiKeyHeader: 'x-cg-demo-api-key',
    });
  });

  it('reads base URLs, the CoinGecko key and header, venues, timeout and max age', () => {
    const config = marketConfigFromEnv({
      GROUNDBRIEF_BINANCE_URL: 'https://relay.example/binance',
      GROUNDBRIEF_COINGECKO_URL: 'https://pro-api.coingecko.com/api/v3',
      COINGECKO_API_KEY: 'k',
      COINGECKO_API_KEY_HEADER: 'x-cg-pro-api-key',
      GROUNDBRIEF_VENUES: 'okx, bybit',
      GROUNDBRIEF_TIMEOUT_MS: '2500',
      GROUNDBRIEF_MAX_AGE_MINUTES: '15',
    });
    expect(config).toMatchObject({
      baseUrls: { binance: 'https://relay.example/binance' },
      venues: ['okx', 'bybit'],
      timeoutMs: 2500,
      maxAgeMinutes: 15,
      coingecko: { baseUrl: 'https://pro-api.coingecko.com/api/v3', apiKey: 'k', apiKeyHeader: 'x-cg-pro-api-key' },
    });
  });

  it('bad values are a one-line CliError', () => {
    for (const env of [
      { GROUNDBRIEF_VENUES: 'kraken' },
      { GROUNDBRIEF_BINANCE_URL: 'not a url' },
      { GROUNDBRIEF_TIMEOUT_MS: 'soon' },
    ]) {
      let error: unknown;
      try {
        marketConfigFromEnv(env);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).not.toContain('\n');
    }
  });

  // The CLI's default snapshot skips the replay only while none of these is set: a variable read here but missing from
  // that list would be ignored by `npm start`.
  it('reads exactly the variables listed in marketEnvNames', () => {
    const read = new Set<string>();
    const env = new Proxy({} as Record<string, string | undefined>, {
      get: (_target, name) => {
        if (typeof name === 'string') read.add(name);
        return undefined;
      },
    });
    marketConfigFromEnv(env);
    expect([...read].sort()).toEqual([...marketEnvNames].sort());
  });
});
