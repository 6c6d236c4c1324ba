// The short correction email of one subscriber (pure): delivered through the outbox like the edition email (deliver.ts).
import type { StoredBrief } from '../store/index.ts';
import { formatUtcTime } from '../lib/format-time.ts';
import { escapeHtml } from '../lib/html.ts';
import { buildManageUrl, buildMessageId, buildUnsubscribeUrl, oneClickUnsubscribe } from './build-brief-email.ts';
import { buildOutgoingEmail } from './build-mime.ts';
import type { EmailConfig } from './email-config.ts';
import type { OutgoingEmail } from './email-provider.ts';
import { renderEmailFooter } from './render-email-footer.ts';

type Settings = Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto' | 'postalAddress'>;

/**
 * One subscriber's correction email: subject `Correction: <title>`, the note, its date and the page link. `version`
 * is the version the correction published (its Message-ID and idempotency key name it, so each correction is its own
 * email and a retry of one is the same email).
 */
export async function buildCorrectionEmail(input: {
  brief: Pick<StoredBrief, 'id' | 'title' | 'editionDate' | 'version'>;
  note: string;
  /** ISO-8601 UTC time of the correction. */
  at: string;
  subscriber: { id: string; email: string };
  settings: Settings;
  date: Date;
}): Promise<OutgoingEmail> {
  const { brief, settings, subscriber } = input;
  const pageUrl = `${settings.baseUrl}/briefs/${encodeURIComponent(brief.id)}`;
  const unsubscribeUrl = await buildUnsubscribeUrl(settings, subscriber.id);
  const manageUrl = await buildManageUrl(settings, subscriber.id);
  const subject = `Correction: ${brief.title}`;
  const when = formatUtcTime(input.at);
  const footer = renderEmailFooter({ postalAddress: settings.postalAddress, links: { manageUrl, unsubscribeUrl } });
  const text = [
    `We corrected "${brief.title}" (edition of ${brief.editionDate}) on ${when}:`,
    '',
    input.note,
    '',
    `Read the corrected brief: ${pageUrl}`,
    '',
    ...footer.text,
    '',
  ].join('\n');
  const html = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body>',
    `<p>We corrected <strong>${escapeHtml(brief.title)}</strong> (edition of ${escapeHtml(brief.editionDate)}) on ${escapeHtml(when)}:</p>`,
    `<blockquote>${escapeHtml(input.note)}</blockquote>`,
    `<p><a href="${escapeHtml(pageUrl)}">Read the corrected brief</a></p>`,
    footer.html,
    '</body></html>',
  ].join('\n');
  return buildOutgoingEmail({
    from: settings.from,
    to: subscriber.email,
    subject,
    date: input.date,
    messageId: buildMessageId(`${brief.id}.v${brief.version}.correction.${subscriber.id}`, settings.baseUrl),
    text,
    html,
    listUnsubscribe: oneClickUnsubscribe(settings, unsubscribeUrl),
    idempotencyKey: `correction/${brief.id}/v${brief.version}/${subscriber.id}`,
  });
}
