import { describe, expect, it } from 'vitest';
import { judgeBrief, judgeRun, statusAfterEdit, statusAfterRun } from '../../src/review/status-policy.ts';

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

describe('judgeRun (the one run verdict of the CLI brief command and the Worker run)', () => {
  it("keeps the brief's own verdict when the writer asked for wrote it and the collection was whole", () => {
    expect(judgeRun({ verdict: 'verified', collectionCut: false })).toBe('verified');
    expect(judgeRun({ verdict: 'verified', writerFellBack: false, collectionCut: false })).toBe('verified');
    expect(judgeRun({ verdict: 'needs_review', collectionCut: false })).toBe('needs_review');
  });
  it('sends a run the budget cut or whose writer threw to review, whatever the check says', () => {
    expect(judgeRun({ verdict: 'verified', collectionCut: true })).toBe('needs_review');
    expect(judgeRun({ verdict: 'verified', writerFellBack: true, collectionCut: false })).toBe('needs_review');
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
