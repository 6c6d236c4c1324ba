/**
 * The blind-corpus scorer itself: locating finds, corpus integrity, how overlapping claims decide a label, and the
 * day a corpus folder is labelled against.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { days } from '../../../scripts/fixture-day/days.ts';
import type { CheckReport, Claim } from '../../../src/domain/check-report.ts';
import { corpusDay, dayChecker, daySheet, integrityErrors, loadCorpus, locate, scoreBlind } from './score.ts';
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

  it('counts a flag restating a caught wrong number (same sentence, same fact) as part of the catch', () => {
    const t = 'SOL funding is positive at 0.006%, so longs pay shorts. BTC rose 1% and longs pay shorts.';
    const c: BlindCase = {
      id: 't2',
      voice: 'wire',
      style: 'daily',
      text: t,
      numbers: [
        { find: '0.006%', label: 'contradicted' },
        { find: '1%', label: 'supported' },
      ],
    };
    const on = (find: string, verdict: Claim['verdict'], factId: string, sentence: string, nth = 1) => {
      let at = -1;
      for (let k = 0; k < nth; k++) at = t.indexOf(find, at + 1);
      return { ...claim(find, at, verdict), factId, sentence, entity: factId.split('.')[0]! };
    };
    const [first, second] = t.split('. ');
    const claims = [
      on('0.006%', 'contradicted', 'sol.funding', first!),
      on('longs pay shorts', 'contradicted', 'sol.funding', first!),
      // (another fact of the same subject stays a false alarm)
      on('positive', 'contradicted', 'sol.funding_sign', first!),
      on('1%', 'supported', 'btc.change_24h', second!),
      // Same fact, other sentence: still a stray false alarm.
      on('longs pay shorts', 'contradicted', 'sol.funding', second!, 2),
    ];
    const s = scoreBlind([c], () => report(claims));
    expect(s.echoes).toBe(1);
    expect(s.overall).toMatchObject({ wrong: 1, wrongFlagged: 1, correct: 3, correctFlagged: 2 });
    expect(s.disagreements.map((d) => `${d.kind} ${d.find}`)).toEqual([
      'ECHO longs pay shorts',
      'STRAY positive',
      'STRAY longs pay shorts',
    ]);
  });
});

describe('the day of a corpus', () => {
  const root = mkdtempSync(join(tmpdir(), 'gb-blind-day-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>) => {
    const dir = join(root, name);
    mkdirSync(dir);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  };
  const caseFile = `export const cases = ${JSON.stringify([
    { ...base, id: 'c1', text: 'BTC rose 0.2% over 24h.', numbers: [{ find: '0.2%', label: 'supported' }] },
  ])};\n`;

  it('is the rally day without day.ts, else the day it names; day.ts is no case file', async () => {
    expect(await corpusDay(folder('plain', { 'cases.ts': caseFile }))).toBe('rally');
    const chop = folder('chop', { 'cases.ts': caseFile, 'day.ts': "export const day = 'chop';\n" });
    expect(await corpusDay(chop)).toBe('chop');
    expect((await loadCorpus(chop)).map((c) => c.id)).toEqual(['c1']);
    const unknown = folder('unknown', { 'day.ts': "export const day = 'nope';\n" });
    const names = Object.keys(days).join(', ');
    await expect(corpusDay(unknown)).rejects.toThrow(`'day' must name an authored day (${names})`);
  });

  it('daySheet builds each authored day once and refuses an unknown one', () => {
    expect(daySheet('chop')).toBe(daySheet('chop'));
    expect(daySheet()).toBe(daySheet('rally'));
    const price = (name: string) => daySheet(name).facts.find((f) => f.id === 'btc.price')?.value;
    expect([price('rally'), price('chop')]).toEqual([112486.3, 107846.2]);
    expect(() => daySheet('nope')).toThrow(/unknown day "nope"/);
  });

  it('a case is checked against its own day: the same figure holds on one day and is flagged on the other', () => {
    const c: BlindCase = { ...base, text: 'BTC rose 0.2% over 24h.', numbers: [{ find: '0.2%', label: 'supported' }] };
    const chop = scoreBlind([c], dayChecker(daySheet('chop')));
    const rally = scoreBlind([c], dayChecker(daySheet('rally')));
    expect(chop.overall).toMatchObject({ correct: 1, correctFlagged: 0 });
    expect(rally.overall).toMatchObject({ correct: 1, correctFlagged: 1 });
  });
});
