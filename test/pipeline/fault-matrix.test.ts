// The fault matrix: each upstream (exchanges via ccxt, CoinGecko, feeds, an OpenAI-compatible LLM) x (timeout, slow
// drip, 5xx, 429, malformed, empty, huge), one whole run each (collect under the run budget -> metrics -> write ->
// check) against one local server that answers everything else from the fixtures day. Every run ends (small
// deadlines and budgets from config, no real-length sleeps), names what failed, and is never verified.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { createLlmWriter } from '../../src/brief/llm-writer.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { FailureReason, SourceStatus } from '../../src/domain/source-status.ts';
import { type RunEditionDeps, runEdition } from '../../src/pipeline/run-edition.ts';
import type { SelectedWriter } from '../../src/pipeline/select-writer.ts';
import { buildRequestKey } from '../../src/recording/replay-fetch.ts';
import type { NewEdition } from '../../src/store/index.ts';
import { type Fault, type FaultRequest, type FaultServer, startFaultServer } from '../lib/fault-server.ts';
import { storedBriefOf } from './helpers/stored-brief.ts';

type Upstream = 'exchange' | 'coingecko' | 'feeds' | 'llm';
type FaultName = 'timeout' | 'slow drip' | '5xx' | '429' | 'malformed' | 'empty' | 'huge';

const faults: Record<FaultName, Fault> = {
  timeout: { kind: 'hang' },
  'slow drip': { kind: 'drip', intervalMs: 50 },
  '5xx': { kind: 'ok', status: 503, body: '<html><body>503 Service Temporarily Unavailable</body></html>' },
  '429': {
    kind: 'ok',
    status: 429,
    body: '{"code":-1003,"msg":"Too many requests; please use the websocket for live updates."}',
    headers: { 'retry-after': '1' },
  },
  malformed: { kind: 'ok', body: '{"choices":[{"message":{"content":"{\\"title\\":"}}', contentType: 'text/html' },
  empty: { kind: 'ok', body: '' },
  // Past every cap in play: market 256 KiB (config), LLM 256 KiB (config), feeds 5 MiB (fetchFeed).
  huge: { kind: 'huge', bytes: 6 * 1024 * 1024 },
};

/** What the failed statuses of the faulted upstream may say. */
const reasons: Record<FaultName, FailureReason[]> = {
  timeout: ['timeout'],
  'slow drip': ['timeout'],
  '5xx': ['http-status'],
  '429': ['rate-limited'],
  malformed: ['parse-error', 'invalid-data', 'not-a-feed', 'missing-symbol'],
  empty: ['parse-error', 'invalid-data', 'not-a-feed', 'missing-symbol'],
  huge: ['too-large'],
};
/** What the LLM writer's note says (it falls back to the checked template text). */
const llmNotes: Record<FaultName, RegExp> = {
  timeout: /\(timeout\)/,
  'slow drip': /\(timeout\)/,
  '5xx': /503|http|server/i,
  '429': /429|rate/i,
  malformed: /malformed/,
  empty: /malformed/,
  huge: /too-large/,
};

const fixturesDir = fileURLToPath(new URL('../../fixtures/day', import.meta.url));
let normal: Map<string, { upstream: Upstream; fault: Fault }>;
let asOf: Date;
beforeAll(async () => {
  const { recording, bodies } = await readRecordingDir(fixturesDir);
  asOf = new Date(recording.asOf);
  normal = new Map(
    recording.entries.map((entry) => [
      buildRequestKey('GET', entry.request.url).replace(/^GET [a-z]+:\/\/[^/]+/, ''),
      {
        upstream: entry.source === 'binance' ? 'exchange' : entry.source === 'coingecko' ? 'coingecko' : 'feeds',
        fault: {
          kind: 'ok',
          status: entry.response.status,
          body: bodies.get(entry.response.bodyFile) ?? '',
          contentType: entry.response.headers['content-type'] ?? 'application/json',
        },
      },
    ]),
  );
});

/** Which upstream a request to the local server stands for; OKX (/api/v5) and Bybit (/v5) are exchanges too. */
function upstreamOf(request: FaultRequest): Upstream {
  const known = normal.get(buildRequestKey('GET', request.url.href).replace(/^GET [a-z]+:\/\/[^/]+/, ''));
  if (known) return known.upstream;
  return request.path.startsWith('/v1/') ? 'llm' : 'exchange';
}

const servers: FaultServer[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

/** One run with `upstream` answering `fault` and everything else the fixtures day. */
async function runWith(upstream: Upstream, name: FaultName) {
  const server = await startFaultServer((request) => {
    // Feeds cap at fetchFeed's fixed 5 MiB: a declared length keeps seven of them from streaming 35 MB in CI.
    if (upstreamOf(request) === upstream)
      return upstream === 'feeds' && name === 'huge' ? { ...faults.huge, declareLength: true } : faults[name];
    return (
      normal.get(buildRequestKey('GET', request.url.href).replace(/^GET [a-z]+:\/\/[^/]+/, ''))?.fault ?? {
        kind: 'ok',
        status: 404,
        body: '{"code":-1,"msg":"not in the fixtures day"}',
      }
    );
  });
  servers.push(server);
  const slow = name === 'timeout' || name === 'slow drip';
  const writer: SelectedWriter =
    upstream === 'llm'
      ? {
          kind: 'llm',
          write: createLlmWriter({
            baseURL: `${server.url}/v1`,
            apiKey: 'sk-test',
            model: 'gpt-4.1-mini',
            timeoutMs: slow ? 400 : 20_000,
            maxRetries: 0,
            maxAnswerBytes: 256 * 1024,
            elapsedMs: () => 0,
          }),
        }
      : { kind: 'template', write: templateWriter };
  // The real runEdition over a store that keeps what it is given: the status is production's decision.
  const stored: NewEdition[] = [];
  const store: RunEditionDeps['store'] = {
    briefs: {
      getByEdition: async () => null,
      insertEdition: async (edition) => {
        stored.push(edition);
        return { inserted: true, brief: storedBriefOf(edition) };
      },
    },
  };
  await runEdition(
    { style: 'daily-snapshot', actor: 'test' },
    {
      store,
      registry: defaultRegistry,
      sources: defaultSources.map((source) => ({ ...source, url: `${server.url}${new URL(source.url).pathname}` })),
      source: {
        mode: 'live',
        fetch: (resource, init) => fetch(resource, init),
        now: () => asOf,
        editionDate: () => asOf.toISOString().slice(0, 10),
        marketConfig: {
          enableRateLimit: false,
          baseUrls: { binance: server.url, okx: server.url, bybit: server.url },
          coingecko: { baseUrl: `${server.url}/api/v3` },
          timeoutMs: slow ? 400 : 20_000,
          maxResponseBytes: 256 * 1024,
        },
      },
      writer,
      // On: a run wrongly judged verified would come out published.
      autoPublish: true,
      elapsedMs: () => 0,
      now: () => asOf,
      // Deadlines small enough for CI where the fault is a wait; generous elsewhere, so a loaded machine cannot turn
      // a cap or a status into a timeout. Feeds keep fetchFeed's own 10 s deadline: the budget cuts them. A waiting
      // LLM ends at its own 400 ms deadline: a short budget there only let a loaded machine's slow collection leave
      // the writer cut as `run-budget` instead of the `timeout` under test.
      runBudgetMs: slow && upstream !== 'llm' ? 2500 : 60_000,
    },
  );
  const [edition] = stored;
  if (!edition || stored.length !== 1) throw new Error(`runEdition stored ${stored.length} editions`);
  const { snapshot, run } = edition.record;
  return {
    snapshot,
    edition,
    reviewReasons: run.reviewReasons ?? [],
    cut: (run.reviewReasons ?? []).some((reason) => reason.startsWith('run budget:')),
  };
}

const ofUpstream = (upstream: Upstream) => (source: SourceStatus) =>
  upstream === 'exchange'
    ? source.kind === 'exchange'
    : upstream === 'coingecko'
      ? source.kind === 'coingecko'
      : source.kind === 'feed' || source.kind === 'page';

const upstreams: Upstream[] = ['exchange', 'coingecko', 'feeds', 'llm'];
const cases = upstreams.flatMap((upstream) => (Object.keys(faults) as FaultName[]).map((name) => ({ upstream, name })));

describe.concurrent('fault matrix: upstream x fault, one whole run each', () => {
  it.each(cases)('$upstream / $name', async ({ upstream, name }) => {
    const { snapshot, edition, reviewReasons, cut } = await runWith(upstream, name);
    // Never verified (not published, though AUTO_PUBLISH is on), and a brief still comes out (the template text
    // stands on what was collected).
    expect(edition.status).toBe('needs_review');
    expect(edition.brief.markdown).toMatch(/^# /);
    if (upstream === 'llm') {
      expect(edition.fallback).toBeDefined();
      expect(edition.brief.writer.note).toMatch(llmNotes[name]);
      return;
    }
    // Names what failed: the faulted upstream's statuses fail with the fault's reason (or the budget's timeout)...
    const failed = snapshot.sources.filter((source) => ofUpstream(upstream)(source) && source.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    const allowed = cut ? [...reasons[name], 'timeout'] : reasons[name];
    for (const source of failed) expect(allowed, `${source.id}: ${source.detail}`).toContain(source.reason);
    // ...nothing of it was delivered...
    expect(snapshot.sources.filter((source) => ofUpstream(upstream)(source) && source.status !== 'failed')).toEqual([]);
    // ...the reasons for review say what is missing...
    expect(reviewReasons.filter((reason) => !reason.startsWith('run budget:')).length).toBeGreaterThan(0);
    // ...and the brief's footer names the upstream.
    expect(edition.brief.markdown).toMatch(/_Unavailable sources: .*\(/);
    // The other upstreams were untouched (deadline faults share the short market deadline, so only the others).
    if (name !== 'timeout' && name !== 'slow drip') {
      const others = snapshot.sources.filter((source) => !ofUpstream(upstream)(source));
      expect(others.filter((source) => source.status === 'failed')).toEqual([]);
    }
  });
});
