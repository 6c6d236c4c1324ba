/**
 * Adapter to the OpenAI chat completions API (or any OpenAI-compatible server) as an LlmClient: structured
 * output (the draft's zod schema), one deadline over headers and body and a byte cap on every answer (the
 * bounded fetch), and a shape check, so an HTML page, `[1,2,3]`, an empty 200 or JSON served as text/html
 * become a `malformed` answer instead of a crash.
 */
import OpenAI from 'openai';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import * as z from 'zod';
import { boundedFetch } from '../lib/bounded-fetch.ts';
import type { LlmClient, LlmReply } from './llm-client.ts';
import { classifyLlmError, LlmCallError } from './llm-errors.ts';
import { parseDraftAnswer } from './parse-draft-answer.ts';
import { briefResponseFormat } from './response-format.generated.ts';

/** Cap on one API answer in bytes (1 MiB; a real brief answer is 3-10 KB). */
export const defaultMaxAnswerBytes = 1024 * 1024;

export type OpenAiClientOptions = {
  baseURL?: string;
  apiKey?: string;
  model: string;
  /** Per request, headers and body, milliseconds (default 60,000). */
  timeoutMs?: number;
  /** Retries with backoff on 408/409/429/5xx, timeouts and connection errors (the SDK's; default 2). */
  maxRetries?: number;
  /** The platform fetch (default: global fetch; Workers and tests may pass their own). */
  fetch?: typeof fetch;
  maxAnswerBytes?: number;
};

/**
 * The draft's structured-output format: zodResponseFormat(briefDraftSchema, 'brief') as JSON, generated at build time
 * (scripts/build-response-format.ts), so the Worker does not bundle openai's zod helpers nor convert it at startup.
 */
const responseFormat: ResponseFormatJSONSchema = briefResponseFormat;

/** The parts of a chat completion the writer reads; anything else is `malformed`. */
const completionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        finish_reason: z.string().nullish(),
        message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }).nullish(),
      }),
    )
    .min(1),
  usage: z.object({ prompt_tokens: z.number().optional(), completion_tokens: z.number().optional() }).nullish(),
});

const malformed = (detail: string): LlmReply => ({
  usage: { in: 0, out: 0 },
  answer: { ok: false, failure: 'malformed', detail },
});

/** Reads what the SDK returned (an object, or the raw text when the server did not say JSON). */
export function readCompletion(completion: unknown): LlmReply {
  if (typeof completion === 'string')
    return malformed(
      completion.trim()
        ? `the API answered with a non-JSON body (${completion.trim().slice(0, 60).replace(/\s+/g, ' ')}...)`
        : 'the API answered with an empty body',
    );
  const parsed = completionSchema.safeParse(completion);
  if (!parsed.success)
    return malformed(
      `the API answer is not a chat completion (${Array.isArray(completion) ? 'an array' : typeof completion})`,
    );
  const { model, choices, usage } = parsed.data;
  return {
    ...(model ? { model } : {}),
    usage: { in: usage?.prompt_tokens ?? 0, out: usage?.completion_tokens ?? 0 },
    answer: parseDraftAnswer(choices[0]),
  };
}

export function createOpenAiClient(options: OpenAiClientOptions): LlmClient {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const platformFetch = options.fetch ?? ((resource, init) => fetch(resource, init));
  const client = new OpenAI({
    apiKey: options.apiKey,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    timeout: timeoutMs,
    maxRetries: options.maxRetries ?? 2,
    fetch: boundedFetch({ fetch: platformFetch, timeoutMs, maxBytes: options.maxAnswerBytes ?? defaultMaxAnswerBytes }),
  });
  return {
    baseURL: client.baseURL,
    async complete({ messages, signal }) {
      let completion: unknown;
      try {
        completion = await client.chat.completions.create(
          { model: options.model, messages, response_format: responseFormat },
          signal ? { signal } : {},
        );
      } catch (error) {
        // The SDK parses a body labelled JSON itself: an empty or cut one throws SyntaxError here.
        if (error instanceof SyntaxError) return malformed(`the API answered with invalid JSON (${error.message})`);
        throw new LlmCallError(classifyLlmError(error, client.baseURL, signal), { cause: error });
      }
      return readCompletion(completion);
    },
  };
}
