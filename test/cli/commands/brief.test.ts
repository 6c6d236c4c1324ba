import { execFile } from 'node:child_process';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.ts';
import { run } from '../../../src/cli/commands/brief.ts';
import { completionBody } from '../../brief/openai-wire.ts';

type Outcome = { code: number; stdout: string; stderr: string };
function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'brief', ...args],
      {
        cwd: new URL('../../..', import.meta.url).pathname,
        env: { ...process.env, OPENAI_API_KEY: undefined, ...env },
        timeout: 60_000,
      },
      (_error, stdout, stderr) => resolve({ code: child.exitCode ?? -1, stdout, stderr }),
    );
  });
}

describe('brief command (subprocess, fixtures day)', () => {
  it('--writer llm without OPENAI_API_KEY: one line on how to configure, exit 2', async () => {
    const out = await cli(['--writer', 'llm']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/OPENAI_API_KEY.*OPENAI_BASE_URL.*OPENAI_MODEL.*OPENAI_TIMEOUT_MS/);
  });
  it('rejects an impossible --date with exit 2 and one line', async () => {
    const out = await cli(['--date', '2026-13-45']);
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe('groundbrief: --date must be YYYY-MM-DD (got 2026-13-45)');
  });
  it('rejects an unknown style with exit 2', async () => {
    const out = await cli(['--style', 'haiku']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--style must be one of daily-snapshot, sector-recap, weekly-update/);
  });
  it.each(['daily-snapshot', 'sector-recap', 'weekly-update'])(
    '--style %s prints a verified Markdown brief (exit 0)',
    async (style) => {
      const out = await cli(['--style', style]);
      expect(out.stderr).toMatch(/-> verified/);
      expect(out.code).toBe(0);
      expect(out.stdout.startsWith('# ')).toBe(true);
      expect(out.stderr).toMatch(/^writer: template$/m);
    },
  );
  it('--format json carries status, brief, report and writer', async () => {
    const out = await cli(['--format', 'json', '--style', 'weekly-update']);
    const body = JSON.parse(out.stdout) as {
      status: string;
      brief: { style: string; markdown: string };
      report: { ok: boolean };
      writer: { kind: string };
    };
    expect(body.status).toBe('verified');
    expect(body.brief.style).toBe('weekly-update');
    expect(body.report.ok).toBe(true);
    expect(body.writer.kind).toBe('template');
  });
});

describe('brief command --writer llm (in process, msw as the API)', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());

  it('an answer that stays invalid ends as needs review (exit 1) with accounting and the fallback on stderr', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-test');
    vi.stubEnv('OPENAI_BASE_URL', 'https://llm.test/v1');
    vi.stubEnv('OPENAI_MODEL', 'gpt-4.1-mini');
    server.use(
      http.post('https://llm.test/v1/chat/completions', () =>
        HttpResponse.json(completionBody({ content: 'not json', promptTokens: 2000, completionTokens: 10 })),
      ),
    );
    const stdout: string[] = [];
    const stderr: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(console, 'error').mockImplementation((...parts) => {
      stderr.push(parts.join(' '));
    });
    const code = await run(['--writer', 'llm']);
    expect(code).toBe(1);
    const err = stderr.join('\n');
    // 2000 in / 10 out at gpt-4.1-mini's default $0.40 / $1.60 per 1M = 0.0008 + 0.000016
    // The stand-in is template text (so it says writer: template); the failed model attempt's cost is in the note.
    expect(err).toMatch(
      /writer: template\nwriter note: LLM writer gave up \(invalid-json.*gpt-4\.1-mini-2025-04-14: 2000 tokens in, 10 out, \$0\.0008\)/,
    );
    expect(err).toMatch(/fallback: template brief available \(verified\)/);
    expect(stdout.join('')).toMatch(/^# /);
  });

  it('a 401 from the API becomes a one-line CliError with exit code 2', async () => {
    vi.stubEnv('OPENAI_API_KEY', 'sk-wrong');
    vi.stubEnv('OPENAI_BASE_URL', 'https://llm.test/v1');
    server.use(
      http.post('https://llm.test/v1/chat/completions', () =>
        HttpResponse.json(
          {
            error: {
              message: 'Incorrect API key provided: sk-wrong.',
              type: 'invalid_request_error',
              param: null,
              code: 'invalid_api_key',
            },
          },
          { status: 401 },
        ),
      ),
    );
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const failure = await run(['--writer', 'llm']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CliError);
    expect((failure as CliError).exitCode).toBe(2);
    expect((failure as CliError).message).toMatch(/rejected the credentials \(401\).*OPENAI_API_KEY/);
  });
});
