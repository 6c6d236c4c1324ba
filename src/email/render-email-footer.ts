// The one email footer (pure): the manage and one-click unsubscribe links of a subscriber's email, and the sender's
// postal address (CAN-SPAM) that every email carries. Used by the brief, correction and confirmation emails.
import { escapeHtml, isSafeHref } from '../lib/html.ts';
import { theme } from './email-theme.ts';

export type EmailFooterInput = {
  postalAddress: string;
  /** A subscriber's signed links; absent in the confirmation email (the address is not on the list yet). */
  links?: { manageUrl: string; unsubscribeUrl: string };
};

const muted = `font-size:13px;line-height:1.55;color:${theme.muted}`;

/** The footer's HTML paragraphs (themed, inline styles) and its text lines, with the same content. */
export function renderEmailFooter(input: EmailFooterInput): { html: string; text: string[] } {
  const postal = `groundbrief, ${input.postalAddress}`;
  const postalHtml = `<p class="gb-muted" style="margin:8px 0 0;${muted}">${escapeHtml(postal)}</p>`;
  if (!input.links) return { html: postalHtml, text: [postal] };
  const { manageUrl, unsubscribeUrl } = input.links;
  const unsubscribe = isSafeHref(unsubscribeUrl, { allowMailto: true }) ? escapeHtml(unsubscribeUrl) : '#';
  const manage = isSafeHref(manageUrl) ? escapeHtml(manageUrl) : '#';
  const link = (href: string, label: string) =>
    `<a class="gb-link" href="${href}" style="color:${theme.link}">${label}</a>`;
  return {
    html: `<p class="gb-muted" style="margin:0;${muted}">You receive this because you confirmed a subscription to the groundbrief morning brief. ${link(manage, 'Choose your briefs')} or ${link(unsubscribe, 'unsubscribe')} (one click, no sign-in).</p>
${postalHtml}`,
    text: [`Choose your briefs: ${manageUrl}`, `Unsubscribe (one click): ${unsubscribeUrl}`, '', postal],
  };
}
