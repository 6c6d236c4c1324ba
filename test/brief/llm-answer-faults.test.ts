// The LLM writer against a local OpenAI-compatible server that misbehaves on the wire: every case falls back
// to the checked template text with the real reason in writer.note, within the deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmWriter } from '../../src/brief/llm-writer.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { type Fault, type FaultServer, startFaultServer } from '../lib/fault-server.ts';
import { completionBody } from './openai-wire.ts';
import { sampleSheet } from './sample-sheet.ts';

let fault: Fault = { kind: 'hang' };
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer(() => fault);
});
afterAll(() => server.close());

const write = () =>
  createLlmWriter({
    baseURL: `${server.url}/v1`,
    apiKey: 'sk-test',
    model: 'gpt-4.1-mini',
    timeoutMs: 300,
    maxRetries: 0,
    maxAnswerBytes: 256 * 1024,
    elapsedMs: () => 0,
  })({ sheet: sampleSheet, registry: defaultRegistry, style: 'daily-snapshot' });

const bigSentence = { text: `Bitcoin traded. ${'Markets moved sideways again. '.repeat(3000)}`, factIds: [] };
const cases: [string, Fault, RegExp][] = [
  ['truncated JSON body', { kind: 'ok', body: '{"id":"chatcmpl-1","choices":[{"mess' }, /malformed: .*invalid JSON/],
  ['an empty 200', { kind: 'ok', body: '' }, /malformed: .*(empty body|invalid JSON)/],
  [
    'a completion served as text/html',
    { kind: 'ok', body: JSON.stringify(completionBody({ content: '{}' })), contentType: 'text/html' },
    /malformed: the API answered with a non-JSON body/,
  ],
  [
    'an HTML page',
    { kind: 'ok', body: '<!doctype html><html><body>Bad gateway</body></html>', contentType: 'text/html' },
    /malformed: the API answered with a non-JSON body/,
  ],
  ['[1,2,3]', { kind: 'ok', body: '[1,2,3]' }, /malformed: the API answer is not a chat completion \(an array\)/],
  ['a bare number', { kind: 'ok', body: '42' }, /malformed: the API answer is not a chat completion \(number\)/],
  ['a slow drip', { kind: 'drip', intervalMs: 20 }, /LLM call failed after retries \(timeout\)/],
  ['no answer at all', { kind: 'hang' }, /LLM call failed after retries \(timeout\)/],
  ['an answer past the byte cap', { kind: 'huge', bytes: 1024 * 1024 }, /LLM call failed after retries \(too-large\)/],
  [
    'a well-formed answer whose brief is past the brief cap',
    {
      kind: 'ok',
      body: JSON.stringify(
        completionBody({
          content: JSON.stringify({
            title: 'Crypto market',
            dek: '',
            sections: [{ heading: 'Filler', sentences: [bigSentence] }],
          }),
        }),
      ),
    },
    /too-large: the brief is \d+ bytes \(cap 65536\)/,
  ],
];

describe('LLM writer: malformed, slow and oversized answers', () => {
  it.each(cases)('%s: the template text stands in, needs review, the reason is named', async (_name, next, note) => {
    fault = next;
    const result = await write();
    expect(result.brief.writer.kind).toBe('template');
    expect(result.brief.writer.note).toMatch(note);
    expect(result.brief.markdown).toBe(result.fallback!.brief.markdown);
    expect(result.fallback?.report.ok).toBe(true);
  });
});
