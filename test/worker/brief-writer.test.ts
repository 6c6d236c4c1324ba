/** The writer's pure parts inside workerd: no fs, no Node APIs (prompts come from prompts.generated.ts). */
import { describe, expect, it } from 'vitest';
import { buildPrompt } from '../../src/brief/build-prompt.ts';
import { countChatTokens, countTokens } from '../../src/brief/count-tokens.ts';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { sampleSheet } from '../brief/sample-sheet.ts';

describe('writer in workerd', () => {
  it('writes and verifies every template style', () => {
    for (const style of ['daily-snapshot', 'sector-recap', 'weekly-update'] as const) {
      const brief = writeFromTemplate({ sheet: sampleSheet, registry: defaultRegistry, style });
      expect(brief.markdown.startsWith('# ')).toBe(true);
      expect(checkBrief({ markdown: brief.markdown, sheet: sampleSheet, registry: defaultRegistry }).ok).toBe(true);
    }
  });
  it('builds a prompt and counts o200k_base tokens with js-tiktoken/lite', () => {
    expect(countTokens('hello world')).toBe(2);
    const prompt = buildPrompt({
      sheet: sampleSheet,
      registry: defaultRegistry,
      style: 'daily-snapshot',
      countTokens: countChatTokens,
    });
    expect(prompt.messages[1]!.content).toContain('<headlines>');
    expect(prompt.tokens).toBeGreaterThan(500);
  });
});
