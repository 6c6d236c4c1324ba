// `brief --snapshot live` when every upstream hangs past its per-request deadline: the run budget cuts the
// collection, the brief still comes out (needs review, exit 1) and names what was cut.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from '../../lib/fault-server.ts';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer(() => ({ kind: 'drip', intervalMs: 100 }));
});
afterAll(() => server.close());

function cli(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'brief', '--snapshot', 'live'],
      {
        cwd: new URL('../../..', import.meta.url).pathname,
        env: { ...process.env, OPENAI_API_KEY: undefined, GROUNDBRIEF_LIVE: undefined, ...env },
        timeout: 60_000,
      },
      (_error, stdout, stderr) => resolve({ code: child.exitCode ?? -1, stdout, stderr }),
    );
  });
}

describe('brief --snapshot live under GROUNDBRIEF_RUN_BUDGET_MS', () => {
  it('every upstream drips: collection is cut at the budget, the brief says so and waits for review', async () => {
    const out = await cli({
      GROUNDBRIEF_RUN_BUDGET_MS: '2000',
      GROUNDBRIEF_TIMEOUT_MS: '60000',
      GROUNDBRIEF_BINANCE_URL: server.url,
      GROUNDBRIEF_OKX_URL: server.url,
      GROUNDBRIEF_BYBIT_URL: server.url,
      GROUNDBRIEF_COINGECKO_URL: `${server.url}/api/v3`,
      GROUNDBRIEF_SOURCES: JSON.stringify([{ id: 'local', name: 'Local', kind: 'rss', url: `${server.url}/rss` }]),
    });
    expect(out.stderr).toMatch(/run budget: collection cut after 1200 ms of 2000/);
    expect(out.stderr).toMatch(/-> needs_review/);
    expect(out.stdout).toMatch(/^# /);
    expect(out.stdout).toMatch(/Unavailable sources: .*binance \(timeout\).*coingecko \(timeout\)/);
    expect(out.code).toBe(1);
  }, 60_000);
});
