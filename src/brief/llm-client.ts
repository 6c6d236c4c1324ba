/**
 * The LLM writer's port to a chat model: messages in, the first choice read as a draft (or a typed reason it
 * is unusable) plus the tokens it cost. Implementations: openai-client.ts (the wire), in-memory ones in tests.
 * Transient failures throw LlmCallError; configuration problems throw LlmAuthError / LlmRequestError.
 */
import type { ChatMessage } from './build-prompt.ts';
import type { ParsedAnswer } from './parse-draft-answer.ts';

export type LlmReply = {
  /** The model that answered, when the server says (e.g. a dated snapshot name). */
  model?: string;
  usage: { in: number; out: number };
  answer: ParsedAnswer;
};

export type LlmClient = {
  /** Where the model lives, for messages. */
  baseURL: string;
  complete(request: { messages: ChatMessage[]; signal?: AbortSignal }): Promise<LlmReply>;
};
