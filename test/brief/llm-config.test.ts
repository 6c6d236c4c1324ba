import { describe, expect, it } from 'vitest';
import { LlmConfigError, readLlmConfig } from '../../src/brief/llm-config.ts';
import { defaultPrices, estimateCostUsd, parsePrices } from '../../src/config/prices.ts';

describe('readLlmConfig', () => {
  it('requires a key and says how to configure', () => {
    expect(() => readLlmConfig({})).toThrow(LlmConfigError);
    expect(() => readLlmConfig({})).toThrow(/OPENAI_API_KEY.*OPENAI_BASE_URL.*OPENAI_MODEL.*OPENAI_TIMEOUT_MS/);
  });
  it('reads base URL, model, timeout and prices', () => {
    const config = readLlmConfig({
      OPENAI_API_KEY: 'k',
      OPENAI_BASE_URL: 'http://localhost:11434/v1',
      OPENAI_MODEL: 'llama3.1',
      OPENAI_TIMEOUT_MS: '5000',
      LLM_PRICES: '{"llama3.1":{"inputPer1M":0,"outputPer1M":0}}',
    });
    expect(config).toMatchObject({
      apiKey: 'k',
      baseURL: 'http://localhost:11434/v1',
      model: 'llama3.1',
      timeoutMs: 5000,
    });
    expect(config.prices['llama3.1']).toEqual({ inputPer1M: 0, outputPer1M: 0 });
    expect(readLlmConfig({ OPENAI_API_KEY: 'k' })).toMatchObject({ model: 'gpt-4.1-mini', timeoutMs: 60000 });
  });
  it('rejects a malformed timeout or price table', () => {
    expect(() => readLlmConfig({ OPENAI_API_KEY: 'k', OPENAI_TIMEOUT_MS: 'soon' })).toThrow(/OPENAI_TIMEOUT_MS/);
    expect(() => readLlmConfig({ OPENAI_API_KEY: 'k', LLM_PRICES: '{"m":{"inputPer1M":"cheap"}}' })).toThrow(
      /LLM_PRICES/,
    );
  });
});

describe('prices', () => {
  it('costs a call per 1M tokens, by base model for dated ids, unknown for unpriced models', () => {
    const prices = parsePrices('{"x":{"inputPer1M":2,"outputPer1M":10}}');
    expect(estimateCostUsd(prices, 'x', 1_000_000, 0)).toBe(2);
    expect(estimateCostUsd(prices, 'x-2025-04-14', 500_000, 100_000)).toBeCloseTo(1 + 1, 10);
    expect(estimateCostUsd(prices, 'nope', 1, 1)).toBeUndefined();
    expect(parsePrices(undefined)).toBe(defaultPrices);
  });
});
