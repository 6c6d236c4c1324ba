/**
 * Writer stage on the fixtures day: template write time per style (median), prompt tokens per style
 * (o200k_base), and the cost per LLM brief at the configured prices (OPENAI_MODEL, LLM_PRICES), assuming an
 * answer the size of the template brief's JSON draft; "with 2 repairs" resends the growing conversation.
 */
import { medianMs } from '../median.ts';
import { buildPrompt } from '../../src/brief/build-prompt.ts';
import { countChatTokens, countTokens } from '../../src/brief/count-tokens.ts';
import { buildTemplateDraft, writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultModel } from '../../src/brief/llm-config.ts';
import { estimateCostUsd, parsePrices } from '../../src/config/prices.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

export const name = 'writer (template time, prompt tokens, LLM cost per brief)';

/** Rough size of one repair request: the repair prompt plus a few failing claims with their facts. */
const repairMessageTokens = 350;

export async function run() {
  const snapshot = await loadSnapshot();
  const registry = defaultRegistry;
  const sheet = sheetFromSnapshot({ snapshot, registry });
  const model = process.env.OPENAI_MODEL?.trim() || defaultModel;
  const prices = parsePrices(process.env.LLM_PRICES);
  const usd = (value: number | undefined) =>
    value === undefined ? `unknown (no price for ${model})` : `$${value.toFixed(5)}`;
  const rows: { figure: string; value: string }[] = [];
  for (const style of briefStyleSchema.options) {
    const ms = await medianMs(() => writeFromTemplate({ sheet, registry, style }), { runs: 50, warmup: 5 });
    const prompt = buildPrompt({ sheet, registry, style, countTokens: countChatTokens });
    const answer = countTokens(JSON.stringify(buildTemplateDraft({ sheet, registry, style })));
    const tokensIn = prompt.tokens ?? 0;
    // Two repair rounds: each resends the conversation so far plus the previous answer and a repair message.
    const repairIn =
      tokensIn + (tokensIn + answer + repairMessageTokens) + (tokensIn + 2 * (answer + repairMessageTokens));
    rows.push(
      { figure: `${style}: template write (median of 50)`, value: `${ms.toFixed(3)} ms` },
      {
        figure: `${style}: prompt tokens (o200k_base)${style === 'daily-snapshot' ? ', target < 3000' : ''}`,
        value: String(tokensIn),
      },
      { figure: `${style}: est. answer tokens`, value: String(answer) },
      { figure: `${style}: cost per brief at ${model}`, value: usd(estimateCostUsd(prices, model, tokensIn, answer)) },
      {
        figure: `${style}: cost with 2 repair rounds at ${model}`,
        value: usd(estimateCostUsd(prices, model, repairIn, 3 * answer)),
      },
    );
  }
  return rows;
}
