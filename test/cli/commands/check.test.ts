/**
 * `check` command: exit 0 on the unaltered template brief, 1 when one number or direction word is changed
 * (and the failing claim is named), 2 with a one-line reason for bad input; json and html formats.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFromTemplate } from '../../../src/brief/write-from-template.ts';
import { CliError } from '../../../src/cli/cli-error.ts';
import { run } from '../../../src/cli/commands/check.ts';
import { defaultRegistry } from '../../../src/config/watchlist.ts';
import { fixtureSheet } from '../../factcheck/fixture-sheet.ts';

const snapshot = fileURLToPath(new URL('../../../fixtures/day.snapshot.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gb-check-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('check command', () => {
  const brief = writeFromTemplate({
    sheet: fixtureSheet(),
    registry: defaultRegistry,
    style: 'daily-snapshot',
  }).markdown;

  it('exits 0 on the unaltered template brief', async () => {
    expect(await run(['--snapshot', snapshot, file('ok.md', brief)])).toBe(0);
    expect(out).toMatch(/^ok: \d+ supported/m);
  });

  it('exits 1 and names the claim when one percentage changes', async () => {
    const match = /(\d+\.\d)%/.exec(brief)!;
    const changed = `${(Number(match[1]) + 2).toFixed(1)}%`;
    const altered = brief.slice(0, match.index) + changed + brief.slice(match.index + match[0].length);
    expect(await run(['--snapshot', snapshot, file('pct.md', altered)])).toBe(1);
    expect(out).toContain(`CONTRADICTED "${changed}"`);
  });

  it('exits 1 when a dollar price changes by ten thousand', async () => {
    const match = /\$(\d{2,3})\.(\d)K/.exec(brief)!;
    const changed = `$${Number(match[1]) - 10}.${match[2]}K`;
    const altered = brief.replace(match[0], changed);
    expect(await run(['--snapshot', snapshot, file('usd.md', altered)])).toBe(1);
    expect(out).toContain(changed);
  });

  it('exits 1 when a direction word flips', async () => {
    const word = /\b(fell|slipped|dropped|lost|declined|slid) (\d+\.\d%)/.exec(brief);
    expect(word).not.toBeNull();
    const altered = brief.replace(word![0], `rose ${word![2]}`);
    expect(await run(['--snapshot', snapshot, file('dir.md', altered)])).toBe(1);
    expect(out).toContain('direction is wrong');
  });

  it('--json lists every claim with span, value, unit, verdict, fact id and expected value', async () => {
    expect(await run(['--snapshot', snapshot, file('j.md', 'Bitcoin fell 9.9% over 24 hours.'), '--json'])).toBe(1);
    const report = JSON.parse(out);
    expect(report.claims[0]).toMatchObject({
      text: '9.9%',
      span: [13, 17],
      value: 9.9,
      unit: 'pct',
      verdict: 'contradicted',
      factId: 'btc.change_24h',
    });
    expect(typeof report.claims[0].expected).toBe('number');
  });

  it('--format html marks each claim by verdict', async () => {
    expect(
      await run(['--snapshot', snapshot, '--format', 'html', file('h.md', 'Bitcoin fell 9.9% <b>over</b> 24 hours.')]),
    ).toBe(1);
    expect(out).toContain('<mark class="claim v-contradicted" data-verdict="contradicted" data-fact="btc.change_24h"');
    expect(out).toContain('&lt;b&gt;over&lt;/b&gt;');
  });

  it('bad input: exit 2 with a one-line reason', async () => {
    await expect(run(['--snapshot', snapshot, join(dir, 'missing.md')])).rejects.toThrow(CliError);
    await expect(run(['--snapshot', join(dir, 'nope.json'), file('x.md', 'text')])).rejects.toThrow(
      /snapshot not found/,
    );
    await expect(run(['--snapshot', file('bad.json', '{"version":1}'), file('y.md', 'text')])).rejects.toThrow(
      /not a valid snapshot/,
    );
    await expect(run([file('z.md', 'text')])).rejects.toThrow(/--snapshot is required/);
    const error = await run(['--snapshot', snapshot]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
    expect((error as CliError).message).not.toContain('\n');
  });
});
