import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computePricePath } from '../../src/brief/charts/chart-data.ts';
import { formatUsd } from '../../src/brief/format.ts';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { renderEmail } from '../../src/email/render-email.ts';
import { renderPricePathHtml } from '../../src/email/render-price-chart.ts';
import { formatChangePct } from '../../src/email/render-sector-chart.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

const file = fileURLToPath(new URL('../../fixtures/day-rally.snapshot.json', import.meta.url));
const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const sheet = sheetFromSnapshot({ snapshot, registry: defaultRegistry });
const fact = (id: string) => sheet.facts.find((candidate) => candidate.id === id)!.value;
const links = { baseUrl: 'https://gb.test', unsubscribeUrl: 'https://gb.test/u', manageUrl: 'https://gb.test/m' };

describe("BTC's 30-day path in the email (table columns)", () => {
  const html = renderPricePathHtml(computePricePath({ facts: sheet.facts, snapshot }), 'caption.');

  it('draws the daily closes and ends on the price fact, taller for higher values', () => {
    const columns = [...html.matchAll(/<td(?: data-fact="([^"]+)")? data-value="([^"]+)" height="(\d+)"/g)].map(
      (m) => ({
        fact: m[1],
        value: Number(m[2]),
        height: Number(m[3]),
      }),
    );
    expect(columns).toHaveLength(32);
    expect(columns.at(-1)).toMatchObject({ fact: 'btc.price', value: fact('btc.price') });
    expect((columns.at(-1)!.value / columns[0]!.value - 1) * 100).toBeCloseTo(fact('btc.change_30d'), 9);
    const byValue = [...columns].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i++) expect(byValue[i]!.height).toBeGreaterThanOrEqual(byValue[i - 1]!.height);
    expect(html).toContain(`now ${formatUsd(fact('btc.price'))}`);
    expect(html).not.toMatch(/<svg|<img|<script/i);
  });

  it('the weekly email charts the 7-day sector facts and states the BTC path in both parts', () => {
    const brief = writeFromTemplate({ sheet, registry: defaultRegistry, style: 'weekly-update' });
    const email = renderEmail({ brief: { ...brief, id: 'w' }, sheet, snapshot, postalAddress: 'x', ...links });
    expect(email.html).toContain('Sector moves, 7 days');
    for (const item of sheet.facts.filter((f) => /^sector\.[a-z0-9-]+\.change_7d$/.test(f.id)))
      expect(email.html).toContain(`>${formatChangePct(item.value)}</td>`);
    const caption = `to ${formatUsd(fact('btc.price'))} now`;
    expect(email.html).toContain('Bitcoin, 30 days');
    expect(email.html).toContain(caption);
    expect(email.text).toContain(caption);
    const withoutSnapshot = renderEmail({ brief: { ...brief, id: 'w' }, sheet, postalAddress: 'x', ...links });
    expect(withoutSnapshot.html).not.toContain('Bitcoin, 30 days');
  });
});
