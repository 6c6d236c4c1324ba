import type { BriefWriter } from '../brief/brief-writer.ts';
import { defaultModel } from '../brief/llm-config.ts';
import { createLlmWriter } from '../brief/llm-writer.ts';
import { templateWriter } from '../brief/template-writer.ts';
import type { AppConfig } from '../env.ts';

/** The writer a run uses and what kind it is: the LLM writer when OPENAI_API_KEY is set, else the template. */
export type SelectedWriter = { kind: 'template' | 'llm'; write: BriefWriter };

/** Inside a Worker invocation the budget is tighter than on the CLI: 30 s per request, one retry. */
export const workerLlmTimeoutMs = 30_000;

export function selectWriter(
  config: Pick<AppConfig, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'OPENAI_MODEL'>,
): SelectedWriter {
  if (!config.OPENAI_API_KEY) return { kind: 'template', write: templateWriter };
  return {
    kind: 'llm',
    write: createLlmWriter({
      apiKey: config.OPENAI_API_KEY,
      ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
      model: config.OPENAI_MODEL ?? defaultModel,
      timeoutMs: workerLlmTimeoutMs,
      maxRetries: 1,
      elapsedMs: () => performance.now(),
    }),
  };
}
