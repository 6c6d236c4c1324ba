import { describe, expect, it } from 'vitest';
import { decideStatus } from '../../src/pipeline/decide-status.ts';

describe('decideStatus', () => {
  it('publishes a verified brief only when AUTO_PUBLISH is on', () => {
    expect(decideStatus({ checkOk: true, writerFellBack: false, autoPublish: true })).toBe('published');
    expect(decideStatus({ checkOk: true, writerFellBack: false, autoPublish: false })).toBe('needs_review');
  });
  it('holds a failed check for review even with AUTO_PUBLISH', () => {
    expect(decideStatus({ checkOk: false, writerFellBack: false, autoPublish: true })).toBe('needs_review');
  });
  it('holds a brief whose LLM writer fell back to the template', () => {
    expect(decideStatus({ checkOk: true, writerFellBack: true, autoPublish: true })).toBe('needs_review');
  });
});
