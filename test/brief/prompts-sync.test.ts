import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { promptTexts } from '../../src/brief/prompts.generated.ts';
import { generatedPath, renderPromptsModule } from '../../scripts/build-prompts.ts';

describe('prompts.generated.ts', () => {
  it('matches prompts/*.md (run `npx tsx scripts/build-prompts.ts` when this fails)', () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderPromptsModule());
  });
  it('carries the system prompt, one prompt per style and the repair prompt', () => {
    expect(Object.keys(promptTexts).sort()).toEqual([
      'daily-snapshot',
      'repair',
      'sector-recap',
      'system',
      'weekly-update',
    ]);
    expect(promptTexts.system).toMatch(/untrusted/i);
    expect(promptTexts.system).toMatch(/investment advice/i);
  });
});
