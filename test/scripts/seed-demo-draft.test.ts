import { describe, expect, it } from 'vitest';
import { buildDemoMarkdown, demoNote, demoTitlePrefix } from '../../scripts/seed-demo-draft.ts';

describe('buildDemoMarkdown', () => {
  it('labels the title, puts the demo note first and moves one body percentage by seven points', () => {
    const markdown = '# Weekly: BTC -2.5%\n\nBTC fell 2.5% this week; ETH fell 3.1%.\n';
    const at = (text: string, from = 0) => {
      const start = markdown.indexOf(text, from);
      return [start, start + text.length] as [number, number];
    };
    const demo = buildDemoMarkdown({
      brief: { id: 'x', status: 'needs_review', title: 'Weekly: BTC -2.5%' },
      report: {
        claims: [
          { text: '-2.5%', span: at('-2.5%'), verdict: 'supported', unit: 'pct' },
          { text: '2.5%', span: at('2.5%', 20), verdict: 'supported', unit: 'pct' },
        ],
      },
      markdown,
    });
    expect(demo.title).toBe(`${demoTitlePrefix}: Weekly: BTC -2.5%`);
    expect(demo.markdown).toBe(`${demoNote}\n\nBTC fell 9.5% this week; ETH fell 3.1%.\n`);
  });
});
