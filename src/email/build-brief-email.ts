import { buildMime } from './build-mime.ts';
import type { EmailConfig } from './email-config.ts';
import type { OutgoingEmail } from './email-provider.ts';
import { renderEmail, type EmailBrief, type RenderEmailInput } from './render-email.ts';
import { buildLinkUrl, signLinkToken } from './sign-link.ts';

export type EmailSubscriber = { id: string; email: string };
type Settings = Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto'>;

/** `<brief.subscriber@host>`: deterministic, so a retried send carries the same Message-ID. */
export function buildMessageId(localPart: string, baseUrl: string): string {
  const host = new URL(baseUrl).hostname || 'groundbrief.invalid';
  return `<${localPart.replace(/[^A-Za-z0-9._-]/g, '-')}@${host}>`;
}

/** The subscriber's signed one-click unsubscribe URL (does not expire). */
export async function buildUnsubscribeUrl(settings: Pick<Settings, 'baseUrl' | 'linkSecret'>, subscriberId: string): Promise<string> {
  const token = await signLinkToken({ secret: settings.linkSecret, purpose: 'unsubscribe', subscriberId });
  return buildLinkUrl(settings.baseUrl, '/unsubscribe', token);
}

/**
 * The morning email for one subscriber: rendered HTML/text, complete MIME (List-Unsubscribe with the
 * signed HTTPS link and optional mailto, List-Unsubscribe-Post One-Click) and the provider headers.
 * `date` is the send time written into the Date header.
 */
export async function buildBriefEmail(input: {
  brief: EmailBrief;
  sheet: RenderEmailInput['sheet'];
  subscriber: EmailSubscriber;
  settings: Settings;
  date: Date;
}): Promise<OutgoingEmail> {
  const { brief, subscriber, settings } = input;
  const unsubscribeUrl = await buildUnsubscribeUrl(settings, subscriber.id);
  const rendered = renderEmail({ brief, sheet: input.sheet, baseUrl: settings.baseUrl, unsubscribeUrl });
  const messageId = buildMessageId(`${brief.id}.${subscriber.id}`, settings.baseUrl);
  const listId = `groundbrief morning brief <morning.${new URL(settings.baseUrl).hostname}>`;
  const listUnsubscribe = { url: unsubscribeUrl, ...(settings.unsubscribeMailto ? { mailto: settings.unsubscribeMailto } : {}) };
  const raw = buildMime({
    from: settings.from, to: subscriber.email, subject: rendered.subject, date: input.date, messageId,
    text: rendered.text, html: rendered.html, listUnsubscribe, headers: { 'List-Id': listId },
  });
  return {
    from: settings.from,
    to: subscriber.email,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    raw,
    headers: {
      'List-Unsubscribe': settings.unsubscribeMailto ? `<${unsubscribeUrl}>, <mailto:${settings.unsubscribeMailto}>` : `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': listId,
    },
    idempotencyKey: `brief/${brief.id}/${subscriber.id}`,
  };
}
