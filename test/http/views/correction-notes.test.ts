import { describe, expect, it } from 'vitest';
import { buildPublicHistory } from '../../../src/http/views/correction-notes.tsx';
import type { BriefCorrection, BriefVersion } from '../../../src/store/index.ts';

const version = (n: number): BriefVersion => ({
  version: n,
  title: `t${n}`,
  markdown: `# t${n}\n`,
  report: {
    ok: true,
    claims: [],
    ignored: [],
    counts: { supported: 0, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
  },
  author: 'x',
  createdAt: `2026-12-0${n}T00:00:00.000Z`,
});
const correction = (n: number): BriefCorrection => ({
  briefId: 'b',
  version: n,
  title: `t${n}`,
  note: `fix ${n}`,
  actor: 'editor:ana',
  notifySubscribers: false,
  at: `2026-12-0${n}T12:00:00.000Z`,
});

describe('buildPublicHistory', () => {
  it('shows only the versions that were public: the one first corrected and every correction but the newest', () => {
    // v1 and v2 were review edits, v3 was published, v4 and v5 are corrections (v5 is the current text)
    const versions = [5, 4, 3, 2, 1].map(version);
    const history = buildPublicHistory([correction(4), correction(5)], versions);
    expect(history.earlier.map((entry) => entry.version)).toEqual([3, 4]);
  });

  it('has nothing for a brief never corrected', () => {
    expect(buildPublicHistory([], [version(2), version(1)])).toEqual({ corrections: [], earlier: [] });
  });
});
