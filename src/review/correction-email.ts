// The short correction email: built per recipient (pure), sent best-effort to the subscribers who got the brief.
import { buildManageUrl, buildMessageId, buildUnsubscribeUrl } from '../email/build-brief-email.ts';
import { buildMime } from '../email/build-mime.ts';
import type { EmailConfig } from '../email/email-config.ts';
import type { EmailProvider, OutgoingEmail } from '../email/email-provider.ts';
import { formatUtcTime } from '../lib/format-time.ts';
import { escapeHtml } from '../lib/html.ts';
import { renderEmailFooter } from '../email/render-email-footer.ts';
import type { Store, StoredBrief } from '../store/index.ts';

type Settings = Pick<EmailConfig, 'from' | 'baseUrl' | 'linkSecret' | 'unsubscribeMailto' | 'postalAddress'>;

/** At most this many correction emails per correction (one invocation's sends; the rest are counted as skipped). */
export const correctionEmailLimit = 200;

/** One subscriber's correction email: subject `Correction: <title>`, the note, its date and the page link. */
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
  const listUnsubscribe = {
    url: unsubscribeUrl,
    ...(settings.unsubscribeMailto ? { mailto: settings.unsubscribeMailto } : {}),
  };
  const messageId = buildMessageId(`${brief.id}.v${brief.version}.correction.${subscriber.id}`, settings.baseUrl);
  return {
    from: settings.from,
    to: subscriber.email,
    subject,
    text,
    html,
    raw: buildMime({
      from: settings.from,
      to: subscriber.email,
      subject,
      date: input.date,
      messageId,
      text,
      html,
      listUnsubscribe,
    }),
    headers: {
      'List-Unsubscribe': settings.unsubscribeMailto
        ? `<${unsubscribeUrl}>, <mailto:${settings.unsubscribeMailto}>`
        : `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
    idempotencyKey: `correction/${brief.id}/v${brief.version}/${subscriber.id}`,
  };
}

export type CorrectionEmailDeps = {
  store: Pick<Store, 'briefs' | 'corrections' | 'audit'>;
  settings: () => Settings;
  provider: () => EmailProvider;
  now: () => Date;
};

/**
 * Sends the correction email of brief `briefId`'s latest version to the confirmed subscribers its email reached
 * (outbox rows `sent`), at most `correctionEmailLimit`. Best effort: each send is tried once (no outbox rows, so no
 * retries); the counts go to one `correction_emailed` audit row. Never throws for a failed send.
 */
export async function sendCorrectionEmails(
  deps: CorrectionEmailDeps,
  input: { briefId: string; note: string; actor: string },
): Promise<{ sent: number; failed: number; skipped: number }> {
  const brief = await deps.store.briefs.get(input.briefId);
  if (!brief?.correctedAt) return { sent: 0, failed: 0, skipped: 0 };
  const recipients = await deps.store.corrections.listRecipients(brief.id, correctionEmailLimit + 1);
  const chosen = recipients.slice(0, correctionEmailLimit);
  const settings = deps.settings();
  const provider = deps.provider();
  let sent = 0;
  let failed = 0;
  for (const subscriber of chosen) {
    try {
      const message = await buildCorrectionEmail({
        brief,
        note: input.note,
        at: brief.correctedAt,
        subscriber,
        settings,
        date: deps.now(),
      });
      await provider.send(message);
      sent++;
    } catch (error) {
      failed++;
      console.error(`[correction email] ${brief.id} to subscriber ${subscriber.id} failed`, error);
    }
  }
  const skipped = recipients.length - chosen.length;
  await deps.store.audit.append({
    briefId: brief.id,
    actor: input.actor,
    action: 'correction_emailed',
    detail: { version: brief.version, sent, failed, skipped },
    at: deps.now().toISOString(),
  });
  return { sent, failed, skipped };
}
