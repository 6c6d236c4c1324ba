// `npm test` must not rewrite the tracked docs/*.png: the browser tests save through screenshotPath, which writes to
// docs/ only when UPDATE_SCREENSHOTS=1 asks.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './screenshot-path.ts';

const folder = fileURLToPath(new URL('.', import.meta.url));

describe('screenshotPath', () => {
  it('is an untracked folder by default and docs/ only with UPDATE_SCREENSHOTS=1', () => {
    expect(screenshotPath('subscribe.png', {})).toMatch(/\/test-results\/screenshots\/subscribe\.png$/);
    expect(screenshotPath('subscribe.png', { UPDATE_SCREENSHOTS: '0' })).not.toContain('/docs/');
    expect(screenshotPath('subscribe.png', { UPDATE_SCREENSHOTS: '1' })).toMatch(/\/docs\/subscribe\.png$/);
  });

  it('is the only way the browser tests name a screenshot file', () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.browser.test.ts'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const source = readFileSync(`${folder}${name}`, 'utf8');
      const calls = [...source.matchAll(/\.screenshot\(\{\s*path:\s*([^,}]+)/g)].map((match) => match[1]!.trim());
      expect(calls.length, name).toBeGreaterThan(0);
      for (const path of calls) expect(path, name).toMatch(/^screenshotPath\('[a-z-]+\.png'\)$/);
    }
  });
});
