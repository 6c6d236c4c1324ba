import { readFileSync } from 'node:fs';
import { afterEach, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/commands/schema.ts';

afterEach(() => vi.restoreAllMocks());

it('schema snapshot prints a JSON Schema whose required keys and properties match the fixture snapshot', async () => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  expect(await run(['snapshot'])).toBe(0);
  const schema = JSON.parse(log.mock.calls[0]![0] as string);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/day.snapshot.json', import.meta.url), 'utf8'));
  expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(fixture).sort());
  expect(schema.required).toEqual(expect.arrayContaining(['version', 'asOf', 'assets', 'headlines', 'sources']));
  expect(schema.required).not.toContain('global');
  // Candles are 6-tuples of numbers.
  expect(schema.properties.assets.items.properties.candles.items.prefixItems).toHaveLength(6);
});

it('schema without a known name is a CliError', async () => {
  await expect(run([])).rejects.toMatchObject({ name: 'CliError', exitCode: 2 });
  await expect(run(['brief'])).rejects.toMatchObject({ name: 'CliError' });
});
