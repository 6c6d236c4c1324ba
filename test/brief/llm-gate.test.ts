// The gate and repair loop over an in-memory LlmClient (no wire): what reaches the model, what comes back.
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/brief/build-prompt.ts';
import type { BriefDraft } from '../../src/brief/draft.ts';
import type { LlmClient, LlmReply } from '../../src/brief/llm-client.ts';
import { LlmCallError } from '../../src/brief/llm-errors.ts';
import { createLlmWriter } from '../../src/brief/llm-writer.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { sampleSheet } from './sample-sheet.ts';

/** Answers with `replies` in order (an Error is thrown instead) and records every call. */
function scriptedClient(replies: (LlmReply | Error)[]) {
  const calls: { messages: ChatMessage[]; signal?: AbortSignal }[] = [];
  const client: LlmClient = {
    baseURL: 'memory://model',
    async complete(request) {
      calls.push({
        messages: structuredClone(request.messages),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const next = replies[Math.min(calls.length - 1, replies.length - 1)]!;
      if (next instanceof Error) throw next;
      return next;
    },
  };
  return { client, calls };
}

const draftOf = (btcPrice: string): BriefDraft => ({
  title: 'Crypto market: AI tokens drop 6.6% over 24h',
  dek: '',
  sections: [
    {
      heading: 'Market snapshot',
      sentences: [{ text: `Bitcoin fell 2.8% over 24h to ${btcPrice}.`, factIds: ['btc.change_24h', 'btc.price'] }],
    },
  ],
});
const reply = (draft: BriefDraft): LlmReply => ({
  model: 'memory-1',
  usage: { in: 1000, out: 200 },
  answer: { ok: true, draft, raw: JSON.stringify(draft) },
});
const write = (client: LlmClient, signal?: AbortSignal) =>
  createLlmWriter({ client, model: 'memory-1', prices: {}, elapsedMs: () => 0 })({
    sheet: sampleSheet,
    registry: defaultRegistry,
    style: 'daily-snapshot',
    ...(signal ? { signal } : {}),
  });

describe('LLM gate over an in-memory client', () => {
  it('a supported draft passes at once, with the tokens summed and the run signal handed to the client', async () => {
    const { client, calls } = scriptedClient([reply(draftOf('$96.4K'))]);
    const signal = new AbortController().signal;
    const result = await write(client, signal);
    expect(result.report.ok).toBe(true);
    expect(result.fallback).toBeUndefined();
    expect(result.brief.writer).toMatchObject({ kind: 'llm', model: 'memory-1', tokensIn: 1000, tokensOut: 200 });
    expect(calls[0]!.signal).toBe(signal);
  });

  it('a wrong number is sent back once with the claim named, and the repaired draft passes', async () => {
    const { client, calls } = scriptedClient([reply(draftOf('$98.4K')), reply(draftOf('$96.4K'))]);
    const result = await write(client);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.messages.at(-1)!.content).toContain('$98.4K');
    expect(result.report.ok).toBe(true);
    expect(result.brief.writer).toMatchObject({ repairRounds: 1, tokensIn: 2000, tokensOut: 400 });
  });

  it('a transient failure falls back to the template text with its kind in the note', async () => {
    const { client } = scriptedClient([new LlmCallError('run-budget', { cause: new Error('cut') })]);
    const result = await write(client);
    expect(result.brief.writer.kind).toBe('template');
    expect(result.brief.writer.note).toMatch(/LLM call failed after retries \(run-budget\)/);
    expect(result.fallback?.report.ok).toBe(true);
  });

  it('an unusable answer is recorded with its own reason (not a network failure)', async () => {
    const { client } = scriptedClient([
      { usage: { in: 5, out: 0 }, answer: { ok: false, failure: 'malformed', detail: 'an HTML page' } },
    ]);
    const result = await write(client);
    expect(result.brief.writer.note).toMatch(/^LLM writer gave up \(malformed: an HTML page; memory-1: 5 tokens in/);
  });
});
