// "Send a test email to me": the brief's email, exactly as subscribers get it, to the signed-in editor's own address.
import { buildBriefEmail } from '../email/build-brief-email.ts';
import { emailBriefFromStored } from '../email/email-brief-from-stored.ts';
import type { EmailConfig } from '../email/email-config.ts';
import type { EmailProvider } from '../email/email-provider.ts';
import { BadRequestError, NotFoundError, UpstreamError } from '../errors.ts';
import type { Store } from '../store/index.ts';

export type TestEmailDeps = {
  store: Pick<Store, 'briefs' | 'snapshots' | 'audit'>;
  settings: () => EmailConfig;
  provider: () => EmailProvider;
  now: () => Date;
};

/** A plain `local@domain.tld` address (no display name, no spaces), or null. */
export function readEditorAddress(actor: string): string | null {
  const name = actor.replace(/^editor:/, '');
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(name) ? name : null;
}

/**
 * Sends the brief's email to the editor (`actor` is `editor:<name>`; the name must be an email address, as it is in
 * Access mode: BadRequestError otherwise, so the desk never mails an address nobody signed in as). A provider failure
 * is UpstreamError (502). Audited as `test_email_sent` with the address.
 */
export async function sendTestEmail(deps: TestEmailDeps, input: { id: string; actor: string }): Promise<string> {
  const to = readEditorAddress(input.actor);
  if (!to) {
    throw new BadRequestError(
      'your sign-in name is not an email address: sign in with your email address as the name to get test emails',
    );
  }
  const stored = await deps.store.briefs.get(input.id);
  if (!stored) throw new NotFoundError(`no brief with id ${input.id}`);
  const record = await deps.store.snapshots.get(input.id);
  const message = await buildBriefEmail({
    brief: emailBriefFromStored(stored),
    sheet: record?.sheet ?? null,
    snapshot: record?.snapshot ?? null,
    subscriber: { id: `test-${input.id}`, email: to },
    settings: deps.settings(),
    date: deps.now(),
  });
  try {
    await deps
      .provider()
      .send({ ...message, idempotencyKey: `test/${input.id}/v${stored.version}/${deps.now().getTime()}` });
  } catch (error) {
    throw new UpstreamError(`test email to ${to} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  await deps.store.audit.append({
    briefId: input.id,
    actor: input.actor,
    action: 'test_email_sent',
    detail: { to, version: stored.version },
    at: deps.now().toISOString(),
  });
  return to;
}
