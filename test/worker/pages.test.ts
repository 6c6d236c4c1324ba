import { beforeAll, describe, expect, it } from 'vitest';
import { get, postRun } from './helpers.ts';

let published = '';
let held = '';
beforeAll(async () => {
  published = ((await (await postRun({})).json()) as { brief: { id: string } }).brief.id;
  held = (
    (await (await postRun({ style: 'sector-recap' }, { AUTO_PUBLISH: 'false' })).json()) as { brief: { id: string } }
  ).brief.id;
});

describe('GET /briefs/:id', () => {
  it('renders a readable page with the text, AI disclosure, sources and the not-advice line', async () => {
    const response = await get(`/briefs/${published}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('<h1>');
    expect(html).toContain('aria-label="AI disclosure"');
    expect(html).toMatch(/checked by code against that sheet: \d+ of \d+ matched/);
    expect(html).toContain('<h2>Sources</h2>');
    expect(html).toContain('Not investment advice');
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
  });

  it('404 for a brief waiting for review and for an unknown id', async () => {
    expect((await get(`/briefs/${held}`)).status).toBe(404);
    expect((await get('/briefs/2099-01-01-daily-snapshot')).status).toBe(404);
  });
});
