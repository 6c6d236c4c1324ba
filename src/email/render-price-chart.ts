import type { PricePath } from '../brief/charts/chart-data.ts';
import { formatDate, formatUsd } from '../brief/format.ts';
import { escapeHtml } from '../lib/html.ts';
import { theme } from './email-theme.ts';

/** Column height in pixels: the axis starts just under the lowest drawn value (stated in the caption). */
const chartHeight = 90;

/**
 * The 30-day path as email-safe HTML (pure): one table column per point (daily closes, then the price fact), heights
 * from a stated base just under the lowest value, the last column in the accent color. No SVG, no images, no script.
 * Each column carries its exact value (`data-value`; the last also `data-fact`). '' without a path.
 */
export function renderPricePathHtml(path: PricePath | undefined, caption: string): string {
  if (!path || path.points.length < 2) return '';
  const values = path.points.map((point) => point.value);
  const min = Math.min(...values, path.low?.value ?? Number.POSITIVE_INFINITY);
  const max = Math.max(...values, path.high?.value ?? Number.NEGATIVE_INFINITY);
  const base = min - (max - min) * 0.1;
  const height = (value: number) => Math.max(2, Math.round(((value - base) / (max - base || 1)) * chartHeight));
  const last = path.points.length - 1;
  const columns = path.points.map((point, index) => {
    const color = index === last ? theme.accent : theme.muted;
    const fact = index === last ? ` data-fact="${escapeHtml(path.price.id)}"` : '';
    const h = height(point.value);
    return `<td valign="bottom" height="${chartHeight}" style="height:${chartHeight}px;padding:0 1px;vertical-align:bottom"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td${fact} data-value="${point.value}" height="${h}" bgcolor="${color}" style="height:${h}px;background-color:${color};font-size:0;line-height:0">&nbsp;</td></tr></table></td>`;
  });
  const start = path.points[0]!;
  const day = (time: number) => formatDate(new Date(time).toISOString());
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;table-layout:fixed">
<tr>${columns.join('')}</tr>
<tr><td colspan="${Math.ceil(columns.length / 2)}" class="gb-muted" style="padding-top:4px;font-size:12px;color:${theme.muted}">${escapeHtml(day(start.time))}</td><td colspan="${Math.floor(columns.length / 2)}" align="right" class="gb-muted" style="padding-top:4px;font-size:12px;color:${theme.muted};text-align:right">now ${escapeHtml(formatUsd(path.price.value))}</td></tr>
</table>
<p class="gb-muted" style="margin:8px 0 0;font-size:13px;line-height:1.5;color:${theme.muted}">${escapeHtml(caption)} Columns start at ${escapeHtml(formatUsd(base))}.</p>`;
}
