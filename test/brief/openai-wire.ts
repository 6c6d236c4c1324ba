/**
 * Test helper: OpenAI chat completion bodies in the real wire format (shape studied from recorded
 * responses: `message.content` is a JSON string for structured output, `refusal` is null or a string,
 * usage carries prompt/completion token details). Bodies are authored here, not copied.
 */
import type { BriefDraft } from '../../src/brief/draft.ts';

let counter = 0;

export function completionBody(input: {
  content?: string | null;
  refusal?: string | null;
  finishReason?: 'stop' | 'length' | 'content_filter';
  promptTokens?: number;
  completionTokens?: number;
  model?: string;
}) {
  counter++;
  const promptTokens = input.promptTokens ?? 2100;
  const completionTokens = input.completionTokens ?? 480;
  return {
    id: `chatcmpl-GbTest${String(counter).padStart(6, '0')}xYz`,
    object: 'chat.completion',
    created: 1_795_240_800 + counter,
    model: input.model ?? 'gpt-4.1-mini-2025-04-14',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: input.content ?? null, refusal: input.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: input.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: 'fp_gbtest01',
  };
}

export const draftBody = (draft: BriefDraft, usage: { promptTokens?: number; completionTokens?: number } = {}) =>
  completionBody({ content: JSON.stringify(draft), ...usage });

export function errorBody(status: number) {
  const byStatus: Record<number, { message: string; type: string; code: string | null }> = {
    401: {
      message:
        'Incorrect API key provided: sk-test. You can find your API key at https://platform.openai.com/account/api-keys.',
      type: 'invalid_request_error',
      code: 'invalid_api_key',
    },
    429: {
      message: 'Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.',
      type: 'requests',
      code: 'rate_limit_exceeded',
    },
    500: {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      code: null,
    },
  };
  return {
    error: { ...(byStatus[status] ?? { message: 'error', type: 'invalid_request_error', code: null }), param: null },
  };
}
