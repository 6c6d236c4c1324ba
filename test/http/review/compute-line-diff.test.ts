import { describe, expect, it } from 'vitest';
import { computeLineDiff } from '../../../src/http/review/compute-line-diff.ts';

describe('computeLineDiff', () => {
  it('marks a changed line as one deletion and one addition, keeping the rest', () => {
    const diff = computeLineDiff('# T\n\nBTC fell 9.9%.\nEnd.', '# T\n\nBTC fell 2.1%.\nEnd.');
    expect(diff).toEqual([
      { op: 'same', text: '# T' },
      { op: 'same', text: '' },
      { op: 'del', text: 'BTC fell 9.9%.' },
      { op: 'add', text: 'BTC fell 2.1%.' },
      { op: 'same', text: 'End.' },
    ]);
  });

  it('handles empty sides and pure insertions', () => {
    expect(computeLineDiff('', 'a\nb')).toEqual([
      { op: 'add', text: 'a' },
      { op: 'add', text: 'b' },
    ]);
    expect(computeLineDiff('a\nb', '')).toEqual([
      { op: 'del', text: 'a' },
      { op: 'del', text: 'b' },
    ]);
    expect(computeLineDiff('a\nc', 'a\nb\nc')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'add', text: 'b' },
      { op: 'same', text: 'c' },
    ]);
  });

  it('always rebuilds both texts from its output', () => {
    const before = 'x\ny\nz\ny\nx\nw';
    const after = 'y\nx\nz\nq\nw\nx';
    const diff = computeLineDiff(before, after);
    expect(
      diff
        .filter((l) => l.op !== 'add')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      diff
        .filter((l) => l.op !== 'del')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
    // LCS of these two has length 3 (e.g. y, z, w), so exactly 3 lines are kept
    expect(diff.filter((l) => l.op === 'same')).toHaveLength(3);
  });
});
