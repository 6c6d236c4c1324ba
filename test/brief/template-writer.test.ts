import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPrompt } from '../../src/brief/build-prompt.ts';
import { countChatTokens } from '../../src/brief/count-tokens.ts';
import { templateWriter } from '../../src/brief/template-writer.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { sampleSheet } from './sample-sheet.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

const fixture = fileURLToPath(new URL('../../fixtures/day.snapshot.json', import.meta.url));
const fixtureSheet = () => {
  const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(fixture, 'utf8')));
  return sheetFromSnapshot({ snapshot, registry: defaultRegistry });
};

describe('templateWriter', () => {
  it.each(briefStyleSchema.options)('%s on the sample sheet: every claim supported by the checker', async (style) => {
    const { brief, report, fallback } = await templateWriter({ sheet: sampleSheet, registry: defaultRegistry, style });
    expect(report.claims.filter((claim) => claim.verdict !== 'supported')).toEqual([]);
    expect(report.counts.supported).toBeGreaterThan(10);
    expect(report.ok).toBe(true);
    expect(brief.writer).toEqual({ kind: 'template' });
    expect(fallback).toBeUndefined();
  });

  it('a brief whose number was changed is caught (the gate is not a rubber stamp)', async () => {
    const { brief } = await templateWriter({ sheet: sampleSheet, registry: defaultRegistry, style: 'daily-snapshot' });
    const { checkBrief } = await import('../../src/factcheck/check-brief.ts');
    const altered = brief.markdown.replace('fell 2.8% over 24h to $96.4K', 'fell 4.8% over 24h to $96.4K');
    expect(altered).not.toBe(brief.markdown);
    expect(checkBrief({ markdown: altered, sheet: sampleSheet, registry: defaultRegistry }).ok).toBe(false);
  });
});

// fixtures/day.snapshot.json is tracked: when it is missing these tests fail (readFileSync throws), never skip.
describe('fixtures day', () => {
  it.each(briefStyleSchema.options)('%s template brief is verified', async (style) => {
    const { report } = await templateWriter({ sheet: fixtureSheet(), registry: defaultRegistry, style });
    expect(report.claims.filter((claim) => claim.verdict !== 'supported')).toEqual([]);
  });
  it('the daily prompt stays under 3,000 o200k_base tokens', () => {
    const prompt = buildPrompt({
      sheet: fixtureSheet(),
      registry: defaultRegistry,
      style: 'daily-snapshot',
      countTokens: countChatTokens,
    });
    expect(prompt.tokens).toBeLessThan(3000);
  });
});
