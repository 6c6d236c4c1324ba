/**
 * LLM writer configuration from environment variables (pure: the env record is passed in).
 * OPENAI_API_KEY (required), OPENAI_BASE_URL (any OpenAI-compatible server), OPENAI_MODEL,
 * OPENAI_TIMEOUT_MS (per request), LLM_PRICES (JSON price table, see config/prices.ts).
 */
import { parsePrices, type PriceTable } from '../config/prices.ts';

export const defaultModel = 'gpt-4.1-mini';
export const defaultTimeoutMs = 60_000;

export type LlmConfig = { apiKey: string; baseURL?: string; model: string; timeoutMs: number; prices: PriceTable };

/** One line telling a person how to configure the LLM writer. */
export const llmConfigHelp =
  '--writer llm needs OPENAI_API_KEY (and optionally OPENAI_BASE_URL for an OpenAI-compatible server, OPENAI_MODEL, default gpt-4.1-mini, OPENAI_TIMEOUT_MS, default 60000)';

export class LlmConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LlmConfigError';
  }
}

/** The configuration, or an LlmConfigError naming what is missing or malformed. */
export function readLlmConfig(env: Record<string, string | undefined>): LlmConfig {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) throw new LlmConfigError(llmConfigHelp);
  const timeoutMs = env.OPENAI_TIMEOUT_MS ? Number(env.OPENAI_TIMEOUT_MS) : defaultTimeoutMs;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new LlmConfigError(
      `OPENAI_TIMEOUT_MS must be a positive number of milliseconds (got ${env.OPENAI_TIMEOUT_MS})`,
    );
  let prices: PriceTable;
  try {
    prices = parsePrices(env.LLM_PRICES);
  } catch (error) {
    throw new LlmConfigError('LLM_PRICES must be JSON like {"model":{"inputPer1M":0.4,"outputPer1M":1.6}}', {
      cause: error,
    });
  }
  return {
    apiKey,
    ...(env.OPENAI_BASE_URL?.trim() ? { baseURL: env.OPENAI_BASE_URL.trim() } : {}),
    model: env.OPENAI_MODEL?.trim() || defaultModel,
    timeoutMs,
    prices,
  };
}
