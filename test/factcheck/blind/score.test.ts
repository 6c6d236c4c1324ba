/** The blind-corpus scorer itself: locating finds, corpus integrity, and how overlapping claims decide a label. */
import { describe, expect, it } from 'vitest';
import type { CheckReport, Claim } from '../../../src/domain/check-report.ts';
import { integrityErrors, locate, scoreBlind } from './score.ts';
import type { BlindCase } from './types.ts';

const claim = (text: string, at: number, verdict: Claim['verdict']): Claim => ({
  text,
  span: [at, at + text.length],
  sentence: '',
  value: null,
  unit: 'pct',
  entity: null,
  metric: null,
  window: null,
  direction: null,
  hedge: null,
  verdict,
  factId: null,
  expected: null,
  sourceUrl: null,
  reason: '',
});
const report = (claims: Claim[]): CheckReport => ({
  ok: false,
  counts: { supported: 0, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
  claims,
  ignored: [],
});

const text = 'BTC rose 3.8% and ETH 4.6%; SOL rose 3.8% over 24h.\n\n| Asset | 24h |\n|---|---|\n| XRP | 9% |';
const base: BlindCase = {
  id: 't1',
  voice: 'daily',
  style: 'daily',
  text,
  numbers: [
    { find: '3.8%@1', label: 'supported' },
    { find: '4.6%', label: 'supported' },
    { find: '3.8%@2', label: 'contradicted', note: 'SOL rose 2%' },
    { find: '24h@1', label: 'ignored' },
    { find: '24h@2', label: 'ignored' },
    { find: '9%', label: 'unsupported' },
  ],
};

describe('blind scorer', () => {
  it('locates the n-th occurrence', () => {
    expect(locate(text, '3.8%@2')).toEqual([37, 41]);
    expect(locate(text, '3.8%@3')).toBeNull();
  });

  it('reports unlabelled digits, missing, repeated and overlapping finds', () => {
    expect(integrityErrors([base])).toEqual([]);
    const broken = { ...base, numbers: [...base.numbers.slice(1, 5), { find: '3.8', label: 'supported' as const }] };
    const errors = integrityErrors([broken]).join('\n');
    expect(errors).toMatch(/'?"3.8" occurs more than once/);
    expect(errors).toMatch(/unlabelled digit/);
    expect(integrityErrors([{ ...base, numbers: [...base.numbers, { find: '9', label: 'ignored' }] }])).toEqual([
      't1: find "9" overlaps another find',
    ]);
  });

  it('counts wrong numbers flagged, correct numbers flagged, table rows and stray flags', () => {
    const claims = [
      claim('3.8%', 9, 'supported'),
      claim('4.6%', 22, 'unsupported'),
      claim('3.8%', 37, 'contradicted'),
      claim('9%', text.indexOf('9%'), 'supported'),
      claim('rose', 32, 'contradicted'),
    ];
    const s = scoreBlind([base], () => report(claims));
    // 3.8%@2 flagged, 9% missed; 4.6% a false flag, 'rose' a stray flag over no label.
    expect(s.overall).toMatchObject({ wrong: 2, wrongFlagged: 1, correct: 5, correctFlagged: 2, labelled: 6 });
    expect(s.perVoice.get('daily')).toEqual(s.overall);
    // The header's 24h and the XRP row's 9% are on table rows.
    expect(s.tables).toMatchObject({ wrong: 1, wrongFlagged: 0, correct: 1, labelled: 2 });
    // exact: 3.8%@1 supported, 3.8%@2 contradicted, both 24h ignored (no claim).
    expect(s.overall.exact).toBe(4);
    expect(s.disagreements.map((d) => `${d.kind} ${d.find}`)).toEqual(['FLAGGED 4.6%', 'MISSED 9%', 'STRAY rose']);
  });
});
