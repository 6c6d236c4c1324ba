/**
 * `email [--snapshot DIR|FILE] [--to ADDRESS] [--base-url URL] [--part mime|html|text]`: produces the day's
 * brief offline (template writer) and writes the complete morning email as MIME (default) on stdout:
 * `npm run -s cli -- email --snapshot fixtures/day > out.eml`. Placeholder recipient reader@example.com,
 * example base URL https://groundbrief.example, From `groundbrief <brief@groundbrief.example>`, link secret
 * from EMAIL_LINK_SECRET or a fixed dev-only value (links are signed, but only verifiable with that secret),
 * footer postal address from GROUNDBRIEF_POSTAL_ADDRESS or an example one.
 * Exit 0 when the message was written (a stderr line warns when the brief would need review, i.e. would
 * never be sent), 2 for bad input.
 */
import { templateWriter } from '../../brief/template-writer.ts';
import { defaultRegistry } from '../../config/watchlist.ts';
import { buildBriefEmail } from '../../email/build-brief-email.ts';
import type { OutgoingEmail } from '../../email/email-provider.ts';
import { produceBrief } from '../../pipeline/produce-brief.ts';
import { CliError } from '../cli-error.ts';
import { loadSnapshot } from '../load-snapshot.ts';
import { flag, flagIn, parseArgs } from '../parse-args.ts';
import { elapsedMs } from '../elapsed-ms.ts';

export const exampleBaseUrl = 'https://groundbrief.example';
export const exampleFrom = 'groundbrief <brief@groundbrief.example>';
export const exampleRecipient = { id: 'sub_example', email: 'reader@example.com' };
/** The footer's postal address when GROUNDBRIEF_POSTAL_ADDRESS is unset (an offline preview, never a real send). */
export const examplePostalAddress = '1 Example Street, Example City, EX 00000, Exampleland';
const devLinkSecret = 'dev-only-link-secret-not-for-production';

/**
 * What the offline morning email of a snapshot is made from (its daily brief by the template writer, the example
 * settings) and whether that brief would be sent (`status`). The bench renders from it; buildOfflineEmail mails it.
 */
export async function buildOfflineEmailInput(input: { snapshot?: string; baseUrl?: string; date?: Date } = {}) {
  const snapshot = await loadSnapshot(input.snapshot);
  const outcome = await produceBrief({
    snapshot,
    registry: defaultRegistry,
    style: 'daily-snapshot',
    writer: templateWriter,
    elapsedMs,
  });
  const { brief } = outcome;
  const email = {
    brief: {
      id: `${brief.editionDate}-${brief.style}`,
      title: brief.title,
      dek: brief.dek ?? null,
      markdown: brief.markdown,
      editionDate: brief.editionDate,
      style: brief.style,
      writer: brief.writer,
      report: outcome.report,
    },
    sheet: outcome.sheet,
    snapshot,
    settings: {
      from: exampleFrom,
      baseUrl: input.baseUrl ?? exampleBaseUrl,
      linkSecret: process.env.EMAIL_LINK_SECRET ?? devLinkSecret,
      postalAddress: process.env.GROUNDBRIEF_POSTAL_ADDRESS?.trim() || examplePostalAddress,
    },
    // The Date header is the snapshot's time, so the same snapshot gives the same bytes.
    date: input.date ?? new Date(snapshot.asOf),
  };
  return { email, status: outcome.status };
}

/** The offline morning email for a snapshot (the CLI and scripts/screenshot-email.ts share it). */
export async function buildOfflineEmail(
  input: { snapshot?: string; to?: string; baseUrl?: string; date?: Date } = {},
): Promise<{ email: OutgoingEmail; status: 'verified' | 'needs_review' }> {
  const { email, status } = await buildOfflineEmailInput(input);
  const subscriber = { ...exampleRecipient, email: input.to ?? exampleRecipient.email };
  return { email: await buildBriefEmail({ ...email, subscriber }), status };
}

export const help = `usage: groundbrief email [--snapshot DIR|FILE|live] [--to ADDRESS] [--base-url URL] [--part mime|html|text]
Builds the morning email of a snapshot's daily brief (template writer, offline) and writes it on stdout:
  npm run -s cli -- email > out.eml
  --snapshot DIR|FILE|live   recording directory, snapshot JSON, or live collection (default fixtures/day)
  --to ADDRESS               recipient (default reader@example.com)
  --base-url URL             base of the links (default https://groundbrief.example)
  --part mime|html|text      the whole MIME message (default) or one part`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { command: 'email', values: ['snapshot', 'to', 'base-url', 'part'] });
  const part = flagIn(args, 'part', ['mime', 'html', 'text'] as const, 'mime');
  const to = flag(args, 'to');
  if (to !== undefined && !/^[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+$/.test(to))
    throw new CliError(`--to must be an email address (got ${to})`);
  const baseUrl = flag(args, 'base-url');
  if (baseUrl !== undefined && !/^https?:\/\/[^\s/]+/.test(baseUrl))
    throw new CliError(`--base-url must be an absolute http(s) URL (got ${baseUrl})`);
  const { email, status } = await buildOfflineEmail({
    snapshot: flag(args, 'snapshot'),
    ...(to ? { to } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  });
  process.stdout.write(part === 'html' ? email.html : part === 'text' ? email.text : email.raw);
  console.error(
    `email: "${email.subject}" to ${email.to}, ${email.raw.length} bytes MIME, HTML ${new TextEncoder().encode(email.html).length} bytes, brief ${status}`,
  );
  if (status !== 'verified')
    console.error('email: warning: this brief needs review; the Worker would not send it until an editor approves it');
  return 0;
}
