import { describe, expect, it } from 'vitest';
import { buildTemplateDraft, writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { roundTrillion } from '../../src/brief/styles/weekly-update.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { BriefStyle } from '../../src/domain/brief.ts';
import type { FactsSheet } from '../../src/domain/fact.ts';
import { numberTokens, renderings } from './number-tokens.ts';
import { sampleSheet } from './sample-sheet.ts';

const styles: BriefStyle[] = ['daily-snapshot', 'sector-recap', 'weekly-update'];
const write = (style: BriefStyle, sheet: FactsSheet = sampleSheet) =>
  writeFromTemplate({ sheet, registry: defaultRegistry, style });
const headings = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => line.startsWith('## '))
    .map((line) => line.slice(3));
const without = (...ids: string[]): FactsSheet => ({
  ...sampleSheet,
  facts: sampleSheet.facts.filter((fact) => !ids.includes(fact.id)),
});

describe('writeFromTemplate: structure per style', () => {
  it('daily-snapshot: dated headline with the two biggest 24h moves and the seven parts', () => {
    const brief = write('daily-snapshot');
    // Sample sheet: AI -6.62 and L2 -4.4 are the largest absolute 24h moves among sectors and BTC/ETH.
    expect(brief.markdown.split('\n')[0]).toBe(
      '# Crypto market: AI tokens drop 6.6% as L2s drop 4.4% in 24h — Nov 21, 2026',
    );
    expect(headings(brief.markdown)).toEqual([
      'Market snapshot — Nov 21, 2026',
      'Sector spotlight: AI tokens',
      'Bitcoin: key levels to watch',
      'Why it matters',
      'Short-term outlook',
      'Bottom line',
    ]);
    expect(brief.markdown).toContain('_Not investment advice');
  });
  it('sector-recap: picks the worst 30-day sector with start/end cap, % and absolute change, breakdown and members', () => {
    const md = write('sector-recap').markdown;
    expect(md.split('\n')[0]).toBe('# AI tokens lose 24.4% over 30 days, erasing $2.4 billion of market cap');
    expect(headings(md)).toEqual([
      'The month in numbers',
      'Breakdown by window',
      'Top AI tokens by market cap',
      'Breadth',
      'In the headlines',
    ]);
    expect(md).toContain('$9.7 billion'); // start cap 9.654e9
    expect(md).toContain('$7.3 billion'); // end cap
    expect(md).toContain('8 of 8 AI tokens fell over 7 days.');
    // top members ordered by market cap: TAO 3.41e9 > RENDER 2.27e9 > FET 1.62e9
    const bullets = md.split('\n').filter((line) => line.startsWith('- ') && line.includes('over 30 days'));
    expect(bullets.map((line) => /\(([A-Z]+)\)/.exec(line)?.[1])).toEqual(['TAO', 'RENDER', 'FET']);
  });
  it('weekly-update: total cap against the round trillion, leverage, volatility, a 7-day sector table, our view', () => {
    const md = write('weekly-update').markdown;
    expect(md.split('\n')[0]).toBe(
      '# Weekly market update — Nov 21, 2026: total crypto market cap below $3 trillion, funding positive',
    );
    expect(headings(md)).toEqual([
      'Market update',
      'Crypto market structure',
      'Sector performance over the week',
      'Our view',
    ]);
    expect(md).toContain('| L2s | -14.3% |\n| AI tokens | -13.1% |\n| L1s | -6.1% |\n| Memecoins | +2.2% |');
    expect(md).toContain('funding across the perp market is 0.007% per 8h, so longs are paying shorts');
    expect(md).toMatch(/Total perp open interest fell 11\.6% over 7 days to \$71\.4 billion\./);
  });
  it('picks the best sector for a recap when no sector fell over 30 days', () => {
    const sheet: FactsSheet = {
      ...sampleSheet,
      facts: sampleSheet.facts.map((fact) =>
        /^sector\.\w+\.change_30d$/.test(fact.id) ? { ...fact, value: Math.abs(fact.value) } : fact,
      ),
    };
    expect(write('sector-recap', sheet).title).toMatch(/^AI tokens gain 24\.4% over 30 days/);
  });
});

describe('writeFromTemplate: every number comes from a cited fact', () => {
  for (const style of styles) {
    it(`${style}: each number in a sentence is a rendering of one of the sentence's facts`, () => {
      const draft = buildTemplateDraft({ sheet: sampleSheet, registry: defaultRegistry, style });
      const byId = new Map(sampleSheet.facts.map((fact) => [fact.id, fact]));
      const cap = byId.get('market.total_cap')!;
      const sentences = [
        ...draft.sections.flatMap((section) => section.sentences),
        ...draft.sections.flatMap(
          (section) => section.table?.rows.map((row) => ({ text: row.cells.join(' '), factIds: row.factIds })) ?? [],
        ),
      ];
      expect(sentences.length).toBeGreaterThan(5);
      for (const sentence of sentences) {
        const allowed = sentence.factIds.flatMap((id) => {
          const fact = byId.get(id);
          expect(fact, `${id} cited in "${sentence.text}"`).toBeDefined();
          return fact ? renderings(fact) : [];
        });
        if (style === 'weekly-update') allowed.push(`$${roundTrillion(cap.value).level / 1e12} trillion`);
        for (const token of numberTokens(sentence.text))
          expect(allowed, `"${token}" in "${sentence.text}"`).toContain(token);
      }
    });
  }
});

describe('writeFromTemplate: absent facts and sources', () => {
  it('skips a sentence whose fact is absent instead of inventing a value', () => {
    const md = write('daily-snapshot', without('btc.support', 'btc.swing_low_30d')).markdown;
    expect(md).not.toMatch(/nearest support/);
    expect(md).not.toMatch(/swing low/);
    expect(md).toMatch(/nearest resistance is the \$100K level/);
  });
  it('renders a title, the note and no empty sections from an empty sheet', () => {
    const empty: FactsSheet = { ...sampleSheet, facts: [], clusters: [], sources: [] };
    for (const style of styles) {
      const md = write(style, empty).markdown;
      expect(md.startsWith('# ')).toBe(true);
      expect(md).toContain('Not investment advice');
      expect(md).not.toMatch(/## [^\n]+\n\n(##|_Not)/);
      expect(md).not.toMatch(/undefined|NaN/);
    }
  });
  it('lists failed sources in a footer without their numeric details', () => {
    const md = write('daily-snapshot').markdown;
    expect(md.trimEnd().split('\n').at(-1)).toBe('_Unavailable sources: theblock (timeout)._');
    expect(md).not.toContain('8000');
    expect(write('daily-snapshot', { ...sampleSheet, sources: [] }).markdown).not.toContain('Unavailable sources');
  });
  it('folds the failed requests of one upstream into one entry with its distinct reasons', () => {
    const failed = (id: string, reason: 'network' | 'rate-limited') => ({
      id,
      kind: 'exchange' as const,
      status: 'failed' as const,
      reason,
    });
    const sources = [
      failed('binance:tickers', 'network'),
      failed('binance:ohlcv:BTC/USDT', 'network'),
      failed('binance:ohlcv:ETH/USDT', 'rate-limited'),
      { id: 'okx:tickers', kind: 'exchange' as const, status: 'ok' as const },
      failed('coindesk', 'network'),
    ];
    const md = write('daily-snapshot', { ...sampleSheet, sources }).markdown;
    expect(md.trimEnd().split('\n').at(-1)).toBe(
      '_Unavailable sources: binance (network, rate-limited), coindesk (network)._',
    );
  });
  it('quotes only digit-free headlines and escapes Markdown in them', () => {
    const md = write('daily-snapshot').markdown;
    expect(md).toContain('"AI token sell-off deepens as traders rotate out of compute plays"');
    expect(md).not.toContain('Render drops 11%');
  });
  it('gives no advice and no advertising', () => {
    for (const style of styles) {
      const md = write(style).markdown.toLowerCase();
      expect(md).not.toMatch(
        /\b(you should|consider (buying|selling|trimming)|buy now|sign up|app\b|platform such as)/,
      );
    }
  });
});
