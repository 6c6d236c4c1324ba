import { describe, expect, it } from 'vitest';
import { describeWriter } from '../../../src/http/views/brief-page.tsx';
import type { StoredBrief } from '../../../src/store/index.ts';

function briefWith(counts: StoredBrief['report']['counts']): StoredBrief {
  const total = counts.supported + counts.contradicted + counts.unsupported + counts['supported-by-source'];
  return {
    id: '2026-11-20-daily-snapshot',
    editionDate: '2026-11-20',
    style: 'daily-snapshot',
    status: 'published',
    title: 'T',
    dek: null,
    markdown: '# T',
    writer: { kind: 'template' },
    fallback: null,
    version: 2,
    report: {
      ok: counts.contradicted + counts.unsupported === 0,
      counts,
      claims: Array.from({ length: total }, () => ({}) as StoredBrief['report']['claims'][number]),
      ignored: [],
    },
    createdAt: '2026-11-20T06:00:00.000Z',
    updatedAt: '2026-11-20T07:00:00.000Z',
    publishedAt: '2026-11-20T07:00:00.000Z',
  };
}

describe('describeWriter (the public page disclosure)', () => {
  it('says all matched for a clean brief, and that an editor published one whose numbers did not all match', () => {
    const clean = describeWriter(
      briefWith({ supported: 4, contradicted: 0, unsupported: 0, 'supported-by-source': 1 }),
    );
    expect(clean).toContain('5 of 5 matched.');
    expect(clean).not.toContain('editor');
    const overridden = describeWriter(
      briefWith({ supported: 4, contradicted: 1, unsupported: 2, 'supported-by-source': 0 }),
    );
    expect(overridden).toContain('4 of 7 matched.');
    expect(overridden).toContain('An editor reviewed it and published it anyway.');
  });
});
