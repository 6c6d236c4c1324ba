import { describe, expect, it } from 'vitest';
import { joinBriefMarkdown, splitBriefMarkdown } from '../../src/review/brief-markdown.ts';

describe('brief markdown title/body', () => {
  it('splits the # title line from the body and joins them back', () => {
    const markdown = '# Bitcoin holds\n\nFirst paragraph.\n\n## Sectors\nLine.\n';
    const { title, body } = splitBriefMarkdown(markdown);
    expect(title).toBe('Bitcoin holds');
    expect(body).toBe('First paragraph.\n\n## Sectors\nLine.\n');
    expect(joinBriefMarkdown(title!, body)).toBe(markdown);
  });

  it('has no title when the text does not start with one, and the title field wins over a pasted heading', () => {
    expect(splitBriefMarkdown('Just text').title).toBeNull();
    expect(joinBriefMarkdown('New title', '# Old title\n\nBody\r\n')).toBe('# New title\n\nBody\n');
  });
});
