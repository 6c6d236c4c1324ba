import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { cwd: root, env: { ...process.env, GROUNDBRIEF_LIVE: '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const commands = ['brief', 'check', 'metrics', 'headlines', 'collect', 'email', 'schema'];

describe('CLI options (subprocess)', () => {
  it('--help for the tool lists every command, exit 0', async () => {
    const out = await cli(['--help']);
    expect(out.code).toBe(0);
    for (const command of commands) expect(out.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it.each(commands)('%s --help prints its usage on stdout, exit 0, and runs nothing', async (command) => {
    const out = await cli([command, '--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(new RegExp(`^usage: groundbrief ${command}`));
    expect(out.stderr).toBe('');
  });

  it.each(commands)('%s rejects an unknown option: exit 2, one line', async (command) => {
    const out = await cli([command, '--bogus', 'x']);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toEqual([
      `groundbrief: ${command}: unknown option --bogus (see groundbrief ${command} --help)`,
    ]);
  });

  it('brief --date refuses a date the snapshot does not hold', async () => {
    const out = await cli(['brief', '--date', '2026-01-01']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim()).toMatch(/^groundbrief: --date 2026-01-01: the snapshot holds \d{4}-\d\d-\d\d only/);
  });

  it('check --format html is a standalone page with the verdict colours', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gb-check-'));
    const brief = join(dir, 'brief.md');
    await writeFile(brief, 'Bitcoin rose 99.9% to $1 in the last 24 hours.\n');
    const out = await cli(['check', '--snapshot', 'fixtures/day.snapshot.json', brief, '--format', 'html']);
    expect(out.code).toBe(1);
    expect(out.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(out.stdout).toMatch(/<meta charset="utf-8">/);
    expect(out.stdout).toMatch(/<style>[\s\S]*\.v-contradicted \{ background: #fbd0cc/);
    expect(out.stdout).toMatch(/<mark class="claim v-(contradicted|unsupported)"/);
    expect(out.stdout).not.toMatch(/<link |<script/);
    expect(out.stdout.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('collect exits 1 when nothing was collected, with progress on stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gb-collect-nothing-'));
    const dead = 'http://127.0.0.1:9';
    const out = await cli(['collect', '--out', join(dir, 'run')], {
      GROUNDBRIEF_BINANCE_URL: dead,
      GROUNDBRIEF_COINGECKO_URL: dead,
      GROUNDBRIEF_VENUES: 'binance',
      GROUNDBRIEF_TIMEOUT_MS: '2000',
      GROUNDBRIEF_SOURCES: JSON.stringify([{ id: 'dead', name: 'Dead', kind: 'rss', url: `${dead}/rss` }]),
    });
    expect(out.stderr).toMatch(/^collect: asking 1 news sources/m);
    expect(out.stderr).toMatch(/collect: nothing was collected/);
    expect(out.stderr).toMatch(/failed\s+dead/);
    expect(out.code).toBe(1);
  });
});
