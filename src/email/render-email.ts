import { computePricePath, sectorChartWindow } from '../brief/charts/chart-data.ts';
import { describePricePath } from '../brief/charts/render-chart-svg.ts';
import type { BriefStyle, WriterInfo } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { MarketSnapshot } from '../domain/market-snapshot.ts';
import { escapeHtml } from '../lib/html.ts';
import { renderThemeStyle, theme } from './email-theme.ts';
import { renderInline, renderMarkdownEmail } from './render-markdown-email.ts';
import { renderInlineText, renderMarkdownText } from './render-markdown-text.ts';
import { renderPricePathHtml } from './render-price-chart.ts';
import { computeSectorMoves, renderSectorChartHtml, renderSectorChartText } from './render-sector-chart.ts';
import { renderDisclosure, renderSources, selectSources } from './render-email-parts.ts';
import { renderEmailFooter } from './render-email-footer.ts';

/** The brief as the email needs it (a stored row or a freshly produced Brief plus its id). */
export type EmailBrief = {
  id: string;
  title: string;
  dek?: string | null;
  /** Markdown whose first line is `# title` (that line is dropped: the title is in the header). */
  markdown: string;
  editionDate: string;
  /** Picks the sector chart's window (daily 24h, weekly 7d, sector recap 30d); absent: 24h. */
  style?: BriefStyle;
  writer: WriterInfo;
  /** The fact check of this text (counts drive the disclosure); without it the disclosure says nothing about checking. */
  report?: Pick<CheckReport, 'counts'>;
};

export type RenderEmailInput = {
  brief: EmailBrief;
  /** Facts for the sector chart, clusters for the source links; null renders without them. */
  sheet: Pick<FactsSheet, 'facts' | 'clusters' | 'asOf'> | null;
  /** The recorded inputs (daily candles) for BTC's 30-day chart; absent or null: no price chart. */
  snapshot?: Pick<MarketSnapshot, 'asOf' | 'assets'> | null;
  /** PUBLIC_BASE_URL, e.g. `https://groundbrief.example`. */
  baseUrl: string;
  /** The subscriber's signed unsubscribe link (also sent as List-Unsubscribe). */
  unsubscribeUrl: string;
  /** The subscriber's signed link to the page where they change styles or unsubscribe. */
  manageUrl: string;
  /** The sender's postal address (GROUNDBRIEF_POSTAL_ADDRESS), in the footer of both parts (CAN-SPAM). */
  postalAddress: string;
};

export type RenderedEmail = { subject: string; html: string; text: string; webUrl: string };

/** `Friday, 20 November 2026` from `2026-11-20`. */
function formatEditionDate(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return parsed.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function stripTitle(markdown: string): string {
  return markdown.replace(/^\s*#\s+[^\n]*\n?/, '');
}

/**
 * Renders the morning email (pure): an HTML document (table layout, inline styles, dark-mode overrides,
 * no script, no images, no tracking) and a text part with the same content: title, dek, sector chart
 * from `sector.<s>.change_24h`, the brief, a link to the web page, sources, AI disclosure,
 * not-investment-advice line, the manage and unsubscribe links and the sender's postal address.
 */
export function renderEmail(input: RenderEmailInput): RenderedEmail {
  const { brief, sheet, unsubscribeUrl, manageUrl, postalAddress } = input;
  const baseUrl = input.baseUrl.replace(/\/+$/, '');
  const webUrl = `${baseUrl}/briefs/${encodeURIComponent(brief.id)}`;
  const body = stripTitle(brief.markdown);
  const dek = brief.dek && !body.includes(brief.dek) ? brief.dek : null;
  const window = brief.style ? sectorChartWindow[brief.style] : '24h';
  const movesTitle = `Sector moves, ${window === '24h' ? '24h' : window === '7d' ? '7 days' : '30 days'}`;
  const moves = sheet ? computeSectorMoves(sheet.facts, window) : [];
  const path = sheet && input.snapshot ? computePricePath({ facts: sheet.facts, snapshot: input.snapshot }) : undefined;
  const pathCaption = path ? describePricePath(path) : '';
  const sources = sheet ? selectSources(sheet.clusters) : [];
  const date = formatEditionDate(brief.editionDate);
  const disclosure = renderDisclosure(brief.writer, brief.report);
  const subject = brief.title;
  const footer = renderEmailFooter({ postalAddress, links: { manageUrl, unsubscribeUrl } });

  const html = renderEmailHtml({
    brief,
    body,
    dek,
    date,
    moves: renderSectorChartHtml(moves),
    movesTitle,
    price: renderPricePathHtml(path, pathCaption),
    priceTitle: path ? `${path.name}, 30 days` : '',
    sources: renderSources(sources),
    disclosure,
    webUrl,
    footer: footer.html,
    baseUrl,
  });

  const text = [
    `groundbrief | ${date}`,
    '',
    brief.title,
    '='.repeat(Math.min(brief.title.length, 72)),
    ...(dek ? ['', renderInlineText(dek)] : []),
    ...(moves.length ? ['', movesTitle, '-'.repeat(movesTitle.length), renderSectorChartText(moves)] : []),
    ...(path ? ['', `${path.name}, 30 days`, '-'.repeat(`${path.name}, 30 days`.length), pathCaption] : []),
    '',
    renderMarkdownText(body),
    '',
    `Read it on the web: ${webUrl}`,
    ...(sources.length
      ? ['', 'Sources', '-------', ...sources.map((s) => `- ${s.title} (${s.outlets}): ${s.url}`)]
      : []),
    '',
    '--',
    disclosure.ai,
    disclosure.advice,
    '',
    ...footer.text,
    '',
  ].join('\n');

  return { subject, html, text, webUrl };
}

function renderEmailHtml(parts: {
  brief: EmailBrief;
  body: string;
  dek: string | null;
  date: string;
  moves: string;
  movesTitle: string;
  price: string;
  priceTitle: string;
  sources: string;
  disclosure: { ai: string; advice: string };
  webUrl: string;
  /** renderEmailFooter's HTML. */
  footer: string;
  baseUrl: string;
}): string {
  const { brief, dek, date, webUrl } = parts;
  const t = theme;
  const preheader = escapeHtml((dek ?? brief.title).slice(0, 140));
  const section = (title: string, content: string) =>
    content
      ? `<tr><td class="gb-pad" style="padding:8px 32px 8px"><h2 class="gb-text" style="margin:18px 0 10px;font-size:13px;letter-spacing:.08em;text-transform:uppercase;color:${t.muted}"><span class="gb-muted" style="color:${t.muted}">${title}</span></h2>${content}</td></tr>`
      : '';
  return `<!DOCTYPE html>
<html lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${escapeHtml(brief.title)}</title>
${renderThemeStyle()}
</head>
<body class="gb-page" style="margin:0;padding:0;background-color:${t.page};font-family:${t.font}">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${preheader}</div>
<table role="presentation" class="gb-page" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${t.page}" style="background-color:${t.page}">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="gb-card gb-text" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="${t.card}" style="width:600px;max-width:600px;background-color:${t.card};border-radius:10px;font-family:${t.font};color:${t.text}">
<tr><td class="gb-pad" style="padding:28px 32px 0">
<p class="gb-accent" style="margin:0 0 6px;font-size:13px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:${t.accent}">groundbrief <span class="gb-muted" style="font-weight:400;color:${t.muted}">&middot; ${escapeHtml(date)}</span></p>
<h1 class="gb-text" style="margin:0 0 10px;font-size:26px;line-height:1.25;font-weight:800;color:${t.text}">${escapeHtml(brief.title)}</h1>
${dek ? `<p class="gb-muted" style="margin:0 0 6px;font-size:17px;line-height:1.5;color:${t.muted}">${renderInline(dek)}</p>` : ''}
</td></tr>
${section(escapeHtml(parts.movesTitle), parts.moves)}
${section(escapeHtml(parts.priceTitle), parts.price)}
<tr><td class="gb-pad" style="padding:8px 32px 4px">
${renderMarkdownEmail(parts.body)}
</td></tr>
<tr><td class="gb-pad" align="left" style="padding:6px 32px 10px">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td class="gb-button" bgcolor="${t.accent}" style="background-color:${t.accent};border-radius:6px">
<a class="gb-button" href="${escapeHtml(webUrl)}" style="display:inline-block;padding:11px 20px;font-size:15px;font-weight:700;color:#ffffff;text-decoration:none">Read it on the web &rarr;</a>
</td></tr></table>
</td></tr>
${section('Sources', parts.sources)}
<tr><td class="gb-pad" style="padding:18px 32px 28px">
<hr class="gb-rule" style="border:0;border-top:1px solid ${t.rule};margin:0 0 16px">
<p class="gb-muted" style="margin:0 0 8px;font-size:13px;line-height:1.55;color:${t.muted}">${escapeHtml(parts.disclosure.ai)}</p>
<p class="gb-muted" style="margin:0 0 8px;font-size:13px;line-height:1.55;color:${t.muted}"><strong>${escapeHtml(parts.disclosure.advice)}</strong></p>
${parts.footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
