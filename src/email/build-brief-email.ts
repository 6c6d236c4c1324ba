import { buildOutgoingEmail } from './build-mime.ts';
import type { EmailConfig } from './email-config.ts';
import type { OutgoingEmail } from './email-provider.ts';
import { renderEmail, type EmailBrief, type RenderEmailInput } from './render-email.ts';
import { buildLinkUrl, signLinkToken } from './sign-link.ts';

export type EmailSubscriber = { id: string; email: string };
type Settings = Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto' | 'postalAddress'>;

/** `<brief.subscriber@host>`: deterministic, so a retried send carries the same Message-ID. */
export function buildMessageId(localPart: string, baseUrl: string): string {
  const host = new URL(baseUrl).hostname || 'groundbrief.invalid';
  return `<${localPart.replace(/[^A-Za-z0-9._-]/g, '-')}@${host}>`;
}

/** The subscriber's signed one-click unsubscribe URL (does not expire). */
export async function buildUnsubscribeUrl(
  settings: Pick<Settings, 'baseUrl' | 'linkSecret'>,
  subscriberId: string,
): Promise<string> {
  const token = await signLinkToken({ secret: settings.linkSecret, purpose: 'unsubscribe', subscriberId });
  return buildLinkUrl(settings.baseUrl, '/unsubscribe', token);
}

/** The subscriber's signed link to their subscription page: change styles or unsubscribe (does not expire). */
export async function buildManageUrl(
  settings: Pick<Settings, 'baseUrl' | 'linkSecret'>,
  subscriberId: string,
): Promise<string> {
  const token = await signLinkToken({ secret: settings.linkSecret, purpose: 'manage', subscriberId });
  return buildLinkUrl(settings.baseUrl, '/subscribe/manage', token);
}

/** Stand in for the per-subscriber links while rendering once per brief (no HTML-special characters). */
const UNSUBSCRIBE_PLACEHOLDER = 'https://unsubscribe.placeholder.invalid/link';
const MANAGE_PLACEHOLDER = 'https://manage.placeholder.invalid/link';

export type BriefEmailComposer = (subscriber: EmailSubscriber, date: Date) => Promise<OutgoingEmail>;

/**
 * Renders the brief once and returns a function that makes each subscriber's message: the signed
 * unsubscribe and manage links substituted into both parts, complete MIME (List-Unsubscribe with the HTTPS link
 * and optional mailto, List-Unsubscribe-Post One-Click, List-Id) and the provider headers.
 * `date` is the send time written into the Date header.
 */
export function createBriefEmailComposer(input: {
  brief: EmailBrief;
  sheet: RenderEmailInput['sheet'];
  /** The recorded inputs, for BTC's 30-day chart; absent: no price chart. */
  snapshot?: RenderEmailInput['snapshot'];
  settings: Settings;
}): BriefEmailComposer {
  const { brief, settings } = input;
  const rendered = renderEmail({
    brief,
    sheet: input.sheet,
    snapshot: input.snapshot ?? null,
    baseUrl: settings.baseUrl,
    unsubscribeUrl: UNSUBSCRIBE_PLACEHOLDER,
    manageUrl: MANAGE_PLACEHOLDER,
    postalAddress: settings.postalAddress,
  });
  const listId = `groundbrief morning brief <morning.${new URL(settings.baseUrl).hostname}>`;
  return async (subscriber, date) => {
    const unsubscribeUrl = await buildUnsubscribeUrl(settings, subscriber.id);
    const manageUrl = await buildManageUrl(settings, subscriber.id);
    const personalize = (part: string) =>
      part.replaceAll(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl).replaceAll(MANAGE_PLACEHOLDER, manageUrl);
    const html = personalize(rendered.html);
    const text = personalize(rendered.text);
    return buildOutgoingEmail({
      from: settings.from,
      to: subscriber.email,
      subject: rendered.subject,
      date,
      messageId: buildMessageId(`${brief.id}.${subscriber.id}`, settings.baseUrl),
      text,
      html,
      listUnsubscribe: oneClickUnsubscribe(settings, unsubscribeUrl),
      headers: { 'List-Id': listId },
      idempotencyKey: `brief/${brief.id}/${subscriber.id}`,
    });
  };
}

/**
 * The RFC 8058 one-click unsubscribe of a subscriber's email (brief and correction): the signed link and the optional
 * mailto, which buildOutgoingEmail writes as List-Unsubscribe (and List-Unsubscribe-Post) into the MIME and the
 * provider headers.
 */
export function oneClickUnsubscribe(settings: Pick<Settings, 'unsubscribeMailto'>, unsubscribeUrl: string) {
  const mailto = settings.unsubscribeMailto;
  return { url: unsubscribeUrl, ...(mailto ? { mailto } : {}) };
}

/** The morning email for one subscriber (renders the brief; for many subscribers use createBriefEmailComposer). */
export async function buildBriefEmail(input: {
  brief: EmailBrief;
  sheet: RenderEmailInput['sheet'];
  snapshot?: RenderEmailInput['snapshot'];
  subscriber: EmailSubscriber;
  settings: Settings;
  date: Date;
}): Promise<OutgoingEmail> {
  return createBriefEmailComposer(input)(input.subscriber, input.date);
}
