/** The review fragment: escaped text, every claim wrapped by verdict with fact, expected value and reason. */
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/domain/check-report.ts';
import { renderCheckHtml } from '../../src/factcheck/render-check-html.ts';

const claim = (
  span: [number, number],
  text: string,
  verdict: CheckReport['claims'][number]['verdict'],
  reason: string,
  factId: string | null,
  expected: number | null,
): CheckReport['claims'][number] => ({
  text,
  span,
  sentence: '',
  value: 1,
  unit: 'pct',
  entity: null,
  metric: null,
  window: null,
  direction: null,
  hedge: null,
  verdict,
  factId,
  expected,
  sourceUrl: null,
  reason,
});

describe('renderCheckHtml', () => {
  it('wraps claims and ignored numbers, escapes everything else, keeps line breaks', () => {
    const markdown = 'AI <i>fell</i> 8.1% & "more"\nsince Nov 20.';
    const report: CheckReport = {
      ok: false,
      counts: { supported: 0, contradicted: 1, unsupported: 0, 'supported-by-source': 0 },
      claims: [
        claim(
          [markdown.indexOf('8.1%'), markdown.indexOf('8.1%') + 4],
          '8.1%',
          'contradicted',
          'says -8.1%, the AI sector moved -6.1% over 24h <"x">',
          'sector.ai.change_24h',
          -6.1,
        ),
      ],
      ignored: [{ text: '20', span: [markdown.indexOf('20'), markdown.indexOf('20') + 2], kind: 'date' }],
    };
    expect(renderCheckHtml({ markdown, report })).toBe(
      'AI &lt;i&gt;fell&lt;/i&gt; <mark class="claim v-contradicted" data-verdict="contradicted" ' +
        'data-fact="sector.ai.change_24h" data-expected="-6.1" ' +
        'title="says -8.1%, the AI sector moved -6.1% over 24h &lt;&quot;x&quot;&gt;" tabindex="0">8.1%</mark> ' +
        '&amp; &quot;more&quot;<br>\nsince Nov <span class="ignored" data-kind="date">20</span>.',
    );
  });

  it('drops overlapping or out-of-range spans instead of breaking the markup', () => {
    const report: CheckReport = {
      ok: true,
      counts: { supported: 2, contradicted: 0, unsupported: 0, 'supported-by-source': 0 },
      claims: [
        claim([0, 4], 'abcd', 'supported', 'ok', null, null),
        claim([2, 6], 'cdef', 'supported', 'ok', null, null),
        claim([5, 99], 'x', 'supported', 'ok', null, null),
      ],
      ignored: [],
    };
    expect(renderCheckHtml({ markdown: 'abcdefg', report })).toBe(
      '<mark class="claim v-supported" data-verdict="supported" title="ok" tabindex="0">abcd</mark>efg',
    );
  });
});
