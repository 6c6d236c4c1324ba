// Inline SVG charts for the web page (pure strings: no script, no external loads; the page's CSP allows inline SVG).
import { escapeHtml } from '../../lib/html.ts';
import { formatDate, formatPct, formatUsd } from '../format.ts';
import type { ChartWindow, PricePath, SectorMove } from './chart-data.ts';

const windowWords: Record<ChartWindow, string> = { '24h': '24 hours', '7d': '7 days', '30d': '30 days' };
const up = '#1a7f37';
const down = '#c62828';
const ink = '#1b1b1b';
const muted = '#666';
/** Fixed decimals for coordinates, so the output is stable. */
const at = (value: number) => Number(value.toFixed(1));

/** `AI -11.4%, Layer 2 -17.5%`: the numbers a chart shows, in words for alt text and captions. */
export function describeSectorMoves(moves: readonly SectorMove[]): string {
  return moves
    .map((move) => `${move.name} ${formatPct(move.changePct, { signed: true })}${move.basis ? ` (${move.basis})` : ''}`)
    .join(', ');
}

/** What the bars stand on: cap-weighted, unless a sector's fact says otherwise (then named in the description). */
export function describeWeighting(moves: readonly SectorMove[]): string {
  return moves.some((move) => move.basis) ? 'Market-cap weighted except where marked' : 'Market-cap weighted';
}

/**
 * Horizontal bars, one per sector, from a zero line (losses left, gains right when both occur); each bar carries
 * its fact id and exact value (`data-fact`, `data-value`) and is labelled with the rounded change. '' without moves.
 */
export function renderSectorBarsSvg(moves: readonly SectorMove[], window: ChartWindow): string {
  if (moves.length === 0) return '';
  const width = 480;
  const labelWidth = 92;
  const valueRoom = 62;
  const row = 30;
  const height = moves.length * row + 8;
  const maxAbs = Math.max(...moves.map((move) => Math.abs(move.changePct))) || 1;
  const hasGain = moves.some((move) => move.changePct > 0);
  const hasLoss = moves.some((move) => move.changePct < 0);
  const track = width - labelWidth - valueRoom * (hasGain && hasLoss ? 2 : 1);
  const zero = labelWidth + (hasLoss ? valueRoom : 0) + (hasGain && hasLoss ? track / 2 : hasLoss ? track : 0);
  const scale = (hasGain && hasLoss ? track / 2 : track) / maxAbs;
  const title = `Sector moves over ${windowWords[window]}`;
  const description = `${title}: ${describeSectorMoves(moves)}.`;
  const bars = moves.map((move, index) => {
    const y = 4 + index * row;
    const length = Math.abs(move.changePct) * scale;
    const x = move.changePct < 0 ? zero - length : zero;
    const valueX = move.changePct < 0 ? x - 6 : x + length + 6;
    return [
      `<text x="${labelWidth - 8}" y="${at(y + 20)}" text-anchor="end" fill="${ink}">${escapeHtml(move.name)}</text>`,
      `<rect data-fact="${escapeHtml(move.factId)}" data-value="${move.changePct}" x="${at(x)}" y="${y + 4}" width="${at(length)}" height="${row - 10}" fill="${move.changePct < 0 ? down : up}"/>`,
      `<text x="${at(valueX)}" y="${at(y + 20)}" text-anchor="${move.changePct < 0 ? 'end' : 'start'}" fill="${ink}">${formatPct(move.changePct, { signed: true })}</text>`,
    ].join('');
  });
  return `<figure class="chart chart-sectors">
<svg role="img" aria-labelledby="chart-sectors-title chart-sectors-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui,sans-serif" font-size="14">
<title id="chart-sectors-title">${escapeHtml(title)}</title>
<desc id="chart-sectors-desc">${escapeHtml(description)}</desc>
${bars.join('\n')}
<line x1="${at(zero)}" y1="0" x2="${at(zero)}" y2="${height}" stroke="${muted}"/>
</svg>
<figcaption>${escapeHtml(description)} ${describeWeighting(moves)}, from the facts this brief was checked against.</figcaption>
</figure>`;
}

/** The caption of the price path: start, end, change and the 30-day range, all from facts. */
export function describePricePath(path: PricePath): string {
  const start = path.points[0]!;
  const parts = [
    `${path.name} over 30 days: from ${formatUsd(start.value)} on ${formatDate(new Date(start.time).toISOString())} to ${formatUsd(path.price.value)} now`,
  ];
  if (path.change) parts[0] += ` (${formatPct(path.change.value, { signed: true })})`;
  if (path.high && path.low) parts.push(`30-day high ${formatUsd(path.high.value)}, low ${formatUsd(path.low.value)}`);
  return `${parts.join('; ')}.`;
}

/**
 * A line through the daily closes to the price now, with the 30-day swing high and low as dashed levels. The end
 * point (`data-fact` = the price fact), the start point and the level lines carry their exact values. '' without a path.
 */
export function renderPricePathSvg(path: PricePath | undefined): string {
  if (!path || path.points.length < 2) return '';
  const width = 480;
  const height = 230;
  const left = 8;
  const right = 100;
  const top = 12;
  const bottom = 28;
  const values = [...path.points.map((point) => point.value), path.high?.value, path.low?.value].filter(
    (value): value is number => value !== undefined,
  );
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.05 || max * 0.01 || 1;
  const lo = min - pad;
  const hi = max + pad;
  const t0 = path.points[0]!.time;
  const t1 = path.points.at(-1)!.time;
  const x = (time: number) => at(left + ((time - t0) / (t1 - t0 || 1)) * (width - left - right));
  const y = (value: number) => at(top + ((hi - value) / (hi - lo)) * (height - top - bottom));
  const line = path.points.map((point) => `${x(point.time)},${y(point.value)}`).join(' ');
  const level = (fact: PricePath['high'], word: string) =>
    fact
      ? `<line data-fact="${escapeHtml(fact.id)}" data-value="${fact.value}" x1="${left}" y1="${y(fact.value)}" x2="${width - right}" y2="${y(fact.value)}" stroke="${muted}" stroke-dasharray="4 4"/><text x="${width - right + 6}" y="${at(y(fact.value) + 4)}" fill="${muted}">${word} ${formatUsd(fact.value)}</text>`
      : '';
  const start = path.points[0]!;
  const end = path.points.at(-1)!;
  const color = end.value >= start.value ? up : down;
  const description = describePricePath(path);
  const day = (time: number) => formatDate(new Date(time).toISOString()).replace(/, \d{4}$/, '');
  return `<figure class="chart chart-price">
<svg role="img" aria-labelledby="chart-price-title chart-price-desc" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui,sans-serif" font-size="14">
<title id="chart-price-title">${escapeHtml(`${path.name}, last 30 days`)}</title>
<desc id="chart-price-desc">${escapeHtml(description)}</desc>
${level(path.high, 'high')}
${level(path.low, 'low')}
<polyline data-points="${path.points.map((point) => point.value).join(' ')}" points="${line}" fill="none" stroke="${color}" stroke-width="2"/>
<circle data-role="start" data-value="${start.value}" cx="${x(start.time)}" cy="${y(start.value)}" r="3" fill="${color}"/>
<circle data-fact="${escapeHtml(path.price.id)}" data-value="${path.price.value}" cx="${x(end.time)}" cy="${y(end.value)}" r="4" fill="${color}"/>
<text x="${at(x(end.time) - 8)}" y="${at(y(end.value) + (end.value < start.value ? -10 : 18))}" text-anchor="end" font-weight="700" fill="${ink}">${formatUsd(end.value)}</text>
<text x="${left}" y="${height - 8}" fill="${muted}">${day(start.time)}</text>
<text x="${width - right}" y="${height - 8}" text-anchor="end" fill="${muted}">${day(end.time)}</text>
</svg>
<figcaption>${escapeHtml(description)} Daily closes, then the price at the time of the brief; levels are the checked facts.</figcaption>
</figure>`;
}
