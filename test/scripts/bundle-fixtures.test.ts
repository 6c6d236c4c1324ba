import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtureModule } from '../../scripts/bundle-fixtures.ts';

const dayDir = join(import.meta.dirname, '../../fixtures/day');

describe('buildFixtureModule', () => {
  it('embeds recording.json and every body byte-for-byte', () => {
    const text = buildFixtureModule(dayDir);
    const json = text.slice(text.indexOf('= ') + 2, text.lastIndexOf(';'));
    const embedded = JSON.parse(json) as {
      recording: { entries: { response: { bodyFile: string } }[] };
      bodies: Record<string, string>;
    };
    const recording = JSON.parse(readFileSync(join(dayDir, 'recording.json'), 'utf8')) as typeof embedded.recording;
    expect(embedded.recording.entries).toHaveLength(recording.entries.length);
    for (const entry of recording.entries) {
      expect(embedded.bodies[entry.response.bodyFile]).toBe(
        readFileSync(join(dayDir, entry.response.bodyFile), 'utf8'),
      );
    }
    expect(text.startsWith('// GENERATED')).toBe(true);
  });
});
