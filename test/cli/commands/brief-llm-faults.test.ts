// `brief --writer llm` as a person runs it (subprocess) against a local server that answers junk: the CLI
// prints the checked template brief and exits 1 (needs review), never `unexpected error`.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fault, type FaultServer, startFaultServer } from '../../lib/fault-server.ts';

let fault: Fault = { kind: 'hang' };
let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer(() => fault);
});
afterAll(() => server.close());

function cli(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'brief', '--writer', 'llm'],
      {
        cwd: new URL('../../..', import.meta.url).pathname,
        env: {
          ...process.env,
          OPENAI_API_KEY: 'sk-test',
          OPENAI_BASE_URL: `${server.url}/v1`,
          OPENAI_TIMEOUT_MS: '2000',
        },
        timeout: 60_000,
      },
      (_error, stdout, stderr) => resolve({ code: child.exitCode ?? -1, stdout, stderr }),
    );
  });
}

describe('brief --writer llm with a malformed API answer (subprocess)', () => {
  it.each([
    ['an HTML page', { kind: 'ok', body: '<html><body>502 Bad Gateway</body></html>', contentType: 'text/html' }],
    ['[1,2,3]', { kind: 'ok', body: '[1,2,3]' }],
  ] as [string, Fault][])(
    '%s: the template brief on stdout, the reason on stderr, exit 1',
    async (_name, next) => {
      fault = next;
      const out = await cli();
      expect(out.stderr).not.toMatch(/unexpected error/);
      expect(out.stdout).toMatch(/^# /);
      expect(out.stderr).toMatch(/writer note: LLM writer gave up \(malformed: /);
      expect(out.code).toBe(1);
      // (a cold tsx subprocess on a loaded 2-core machine took over 30 s once in CI: the child's own limit is 60 s)
    },
    90_000,
  );
});
