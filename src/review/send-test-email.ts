// "Send a test email to me": the brief's email, exactly as subscribers get it, to the signed-in editor's own address.
import { buildBriefEmail } from '../email/build-brief-email.ts';
import { emailBriefFromStored } from '../email/email-brief-from-stored.ts';
import type { EmailConfig } from '../email/email-config.ts';
import type { EmailProvider } from '../email/email-provider.ts';
import { AppError, BadRequestError, ForbiddenError, NotFoundError, UpstreamError } from '../errors.ts';
import type { Store } from '../store/index.ts';

/** Test emails one editor may send per hour (counted from the audit log, so it holds across isolates). */
export const TEST_EMAILS_PER_HOUR = 5;

/** Who may get test emails: the review gate's mode and the EDITOR_EMAILS list (lower-case addresses). */
export type TestEmailPolicy = { mode: 'token' | 'access'; editorEmails: readonly string[] };

export type TestEmailDeps = {
  store: Pick<Store, 'briefs' | 'snapshots'> & { audit: Pick<Store['audit'], 'append' | 'countSince'> };
  policy: TestEmailPolicy;
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
 * The address a test email may go to for this editor, or null. In access mode the name is the email Cloudflare Access
 * verified, so it may; in token mode anyone holding the shared token can type any name, so only an address listed in
 * EDITOR_EMAILS may (case-insensitive). An empty list in token mode: nobody.
 */
export function readTestRecipient(actor: string, policy: TestEmailPolicy): string | null {
  const address = readEditorAddress(actor);
  if (!address) return null;
  if (policy.mode === 'access') return address;
  return policy.editorEmails.includes(address.toLowerCase()) ? address : null;
}

/** 429: the editor sent TEST_EMAILS_PER_HOUR test emails within the last hour. */
export class TestEmailLimitError extends AppError {
  constructor(message: string) {
    super('TOO_MANY_REQUESTS', message);
  }
}

/**
 * Sends the brief's email to the editor (`actor` is `editor:<name>`; the name must be an email address, as it is in
 * Access mode: BadRequestError otherwise; in token mode it must also be listed in EDITOR_EMAILS: ForbiddenError otherwise,
 * so the desk never mails an address nobody proved). At most TEST_EMAILS_PER_HOUR per editor an hour (TestEmailLimitError,
 * 429; counted before sending, so two concurrent clicks at the limit may both pass). A provider failure is UpstreamError
 * (502). Audited as `test_email_sent` with the address.
 */
export async function sendTestEmail(deps: TestEmailDeps, input: { id: string; actor: string }): Promise<string> {
  const to = readEditorAddress(input.actor);
  if (!to) {
    throw new BadRequestError(
      'your sign-in name is not an email address: sign in with your email address as the name to get test emails',
    );
  }
  if (!readTestRecipient(input.actor, deps.policy)) {
    throw new ForbiddenError(
      `test emails go only to the addresses in EDITOR_EMAILS (or the Cloudflare Access identity); ${to} is not one`,
    );
  }
  const since = new Date(deps.now().getTime() - 60 * 60 * 1000).toISOString();
  const sent = await deps.store.audit.countSince({ actor: input.actor, action: 'test_email_sent', since });
  if (sent >= TEST_EMAILS_PER_HOUR) {
    throw new TestEmailLimitError(`at most ${TEST_EMAILS_PER_HOUR} test emails an hour: try again later`);
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
