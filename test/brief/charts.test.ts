import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computePricePath, computeSectorMoves, sectorChartWindow } from '../../src/brief/charts/chart-data.ts';
import { renderBriefChartsHtml } from '../../src/brief/charts/render-brief-charts.ts';
import { renderPricePathSvg, renderSectorBarsSvg } from '../../src/brief/charts/render-chart-svg.ts';
import { formatPct, formatUsd } from '../../src/brief/format.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import { briefStyleSchema } from '../../src/domain/brief.ts';
import { marketSnapshotSchema } from '../../src/domain/market-snapshot.ts';
import { sheetFromSnapshot } from '../../src/metrics/sheet-from-snapshot.ts';

const days = [
  'day',
  'day-rally',
  'day-chop',
  'day-squeeze',
  'day-drift',
  'day-rotation',
  'day-flush',
  'day-altseason',
  'day-grind',
  'day-whipsaw',
  'day-ethdump',
  'day-meltup',
  'day-bleed',
  'day-doldrums',
  'day-breakdown',
  'day-mania',
  'day-rollup',
  'day-capitulation',
  'day-rebound',
  'day-fakeout',
  'day-spotlight',
  'day-decouple',
  'day-solstorm',
].map((name) => {
  const file = fileURLToPath(new URL(`../../fixtures/${name}.snapshot.json`, import.meta.url));
  const snapshot = marketSnapshotSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return { name, snapshot, sheet: sheetFromSnapshot({ snapshot, registry: defaultRegistry }) };
});

/** Every `data-fact="id" data-value="v"` pair drawn in an SVG. */
function drawnFacts(svg: string): Map<string, number> {
  return new Map([...svg.matchAll(/data-fact="([^"]+)" data-value="([^"]+)"/g)].map((m) => [m[1]!, Number(m[2])]));
}

function attribute(svg: string, selector: RegExp, name: string): number {
  const element = selector.exec(svg)?.[0] ?? '';
  return Number(new RegExp(`\\b${name}="([^"]+)"`).exec(element)?.[1]);
}

describe.each(days)('charts on the $name fixtures day', ({ snapshot, sheet }) => {
  const factValue = new Map(sheet.facts.map((fact) => [fact.id, fact.value]));

  it.each(briefStyleSchema.options)('%s: every sector bar draws its change fact, nothing else', (style) => {
    const window = sectorChartWindow[style];
    const svg = renderSectorBarsSvg(computeSectorMoves(sheet.facts, window), window);
    const drawn = drawnFacts(svg);
    const expected = sheet.facts.filter((fact) => new RegExp(`^sector\\.[a-z0-9-]+\\.change_${window}$`).test(fact.id));
    expect(expected.length).toBeGreaterThan(3);
    expect([...drawn.keys()].sort()).toEqual(expected.map((fact) => fact.id).sort());
    for (const [id, value] of drawn) expect(value).toBe(factValue.get(id));
    // bar lengths are proportional to the drawn values, up to the 0.1 px the widths are written to (a ratio test
    // would fail a near-flat sector: 0.05 % drawn 3.0 px wide instead of 2.97)
    const bars = [...svg.matchAll(/<rect data-fact="[^"]+" data-value="([^"]+)"[^>]* width="([^"]+)"/g)].map((m) => ({
      value: Math.abs(Number(m[1])),
      width: Number(m[2]),
    }));
    const widest = bars.reduce((a, b) => (b.width > a.width ? b : a));
    for (const bar of bars)
      expect(Math.abs(bar.width - bar.value * (widest.width / widest.value))).toBeLessThanOrEqual(0.1001);
    // the alt text and caption state each number as the page would write it
    for (const fact of expected)
      expect(svg).toContain(`${fact.entity.name} ${formatPct(fact.value, { signed: true })}`);
  });

  it("BTC's 30-day path ends at the price fact, starts where change_30d is measured from, levels are the swing facts", () => {
    const path = computePricePath({ facts: sheet.facts, snapshot })!;
    const svg = renderPricePathSvg(path);
    const drawn = drawnFacts(svg);
    expect(drawn.get('btc.price')).toBe(factValue.get('btc.price'));
    expect(drawn.get('btc.swing_high_30d')).toBe(factValue.get('btc.swing_high_30d'));
    expect(drawn.get('btc.swing_low_30d')).toBe(factValue.get('btc.swing_low_30d'));
    const points = /data-points="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    expect(points).toHaveLength(32);
    expect(points.at(-1)).toBe(factValue.get('btc.price'));
    expect((points.at(-1)! / points[0]! - 1) * 100).toBeCloseTo(factValue.get('btc.change_30d')!, 9);
    // the closes lie between the drawn 30-day low and high (SVG y grows downwards)
    const highY = attribute(svg, /<line data-fact="btc.swing_high_30d"[^>]*>/, 'y1');
    const lowY = attribute(svg, /<line data-fact="btc.swing_low_30d"[^>]*>/, 'y1');
    const ys = /<polyline[^>]* points="([^"]+)"/
      .exec(svg)![1]!
      .split(' ')
      .map((pair) => Number(pair.split(',')[1]));
    for (const y of ys.slice(0, -1)) expect(y >= highY && y <= lowY).toBe(true);
    expect(attribute(svg, /<circle data-fact="btc.price"[^>]*>/, 'cy')).toBe(ys.at(-1));
    for (const id of ['btc.price', 'btc.swing_high_30d', 'btc.swing_low_30d'])
      expect(svg).toContain(formatUsd(factValue.get(id)!));
    expect(svg).toContain(formatPct(factValue.get('btc.change_30d')!, { signed: true }));
  });
});

describe('renderBriefChartsHtml', () => {
  it('draws nothing without facts, and only the bars without a snapshot', () => {
    expect(renderBriefChartsHtml({ style: 'daily-snapshot', facts: [] })).toBe('');
    const html = renderBriefChartsHtml({ style: 'weekly-update', facts: days[0]!.sheet.facts });
    expect(html).toContain('Sector moves over 7 days');
    expect(html).not.toContain('chart-price');
  });
});

describe('computePricePath on incomplete stored records', () => {
  it('draws no line for a snapshot without assets or candles (records are read back unvalidated)', () => {
    const facts = days[0]!.sheet.facts;
    for (const snapshot of [
      {},
      { asOf: '2026-11-20T07:00:00Z' },
      { asOf: '2026-11-20T07:00:00Z', assets: [{ id: 'btc' }] },
    ])
      expect(computePricePath({ facts, snapshot: snapshot as never })).toBeUndefined();
  });
});

describe('sector chart caption on partial or equal-weighted sectors', () => {
  const { sheet } = days[0]!;
  const changeFacts = sheet.facts.filter((fact) => /^sector\.[a-z0-9-]+\.change_24h$/.test(fact.id));

  it('says market-cap weighted only when every bar is the full cap-weighted set', () => {
    const svg = renderSectorBarsSvg(computeSectorMoves(changeFacts, '24h'), '24h');
    expect(svg).toContain('Market-cap weighted, from the facts');
    expect(svg).not.toContain('equal-weighted');
  });

  it("names a sector's basis beside its number and no longer calls every bar cap-weighted", () => {
    const [first, ...rest] = changeFacts;
    const partial = { ...first!, basis: 'equal-weighted, 5 of 7 members' };
    const svg = renderSectorBarsSvg(computeSectorMoves([partial, ...rest], '24h'), '24h');
    const figcaption = /<figcaption>(.*)<\/figcaption>/s.exec(svg)?.[1] ?? '';
    const value = formatPct(partial.value, { signed: true });
    expect(figcaption).toContain(`${partial.entity.name} ${value} (equal-weighted, 5 of 7 members)`);
    expect(figcaption).toContain('Market-cap weighted except where marked');
    expect(/<desc[^>]*>(.*)<\/desc>/s.exec(svg)?.[1]).toContain('(equal-weighted, 5 of 7 members)');
  });
});
