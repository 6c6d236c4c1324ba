// The one Markdown parser inside workerd: the weekly update's sector table is a real <table> on every public surface.
import Parser from 'rss-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderBriefHtml } from '../../src/brief/render-html.ts';
import { renderMarkdownEmail } from '../../src/email/render-markdown-email.ts';
import { renderMarkdownText } from '../../src/email/render-markdown-text.ts';
import { get, postRun } from './helpers.ts';

const sectorTable =
  /<table>\s*<thead>\s*<tr>\s*<th>Sector<\/th>\s*<th>7-day change<\/th>[\s\S]*<td>L2s<\/td>\s*<td>-17\.5%<\/td>/;

let weeklyId = '';
beforeAll(async () => {
  const response = await postRun({ style: 'weekly-update' });
  const body = (await response.json()) as { brief: { id: string; status: string } };
  expect(body.brief.status).toBe('published');
  weeklyId = body.brief.id;
});

describe('markdown-it in workerd', () => {
  it('renders the same token stream for web, email and text, raw HTML escaped', () => {
    const markdown = '| A | B |\n|---|---|\n| x | <b>1</b> |';
    expect(renderBriefHtml(markdown)).toContain('<td>&lt;b&gt;1&lt;/b&gt;</td>');
    expect(renderMarkdownEmail(markdown)).toMatch(/<td [^>]*>x<\/td>/);
    expect(renderMarkdownText(markdown)).toBe('A         B\n-  --------\nx  <b>1</b>');
  });
});

describe('the weekly update sector table', () => {
  it('is a <table> on /briefs/:id', async () => {
    expect(await (await get(`/briefs/${weeklyId}`)).text()).toMatch(sectorTable);
  });

  it('is a <table> in ?format=html and in the JSON html', async () => {
    expect(await (await get(`/api/briefs/${weeklyId}?format=html`)).text()).toMatch(sectorTable);
    const json = (await (await get(`/api/briefs/${weeklyId}`)).json()) as { html: string };
    expect(json.html).toMatch(sectorTable);
  });

  it('is a <table> in feed.xml content:encoded and feed.json content_html', async () => {
    const rss = await new Parser<object, { 'content:encoded': string }>({
      customFields: { item: ['content:encoded'] },
    }).parseString(await (await get('/feed.xml')).text());
    const rssItem = rss.items.find((item) => item.link?.endsWith(weeklyId));
    expect(rssItem?.['content:encoded']).toMatch(sectorTable);
    const feed = (await (await get('/feed.json')).json()) as { items: { id: string; content_html: string }[] };
    expect(feed.items.find((item) => item.id === weeklyId)?.content_html).toMatch(sectorTable);
  });
});
