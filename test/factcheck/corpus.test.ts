/**
 * The labelled corpus over the fixtures day: templates (correct + wrong variants) and literal cases.
 * Asserts >= 99 % of wrong numbers/directions flagged and <= 1 % of correct ones flagged, and prints both.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { CheckReport } from '../../src/domain/check-report.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { expandTemplate, type Case, type Expect } from './corpus/expand.ts';
import { literalCases } from './corpus/literal.ts';
import { briefs, passages, phrasings, templates } from './corpus/templates.ts';
import { fixtureSheet } from './fixture-sheet.ts';

const sheet = fixtureSheet();
const FLAGGED = new Set(['contradicted', 'unsupported']);

function buildCases(): Case[] {
  const cases = [...templates, ...passages, ...phrasings, ...briefs].flatMap((t, i) => expandTemplate(t, i, sheet));
  literalCases.forEach((lc, i) => {
    const checks = lc.checks.map((c) => {
      const at = lc.text.indexOf(c.find);
      if (at === -1) throw new Error(`literal ${i}: ${c.find} not found`);
      return { span: [at, at + c.find.length] as [number, number], expect: c.expect, note: c.find };
    });
    const wrong = checks.some((c) => c.expect === 'flag');
    cases.push({
      id: `l${i}`,
      style: lc.style,
      text: lc.text,
      kind: wrong ? 'wrong' : 'correct',
      mutation: wrong ? 'literal' : 'none',
      checks,
    });
  });
  return cases;
}

type Outcome = { ok: boolean; why: string };

/** The sentence-sized neighbourhood of a span, for failure messages. */
const around = (text: string, span: [number, number]) => text.slice(Math.max(0, span[0] - 90), span[1] + 60);

function judge(report: CheckReport, span: [number, number], expected: Expect, alt?: [number, number]): Outcome {
  const hits = (s: [number, number]) => report.claims.filter((c) => c.span[0] < s[1] && c.span[1] > s[0]);
  const overlapping = expected === 'flag' && alt ? [...hits(span), ...hits(alt)] : hits(span);
  const ignored = report.ignored.some((g) => g.span[0] < span[1] && g.span[1] > span[0]);
  const verdicts =
    overlapping.map((c) => `${c.verdict}: ${c.reason}`).join(' | ') || (ignored ? 'ignored' : 'no claim');
  switch (expected) {
    case 'ok':
      return { ok: overlapping.length > 0 && overlapping.every((c) => !FLAGGED.has(c.verdict)), why: verdicts };
    case 'flag':
      return { ok: overlapping.some((c) => FLAGGED.has(c.verdict)), why: verdicts };
    case 'source':
      return {
        ok: overlapping.some((c) => c.verdict === 'supported-by-source' && c.sourceUrl !== null),
        why: verdicts,
      };
    case 'ignored':
      return { ok: overlapping.length === 0 && ignored, why: verdicts };
    case 'skip':
      return { ok: true, why: '' };
  }
}

describe('fact-check corpus (fixtures day)', () => {
  const cases = buildCases();
  it('has at least 300 labelled cases in several styles', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(new Set(cases.map((c) => c.style)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(cases.map((c) => c.mutation))).toEqual(
      new Set([
        'none',
        'literal',
        'scale-10x',
        'off-by-points',
        'wrong-asset',
        'wrong-window',
        'sign-flip',
        'direction-word',
        'level-word',
      ]),
    );
  });

  it('flags >= 99% of wrong numbers and <= 1% of correct ones', () => {
    let wrongTotal = 0,
      wrongFlagged = 0,
      correctTotal = 0,
      correctFlagged = 0;
    const failures: string[] = [];
    for (const c of cases) {
      const report = checkBrief({ markdown: c.text, sheet, registry: defaultRegistry });
      const flagSpans = c.checks.filter((k) => k.expect === 'flag').map((k) => k.span);
      for (const check of c.checks) {
        // One claim can hold two figures (`2 of 32`, `$3,405–$3,528`): when its other figure is the wrong one,
        // this figure's own label cannot be judged separately.
        if (
          check.expect === 'ok' &&
          report.claims.some(
            (cl) =>
              cl.span[0] < check.span[1] &&
              cl.span[1] > check.span[0] &&
              flagSpans.some((f) => cl.span[0] < f[1] && cl.span[1] > f[0]),
          )
        )
          continue;
        if (check.expect === 'skip') continue;
        const outcome = judge(report, check.span, check.expect, check.alt);
        if (check.expect === 'flag') {
          wrongTotal++;
          if (outcome.ok) wrongFlagged++;
        } else {
          correctTotal++;
          if (!outcome.ok) correctFlagged++;
        }
        if (!outcome.ok)
          failures.push(
            `${c.id} [${c.mutation}] expect ${check.expect} on ` +
              `${JSON.stringify(c.text.slice(check.span[0], check.span[1]))} in ` +
              `${JSON.stringify(around(c.text, check.span))} -> ${outcome.why}`,
          );
      }
      // In a correct text nothing at all may be flagged, checked span or not.
      if (c.kind === 'correct') {
        const stray = report.claims.filter(
          (cl) => FLAGGED.has(cl.verdict) && !c.checks.some((k) => cl.span[0] < k.span[1] && cl.span[1] > k.span[0]),
        );
        correctTotal += stray.length;
        correctFlagged += stray.length;
        for (const cl of stray)
          failures.push(
            `${c.id} stray ${cl.verdict} ${JSON.stringify(cl.text)} in ` +
              `${JSON.stringify(around(c.text, cl.span))}: ${cl.reason}`,
          );
      }
    }
    const detection = wrongFlagged / wrongTotal;
    const falseFlags = correctFlagged / correctTotal;
    console.log(
      `fact-check corpus: ${cases.length} cases; ` +
        `wrong numbers flagged ${wrongFlagged}/${wrongTotal} = ${(detection * 100).toFixed(1)}%; ` +
        `correct numbers flagged ${correctFlagged}/${correctTotal} = ${(falseFlags * 100).toFixed(2)}%`,
    );
    if (failures.length) console.log(failures.slice(0, 60).join('\n'));
    expect(detection).toBeGreaterThanOrEqual(0.99);
    expect(falseFlags).toBeLessThanOrEqual(0.01);
  });
});
