import * as z from 'zod';

/** Price of one model in USD per 1M tokens. */
export const modelPriceSchema = z.object({
  inputPer1M: z.number().nonnegative(),
  outputPer1M: z.number().nonnegative(),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;
export const priceTableSchema = z.record(z.string(), modelPriceSchema);
export type PriceTable = z.infer<typeof priceTableSchema>;

/**
 * Default list prices (USD per 1M tokens, standard tier, as published by OpenAI in 2025). Local or other
 * OpenAI-compatible servers are not listed: their cost stays unknown unless LLM_PRICES names them.
 */
export const defaultPrices: PriceTable = {
  'gpt-4.1': { inputPer1M: 2.0, outputPer1M: 8.0 },
  'gpt-4.1-mini': { inputPer1M: 0.4, outputPer1M: 1.6 },
  'gpt-4.1-nano': { inputPer1M: 0.1, outputPer1M: 0.4 },
  'gpt-4o': { inputPer1M: 2.5, outputPer1M: 10.0 },
  'gpt-4o-mini': { inputPer1M: 0.15, outputPer1M: 0.6 },
  'gpt-5': { inputPer1M: 1.25, outputPer1M: 10.0 },
  'gpt-5-mini': { inputPer1M: 0.25, outputPer1M: 2.0 },
  'gpt-5-nano': { inputPer1M: 0.05, outputPer1M: 0.4 },
};

/**
 * The price table: defaults overridden/extended by `LLM_PRICES`, a JSON object such as
 * `{"my-model":{"inputPer1M":0.2,"outputPer1M":0.8}}`. Throws a ZodError/SyntaxError on a malformed value.
 */
export function parsePrices(json: string | undefined): PriceTable {
  if (!json?.trim()) return defaultPrices;
  return { ...defaultPrices, ...priceTableSchema.parse(JSON.parse(json)) };
}

/**
 * Cost in USD of a call, or undefined when the model has no price. Dated snapshots (`gpt-4.1-mini-2025-04-14`)
 * use their base model's price.
 */
export function estimateCostUsd(
  prices: PriceTable,
  model: string,
  tokensIn: number,
  tokensOut: number,
): number | undefined {
  const price = prices[model] ?? prices[model.replace(/-\d{4}-\d{2}-\d{2}$/, '')];
  if (!price) return undefined;
  return (tokensIn * price.inputPer1M + tokensOut * price.outputPer1M) / 1e6;
}
