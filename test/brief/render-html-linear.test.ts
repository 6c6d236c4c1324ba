/**
 * Adversarial Markdown (many `[` and `(` without closers) renders as text, never as links, in all three
 * renderers. How long it takes is measured in bench/stages/pipeline.ts ("hostile Markdown"), not here.
 */
import { describe, expect, it } from 'vitest';
import { renderBriefHtml } from '../../src/brief/render-html.ts';
import { renderMarkdownEmail } from '../../src/email/render-markdown-email.ts';
import { renderMarkdownText } from '../../src/email/render-markdown-text.ts';

const hostile = `${'['.repeat(50_000)}](${'('.repeat(50_000)}`;

describe('link rendering on hostile Markdown', () => {
  it('renders without treating the brackets as links', () => {
    expect(renderBriefHtml(hostile)).not.toContain('<a ');
    expect(renderMarkdownText(hostile)).toContain('[[[');
    expect(renderMarkdownEmail(hostile)).not.toContain('<a ');
  });
  it('still renders ordinary links', () => {
    expect(renderBriefHtml('See [the source](https://example.com/a).')).toContain('href="https://example.com/a"');
  });
});
