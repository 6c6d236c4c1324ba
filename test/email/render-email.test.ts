import { describe, expect, it } from 'vitest';
import { renderEmail } from '../../src/email/render-email.ts';
import { renderInline, renderMarkdownEmail } from '../../src/email/render-markdown-email.ts';
import { renderMarkdownText } from '../../src/email/render-markdown-text.ts';
import {
  computeSectorMoves,
  formatChangePct,
  renderSectorChartHtml,
  renderSectorChartText,
} from '../../src/email/render-sector-chart.ts';
import { sampleBrief, sampleFacts, sampleSheet } from './sample-brief.ts';

const input = {
  brief: sampleBrief,
  sheet: sampleSheet,
  baseUrl: 'https://groundbrief.test/',
  unsubscribeUrl: 'https://groundbrief.test/unsubscribe?token=abc.def',
  manageUrl: 'https://groundbrief.test/subscribe/manage?token=m.n',
  postalAddress: 'PO Box 12 & Co, Example City <EX 1>',
};

describe('sector chart', () => {
  it('takes only sector.<s>.change_24h facts, largest gain first', () => {
    expect(computeSectorMoves(sampleFacts).map((m) => [m.sectorId, m.changePct])).toEqual([
      ['memes', 3.25],
      ['gaming', 0.4],
      ['l1', -2.4],
      ['ai', -6.1],
    ]);
  });

  it('draws bars proportional to the move, the largest move filling its half', () => {
    const html = renderSectorChartHtml(computeSectorMoves(sampleFacts));
    // AI -6.1 fills its half (100%), Layer 1 -2.4 -> 39%, Memes 3.25 -> 53%, Gaming 0.4 -> 7%.
    const barWidths = [...html.matchAll(/<td width="(\d+)%" class="gb-(up|down)"/g)].map((m) => `${m[2]}:${m[1]}`);
    expect(barWidths).toEqual(['up:53', 'up:7', 'down:39', 'down:100']);
    expect(html).toContain('\u22126.1%');
    expect(html).not.toMatch(/<svg|<img|<script/i);
  });

  it('renders nothing without sector facts, and a text chart with ASCII signs', () => {
    expect(renderSectorChartHtml([])).toBe('');
    const text = renderSectorChartText(computeSectorMoves(sampleFacts));
    expect(text.split('\n')[3]).toMatch(/^AI\s+-6\.1%\s+-{20}$/);
    expect(formatChangePct(0.04)).toBe('+0.04%');
    expect(formatChangePct(-0.001)).toBe('0.00%');
  });
});

describe('markdown to email HTML', () => {
  it('escapes raw HTML and drops unsafe link schemes', () => {
    expect(renderInline('<b>x</b> [a](javascript:alert(1)) [b](https://ok.example/x_y_z)')).toBe(
      '&lt;b&gt;x&lt;/b&gt; a <a href="https://ok.example/x_y_z" class="gb-link" style="color:#0b5cad;text-decoration:underline">b</a>',
    );
  });

  it('renders headings, lists and pipe tables with inline styles', () => {
    const html = renderMarkdownEmail('## Head\n\n- one\n- **two**\n\n| Asset | 24h |\n|---|---|\n| BTC | -1.2% |');
    expect(html).toMatch(/<h2 class="gb-text" style="[^"]+">Head<\/h2>/);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain('<strong>two</strong>');
    expect(html).toMatch(/<table style="[^"]+">.*<th[^>]*>Asset<\/th>.*<td[^>]*text-align:right[^>]*>-1\.2%<\/td>/s);
    expect(html).not.toContain('---');
  });

  it('turns links into "label (url)" in the text part', () => {
    expect(renderMarkdownText('# T\nSee **this** [story](https://x.example/a).')).toBe(
      'T\n=\n\nSee this story (https://x.example/a).',
    );
  });
});

describe('renderEmail', () => {
  it('uses the title as subject, drops the markdown h1 and links the web page without a double slash', () => {
    const email = renderEmail(input);
    expect(email.subject).toBe(sampleBrief.title);
    expect(email.webUrl).toBe('https://groundbrief.test/briefs/2026-11-20-daily-snapshot');
    expect(email.html.match(/<h1/g)).toHaveLength(1);
    expect(email.text.match(new RegExp(sampleBrief.title, 'g'))).toHaveLength(1);
  });

  it('is dark-mode aware: color-scheme meta plus a prefers-color-scheme block over inline light defaults', () => {
    const { html } = renderEmail(input);
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toMatch(
      /@media \(prefers-color-scheme:dark\)\{[\s\S]*\.gb-card\{background-color:#171b21 !important\}/,
    );
    expect(html).toMatch(/class="gb-card gb-text"[^>]*style="[^"]*background-color:#ffffff/);
  });

  it('names the model in the AI disclosure of an LLM brief', () => {
    const { html, text } = renderEmail({
      ...input,
      brief: { ...sampleBrief, writer: { kind: 'llm', model: 'gpt-4.1-mini' } },
    });
    expect(text).toContain('drafted by an AI language model (gpt-4.1-mini)');
    expect(html).toContain('drafted by an AI language model (gpt-4.1-mini)');
  });

  it('the AI disclosure reports the check truthfully: all matched, or N of M and an editor published it', () => {
    const counts = (supported: number, contradicted: number, unsupported: number, bySource = 0) => ({
      counts: { supported, contradicted, unsupported, 'supported-by-source': bySource },
    });
    const clean = renderEmail({ ...input, brief: { ...sampleBrief, report: counts(3, 0, 0, 1) } });
    expect(clean.text).toContain(
      'every number in it (4) was checked automatically against the day\u2019s facts and matched',
    );
    for (const part of [
      renderEmail({ ...input, brief: { ...sampleBrief, report: counts(5, 1, 1) } }).text,
      renderEmail({ ...input, brief: { ...sampleBrief, report: counts(5, 1, 1) } }).html,
    ]) {
      expect(part).toContain('only 5 of 7 numbers in it matched');
      expect(part).toContain('published by an editor');
      expect(part).not.toMatch(/every number/i);
    }
    // without a report the email claims nothing about checking
    expect(renderEmail(input).text).not.toMatch(/checked|matched/);
  });

  it("ends with the manage link, the unsubscribe link and the sender's postal address in both parts (CAN-SPAM)", () => {
    const { html, text } = renderEmail(input);
    expect(text).toMatch(
      /Choose your briefs: https:\/\/groundbrief\.test\/subscribe\/manage\?token=m\.n\nUnsubscribe \(one click\): https:\/\/groundbrief\.test\/unsubscribe\?token=abc\.def\n\ngroundbrief, PO Box 12 & Co, Example City <EX 1>\n$/,
    );
    expect(html).toContain('href="https://groundbrief.test/subscribe/manage?token=m.n"');
    expect(html).toContain('href="https://groundbrief.test/unsubscribe?token=abc.def"');
    expect(html).toContain('groundbrief, PO Box 12 &amp; Co, Example City &lt;EX 1&gt;</p>');
  });

  it('renders without a facts sheet (no chart, no sources) and never links a javascript: source', () => {
    const bare = renderEmail({ ...input, sheet: null });
    expect(bare.html).not.toContain('Sector moves');
    expect(bare.html).not.toContain('Sources');
    expect(renderEmail(input).html).not.toContain('javascript:');
  });
});

describe('sector chart when every sector moved the same way', () => {
  it('uses one full-width track from the left instead of an empty half', () => {
    const allDown = computeSectorMoves(sampleFacts).map((move) => ({
      ...move,
      changePct: -Math.abs(move.changePct) - 1,
    }));
    // -4.25, -1.4, -3.4, -7.1 against the largest 7.1: 60 %, 20 %, 48 %, 100 %.
    const html = renderSectorChartHtml(allDown);
    expect(html).not.toMatch(/<td width="40%" (class="gb-rule" )?style="padding:5px 0/);
    expect(html.match(/<td width="80%" class="gb-rule"/g)).toHaveLength(4);
    expect([...html.matchAll(/<td width="(\d+)%" class="gb-down"/g)].map((m) => Number(m[1]))).toEqual([
      60, 20, 48, 100,
    ]);
  });
});
