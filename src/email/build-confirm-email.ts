import { buildOutgoingEmail } from './build-mime.ts';
import { buildMessageId, type EmailSubscriber } from './build-brief-email.ts';
import type { EmailConfig } from './email-config.ts';
import type { OutgoingEmail } from './email-provider.ts';
import type { BriefStyle } from '../domain/brief.ts';
import { styleLabel } from '../domain/subscription-styles.ts';
import { escapeHtml } from '../lib/html.ts';
import { renderEmailFooter } from './render-email-footer.ts';
import { renderThemeStyle, theme } from './email-theme.ts';
import { buildLinkUrl, signLinkToken } from './sign-link.ts';

/** How long a confirmation link stays valid. */
export const CONFIRM_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The double opt-in email: one signed confirm link (expires after 7 days) and a line saying that
 * nothing happens if the reader ignores it. No List-Unsubscribe: the address is not on the list yet.
 */
export async function buildConfirmEmail(input: {
  /** `styles`: what the reader chose, named in the email (absent: not named). */
  subscriber: EmailSubscriber & { styles?: readonly BriefStyle[] };
  settings: Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'postalAddress'>;
  now: Date;
}): Promise<OutgoingEmail> {
  const { subscriber, settings, now } = input;
  const chosen = subscriber.styles?.length ? subscriber.styles.map(styleLabel).join(', ') : null;
  const token = await signLinkToken({
    secret: settings.linkSecret,
    purpose: 'confirm',
    subscriberId: subscriber.id,
    expiresAt: new Date(now.getTime() + CONFIRM_LINK_TTL_MS),
  });
  const confirmUrl = buildLinkUrl(settings.baseUrl, '/subscribe/confirm', token);
  const subject = 'Confirm your groundbrief subscription';
  const footer = renderEmailFooter({ postalAddress: settings.postalAddress });
  const text = [
    'Please confirm that you want the groundbrief morning brief at this address:',
    '',
    confirmUrl,
    '',
    ...(chosen ? [`Your briefs: ${chosen}.`, ''] : []),
    'The link works for 7 days. If you did not ask for this, ignore this email: you will not be subscribed.',
    '',
    ...footer.text,
    '',
  ].join('\n');
  const t = theme;
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${subject}</title>${renderThemeStyle()}</head>
<body class="gb-page" style="margin:0;padding:0;background-color:${t.page};font-family:${t.font}">
<table role="presentation" class="gb-page" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${t.page}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" class="gb-card gb-text" width="560" cellpadding="0" cellspacing="0" border="0" bgcolor="${t.card}" style="width:560px;max-width:560px;background-color:${t.card};border-radius:10px;color:${t.text}"><tr><td class="gb-pad" style="padding:28px 32px">
<p class="gb-accent" style="margin:0 0 12px;font-size:13px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:${t.accent}">groundbrief</p>
<p class="gb-text" style="margin:0 0 18px;font-size:16px;line-height:1.6;color:${t.text}">Please confirm that you want the groundbrief morning brief at <strong>${escapeHtml(subscriber.email)}</strong>.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td class="gb-button" bgcolor="${t.accent}" style="background-color:${t.accent};border-radius:6px"><a class="gb-button" href="${escapeHtml(confirmUrl)}" style="display:inline-block;padding:11px 20px;font-size:15px;font-weight:700;color:#ffffff;text-decoration:none">Confirm subscription</a></td></tr></table>
${chosen ? `<p class="gb-text" style="margin:18px 0 0;font-size:15px;line-height:1.6;color:${t.text}">Your briefs: ${escapeHtml(chosen)}.</p>` : ''}
<p class="gb-muted" style="margin:18px 0 0;font-size:13px;line-height:1.55;color:${t.muted}">The link works for 7 days. If you did not ask for this, ignore this email: you will not be subscribed.</p>
${footer.html}
</td></tr></table></td></tr></table></body></html>
`;
  const messageId = buildMessageId(`confirm.${subscriber.id}.${now.getTime()}`, settings.baseUrl);
  return buildOutgoingEmail({
    from: settings.from,
    to: subscriber.email,
    subject,
    date: now,
    messageId,
    text,
    html,
    idempotencyKey: `confirm/${subscriber.id}/${now.getTime()}`,
  });
}
