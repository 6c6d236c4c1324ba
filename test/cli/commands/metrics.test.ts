import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../../src/cli/cli-error.ts';
import { renderFactsTable, run } from '../../../src/cli/commands/metrics.ts';
import { factsSheetSchema, type Fact } from '../../../src/domain/fact.ts';

const snapshotFile = new URL('../../../fixtures/day.snapshot.json', import.meta.url).pathname;

function captureStdout(): { text: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join('') };
}

describe('metrics command', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('--json prints a valid facts sheet', async () => {
    const out = captureStdout();
    expect(await run(['--snapshot', snapshotFile, '--json'])).toBe(0);
    const sheet = factsSheetSchema.parse(JSON.parse(out.text()));
    expect(sheet.facts.find((fact) => fact.id === 'btc.price')?.unit).toBe('usd');
  });

  it('prints one table row per fact', async () => {
    const out = captureStdout();
    expect(await run(['--snapshot', snapshotFile])).toBe(0);
    const lines = out.text().trimEnd().split('\n');
    const count = Number(/^# (\d+) facts/.exec(lines[0]!)?.[1]);
    expect(lines).toHaveLength(count + 2);
    expect(lines.find((line) => line.startsWith('btc.price '))).toMatch(/BTC price\s+[\d,]+\.\d\d\s+usd$/);
  });

  it('bad input is a CliError (exit 2), never a crash', async () => {
    await expect(run(['--snapshot', '/definitely/missing'])).rejects.toBeInstanceOf(CliError);
    await expect(run(['--colour=red'])).rejects.toThrow(/unknown option --colour/);
    await expect(run(['-x'])).rejects.toThrow(/^metrics: unknown option -x \(see groundbrief metrics --help\)$/);
    await expect(run(['--json=yes'])).rejects.toThrow(/--json takes no value/);
    await expect(run(['stray'])).rejects.toThrow(/unexpected argument stray/);
  });
});

describe('renderFactsTable', () => {
  it('aligns id, label, rounded value and unit', () => {
    const fact = (id: string, label: string, value: number, unit: Fact['unit']): Fact => ({
      id,
      label,
      value,
      unit,
      entity: { kind: 'market', id: 'market', name: 'crypto market' },
      metric: 'change',
      asOf: '2025-11-12T08:00:00.000Z',
      source: 's',
    });
    const text = renderFactsTable(
      [
        fact('a.x', 'short', -5.636363636363642, 'pct'),
        fact('bb.yy', 'longer label', 3, 'count'),
        fact('c', 'price', 103812.4567, 'usd'),
        fact('d', 'tiny', 0.0000123456, 'usd'),
      ],
      '2025-11-12T08:00:00.000Z',
    );
    expect(text.split('\n')).toEqual([
      '# 4 facts as of 2025-11-12T08:00:00.000Z',
      `id     label         ${'value'.padStart(24)}  unit`,
      `a.x    short         ${'-5.64'.padStart(24)}  pct`,
      `bb.yy  longer label  ${'3'.padStart(24)}  count`,
      `c      price         ${'103,812.46'.padStart(24)}  usd`,
      `d      tiny          ${'0.00001235'.padStart(24)}  usd`,
      '',
    ]);
  });
});
