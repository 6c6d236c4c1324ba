import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  OutcomeUnknownEmailError,
  PermanentEmailError,
  TransientEmailError,
  type OutgoingEmail,
} from '../../src/email/email-provider.ts';
import { createResendProvider } from '../../src/email/providers/resend-provider.ts';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const message: OutgoingEmail = {
  from: 'groundbrief <brief@groundbrief.test>',
  to: 'reader@example.com',
  subject: 'S',
  text: 't',
  html: '<p>h</p>',
  raw: 'raw',
  headers: {
    'List-Unsubscribe': '<https://groundbrief.test/unsubscribe?token=a.b>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  idempotencyKey: 'brief/b1/sub_1',
};
const provider = createResendProvider({ apiKey: 're_test_key' });

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  server.use(http.post('https://api.resend.com/emails', () => HttpResponse.json(body as object, { status, headers })));
}

describe('Resend provider', () => {
  it('posts the parts, unsubscribe headers, bearer key and idempotency key; returns the id', async () => {
    let seen: { headers: Headers; body: Record<string, unknown> } | undefined;
    server.use(
      http.post('https://api.resend.com/emails', async ({ request }) => {
        seen = { headers: request.headers, body: (await request.json()) as Record<string, unknown> };
        return HttpResponse.json({ id: 'em_123' });
      }),
    );
    expect(await provider.send(message)).toEqual({ id: 'em_123' });
    expect(seen!.headers.get('authorization')).toBe('Bearer re_test_key');
    expect(seen!.headers.get('idempotency-key')).toBe('brief/b1/sub_1');
    expect(seen!.body).toMatchObject({
      from: message.from,
      to: ['reader@example.com'],
      subject: 'S',
      html: '<p>h</p>',
      text: 't',
      headers: message.headers,
    });
  });

  it('maps 429 (with Retry-After), 5xx and concurrent idempotent requests to transient errors', async () => {
    answer(429, { name: 'rate_limit_exceeded', message: 'slow down' }, { 'retry-after': '7' });
    const limited = await provider.send(message).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TransientEmailError);
    expect((limited as TransientEmailError).retryAfterSeconds).toBe(7);
    expect((limited as TransientEmailError).message).toContain('429 rate_limit_exceeded');
    answer(503, { name: 'internal_server_error' });
    await expect(provider.send(message)).rejects.toBeInstanceOf(TransientEmailError);
    answer(409, { name: 'concurrent_idempotent_requests' });
    await expect(provider.send(message)).rejects.toBeInstanceOf(TransientEmailError);
  });

  it('maps validation and auth errors to permanent errors', async () => {
    for (const [status, name] of [
      [422, 'validation_error'],
      [403, 'invalid_api_key'],
    ] as const) {
      answer(status, { name, message: 'no' });
      const error = await provider.send(message).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermanentEmailError);
      expect((error as PermanentEmailError).status).toBe(status);
    }
  });

  it('maps a changed repeat of an earlier key (409 invalid_idempotent_request) to an unknown outcome', async () => {
    answer(409, { name: 'invalid_idempotent_request', message: 'same key, different payload' });
    const error = await provider.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownEmailError);
    expect((error as OutcomeUnknownEmailError).kind).toBe('unknown');
  });

  it('treats a network failure as transient, keeping the cause', async () => {
    server.use(http.post('https://api.resend.com/emails', () => HttpResponse.error()));
    const error = await provider.send(message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransientEmailError);
    expect((error as Error).cause).toBeDefined();
  });
});

describe('Resend provider time limit', () => {
  it('aborts a send that does not answer within timeoutMs and reports it as transient', async () => {
    let seenSignal: AbortSignal | undefined;
    // A fetch that never answers unless its signal aborts (no timing is asserted: only that the abort happens and maps).
    const hanging = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        seenSignal = init?.signal ?? undefined;
        seenSignal?.addEventListener('abort', () => reject(seenSignal!.reason));
      })) as unknown as typeof fetch;
    const slow = createResendProvider({ apiKey: 're_test_key', fetch: hanging, timeoutMs: 20 });
    const error = await slow.send(message).catch((e: unknown) => e);
    expect(seenSignal).toBeDefined();
    expect(error).toBeInstanceOf(TransientEmailError);
    expect((error as Error).message).toContain('timed out after 20 ms');
    expect(((error as Error).cause as DOMException).name).toBe('TimeoutError');
  }, 5_000);
});
