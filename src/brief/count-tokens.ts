/**
 * Token counts with a real tokenizer: js-tiktoken's pure-JS BPE with the o200k_base ranks (GPT-4o / 4.1 /
 * 5 family), loaded through `js-tiktoken/lite` so it runs in Node and workerd alike (no WASM, no fs).
 * The encoder is built once, on first use (building it takes ~100 ms; the ranks add ~2.3 MB to a bundle).
 */
import { Tiktoken } from 'js-tiktoken/lite';
import o200kBase from 'js-tiktoken/ranks/o200k_base';

let encoder: Tiktoken | undefined;

/** Tokens in `text` under o200k_base. */
export function countTokens(text: string): number {
  encoder ??= new Tiktoken(o200kBase);
  return encoder.encode(text).length;
}

/**
 * Tokens of a chat request: each message's content plus the per-message framing (3 tokens) and the
 * reply priming (3 tokens), as OpenAI documents for its chat models. An estimate within a few tokens.
 */
export function countChatTokens(messages: { role: string; content: string }[]): number {
  return messages.reduce((total, message) => total + 3 + countTokens(message.content) + countTokens(message.role), 3);
}
