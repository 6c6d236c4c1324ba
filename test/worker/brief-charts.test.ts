// The brief page draws its charts from the facts stored with the brief (the ones its text was checked against).
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactsSheet } from '../../src/domain/fact.ts';
import { get, postRun } from './helpers.ts';

let weeklyId = '';
let facts = new Map<string, number>();
beforeAll(async () => {
  weeklyId = ((await (await postRun({ style: 'weekly-update' })).json()) as { brief: { id: string } }).brief.id;
  const row = await env.DB.prepare('SELECT sheet_json FROM snapshots WHERE brief_id = ?')
    .bind(weeklyId)
    .first<{ sheet_json: string }>();
  facts = new Map((JSON.parse(row!.sheet_json) as FactsSheet).facts.map((fact) => [fact.id, fact.value]));
});

describe('charts on /briefs/:id', () => {
  it('draws the 7-day sector moves and BTC 30-day path as inline SVG with the stored fact values', async () => {
    const html = await (await get(`/briefs/${weeklyId}`)).text();
    expect(html).toMatch(/<figure class="chart chart-sectors">\s*<svg role="img"/);
    expect(html).toMatch(/<figure class="chart chart-price">\s*<svg role="img"/);
    const drawn = [...html.matchAll(/data-fact="([^"]+)" data-value="([^"]+)"/g)].map((m) => [m[1]!, Number(m[2])]);
    const ids = drawn.map(([id]) => id);
    expect(ids.filter((id) => /^sector\.[a-z0-9-]+\.change_7d$/.test(String(id))).length).toBeGreaterThan(3);
    expect(ids).toEqual(expect.arrayContaining(['btc.price', 'btc.swing_high_30d', 'btc.swing_low_30d']));
    for (const [id, value] of drawn) expect(value).toBe(facts.get(String(id)));
    expect(html).toMatch(/<figcaption>Sector moves over 7 days: [^<]*-17\.5%/);
    expect(html).toMatch(
      /<figcaption>Bitcoin over 30 days: from \$[\d.,K]+ on [A-Z][a-z]{2} \d+, \d{4} to \$103\.8K now/,
    );
  });
});
