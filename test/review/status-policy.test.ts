import { describe, expect, it } from 'vitest';
import { judgeBrief, statusAfterEdit, statusAfterRun } from '../../src/review/status-policy.ts';

describe('judgeBrief', () => {
  it('verifies a passed check with facts from the writer asked for', () => {
    expect(judgeBrief({ checkOk: true, factCount: 12, writerFellBack: false })).toBe('verified');
  });
  it('sends a failed check, an empty run or a fallen-back writer to review', () => {
    expect(judgeBrief({ checkOk: false, factCount: 12, writerFellBack: false })).toBe('needs_review');
    expect(judgeBrief({ checkOk: true, factCount: 0, writerFellBack: false })).toBe('needs_review');
    expect(judgeBrief({ checkOk: true, factCount: 12, writerFellBack: true })).toBe('needs_review');
    expect(
      judgeBrief({
        checkOk: true,
        factCount: 12,
        writerFellBack: false,
        degradations: ['AI sector 24h change: 5 of 7 members'],
      }),
    ).toBe('needs_review');
    expect(judgeBrief({ checkOk: true, factCount: 12, writerFellBack: false, degradations: [] })).toBe('verified');
  });
});

describe('statusAfterRun', () => {
  it('publishes a verified brief only when AUTO_PUBLISH is on', () => {
    expect(statusAfterRun({ verdict: 'verified', autoPublish: true })).toBe('published');
    expect(statusAfterRun({ verdict: 'verified', autoPublish: false })).toBe('needs_review');
  });
  it('holds a brief that needs review even with AUTO_PUBLISH', () => {
    expect(statusAfterRun({ verdict: 'needs_review', autoPublish: true })).toBe('needs_review');
  });
});

describe('statusAfterEdit', () => {
  it('never publishes: a verified text waits as draft, anything else as needs_review', () => {
    expect(statusAfterEdit({ verdict: 'verified' })).toBe('draft');
    expect(statusAfterEdit({ verdict: 'needs_review' })).toBe('needs_review');
  });
});
