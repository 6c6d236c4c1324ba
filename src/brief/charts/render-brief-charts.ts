import type { BriefStyle } from '../../domain/brief.ts';
import type { Fact } from '../../domain/fact.ts';
import type { MarketSnapshot } from '../../domain/market-snapshot.ts';
import { computePricePath, computeSectorMoves, sectorChartWindow } from './chart-data.ts';
import { renderPricePathSvg, renderSectorBarsSvg } from './render-chart-svg.ts';

/**
 * The web page's charts for one brief (pure): the sector moves over the style's window and BTC's 30-day path, as
 * inline SVG figures with captions that state the numbers. '' when the facts hold neither.
 */
export function renderBriefChartsHtml(input: {
  style: BriefStyle;
  facts: readonly Fact[];
  snapshot?: Pick<MarketSnapshot, 'asOf' | 'assets'>;
}): string {
  const window = sectorChartWindow[input.style];
  const figures = [
    renderSectorBarsSvg(computeSectorMoves(input.facts, window), window),
    input.snapshot ? renderPricePathSvg(computePricePath({ facts: input.facts, snapshot: input.snapshot })) : '',
  ].filter(Boolean);
  return figures.length
    ? `<section class="charts" aria-labelledby="charts-heading">\n<h2 id="charts-heading">The numbers, drawn</h2>\n${figures.join('\n')}\n</section>`
    : '';
}
