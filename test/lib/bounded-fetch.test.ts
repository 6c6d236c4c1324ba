import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundedFetch } from '../../src/lib/bounded-fetch.ts';
import { RunBudgetExceededError, UpstreamTimeoutError, UpstreamTooLargeError } from '../../src/lib/upstream-errors.ts';
import { type Fault, type FaultServer, startFaultServer } from './fault-server.ts';

const faults: Record<string, Fault> = {
  '/ok': { kind: 'ok', body: '{"a":1}' },
  '/drip': { kind: 'drip', intervalMs: 20 },
  '/hang': { kind: 'hang' },
  '/huge': { kind: 'huge', bytes: 4 * 1024 * 1024 },
  '/declared': { kind: 'ok', body: 'x'.repeat(2048), headers: { 'content-length': '2048' } },
  '/empty': { kind: 'ok', body: '' },
};
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer((request) => faults[request.path] ?? { kind: 'ok', status: 404, body: '' });
});
afterAll(() => server.close());

const bounded = (signal?: AbortSignal) =>
  boundedFetch({
    fetch: (resource, init) => fetch(resource, init),
    timeoutMs: 300,
    maxBytes: 1024,
    ...(signal ? { signal } : {}),
  });

describe('boundedFetch', () => {
  it('passes a whole small answer through with status and headers', async () => {
    const response = await bounded()(`${server.url}/ok`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ a: 1 });
  });

  it('an empty 200 stays an empty 200', async () => {
    const response = await bounded()(`${server.url}/empty`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('a slow drip (headers, then a byte at a time) ends at the deadline with a typed error naming the upstream', async () => {
    const error = await bounded()(`${server.url}/drip?key=secret`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamTimeoutError);
    expect((error as UpstreamTimeoutError).message).toBe(
      `[GET] ${server.url}/drip: no complete response within 300 ms`,
    );
  });

  it('no headers at all ends at the deadline too', async () => {
    await expect(bounded()(`${server.url}/hang`)).rejects.toBeInstanceOf(UpstreamTimeoutError);
  });

  it('a streamed body past the cap stops with UpstreamTooLargeError naming the cap', async () => {
    const error = await bounded()(`${server.url}/huge`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamTooLargeError);
    expect((error as UpstreamTooLargeError).maxBytes).toBe(1024);
    expect((error as Error).message).toContain('cap of 1024 bytes');
  });

  it('a Content-Length past the cap is refused before reading', async () => {
    await expect(bounded()(`${server.url}/declared`)).rejects.toBeInstanceOf(UpstreamTooLargeError);
  });

  it('the outer signal (run budget) cuts a request in flight with its own reason', async () => {
    const budget = new AbortController();
    const pending = bounded(budget.signal)(`${server.url}/drip`);
    setTimeout(() => budget.abort(new RunBudgetExceededError(50)), 50);
    await expect(pending).rejects.toBeInstanceOf(RunBudgetExceededError);
  });

  it('a fetch that ignores its signal still ends at the deadline', async () => {
    const deaf: typeof fetch = () => new Promise(() => {});
    const fetch = boundedFetch({ fetch: deaf, timeoutMs: 50, maxBytes: 10 });
    await expect(fetch('http://127.0.0.1:1/x')).rejects.toBeInstanceOf(UpstreamTimeoutError);
  });
});
