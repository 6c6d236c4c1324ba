import type { SectorMove } from '../brief/charts/chart-data.ts';
import { escapeHtml } from '../lib/html.ts';
import { theme } from './email-theme.ts';

export { computeSectorMoves, type SectorMove } from '../brief/charts/chart-data.ts';

/** `+6.1%` / `−0.4%` (two decimals only under 0.1 point); `minus` picks the sign glyph for HTML or text. */
export function formatChangePct(value: number, minus = '\u2212'): string {
  const digits = Math.abs(value) < 0.1 ? 2 : 1;
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `${(0).toFixed(digits)}%`;
  return `${value > 0 ? '+' : minus}${text}%`;
}

/** Bar length in percent of a half-track: the largest absolute move fills it; tiny moves stay visible. */
function barPercent(value: number, maxAbs: number): number {
  if (maxAbs === 0 || value === 0) return 0;
  return Math.max(2, Math.min(100, Math.round((Math.abs(value) / maxAbs) * 100)));
}

function bar(percent: number, side: 'left' | 'right', up: boolean): string {
  const color = up ? theme.up : theme.down;
  const barCell = `<td width="${percent}%" class="${up ? 'gb-up' : 'gb-down'}" bgcolor="${color}" style="background-color:${color};height:14px;font-size:0;line-height:0;border-radius:${side === 'right' ? '0 3px 3px 0' : '3px 0 0 3px'}">&nbsp;</td>`;
  const gapCell = `<td width="${100 - percent}%" style="font-size:0;line-height:0">&nbsp;</td>`;
  const cells =
    percent === 0 ? gapCell : percent === 100 ? barCell : side === 'left' ? gapCell + barCell : barCell + gapCell;
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>${cells}</tr></table>`;
}

/**
 * A bar chart in plain HTML tables (no script, no SVG, no images). With gains and losses mixed it
 * diverges from a center line (losses grow left, gains right); when every sector moved the same way
 * the bars use the full width from the left. Each row is labeled with the sector and its change.
 * Returns '' when there are no sector moves.
 */
export function renderSectorChartHtml(moves: readonly SectorMove[]): string {
  if (moves.length === 0) return '';
  const maxAbs = Math.max(...moves.map((move) => Math.abs(move.changePct)));
  const mixed = moves.some((move) => move.changePct > 0) && moves.some((move) => move.changePct < 0);
  const rows = moves.map((move) => {
    const pct = barPercent(move.changePct, maxAbs);
    const up = move.changePct >= 0;
    const valueClass = up ? 'gb-up-text' : 'gb-down-text';
    const bars = mixed
      ? `<td width="40%" style="padding:5px 0">${up ? bar(0, 'left', false) : bar(pct, 'left', false)}</td>
<td width="40%" class="gb-rule" style="padding:5px 0;border-left:1px solid ${theme.muted}">${up ? bar(pct, 'right', true) : bar(0, 'right', true)}</td>`
      : `<td width="80%" class="gb-rule" style="padding:5px 0;border-left:1px solid ${theme.muted}">${bar(pct, 'right', up)}</td>`;
    return `<tr>
<td class="gb-text" width="96" style="padding:5px 8px 5px 0;font-size:14px;line-height:18px;color:${theme.text};white-space:nowrap">${escapeHtml(move.name)}</td>
${bars}
<td class="${valueClass}" width="64" align="right" style="padding:5px 0 5px 8px;font-size:14px;line-height:18px;font-weight:700;color:${up ? theme.up : theme.down};white-space:nowrap;font-variant-numeric:tabular-nums">${formatChangePct(move.changePct)}</td>
</tr>`;
  });
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse">${rows.join('\n')}</table>`;
}

/** The same chart for the text/plain part: `AI        -6.1%  ######` (bars of up to 20 characters). */
export function renderSectorChartText(moves: readonly SectorMove[]): string {
  if (moves.length === 0) return '';
  const maxAbs = Math.max(...moves.map((move) => Math.abs(move.changePct)));
  const width = Math.max(...moves.map((move) => move.name.length));
  return moves
    .map((move) => {
      const length = Math.round((barPercent(move.changePct, maxAbs) / 100) * 20);
      const barText = (move.changePct >= 0 ? '+' : '-').repeat(Math.max(length, move.changePct === 0 ? 0 : 1));
      return `${move.name.padEnd(width)}  ${formatChangePct(move.changePct, '-').padStart(7)}  ${barText}`;
    })
    .join('\n');
}
