import * as z from 'zod';
import type { Env } from '../env.ts';
import { ConfigError } from '../errors.ts';

/** The bindings and vars email reads (all optional; a missing one is named by parseEmailConfig). */
export type EmailVars = Partial<
  Pick<
    Env,
    | 'EMAIL'
    | 'EMAIL_PROVIDER'
    | 'EMAIL_FROM'
    | 'RESEND_API_KEY'
    | 'EMAIL_LINK_SECRET'
    | 'SESSION_SECRET'
    | 'PUBLIC_BASE_URL'
    | 'EMAIL_UNSUBSCRIBE_MAILTO'
    | 'EMAIL_BATCH_SIZE'
    | 'GROUNDBRIEF_POSTAL_ADDRESS'
  >
>;

/** What the queue consumer receives: deliver the next batch of one brief's outbox. */
export type EmailQueueMessage = { kind: 'deliver'; briefId: string };

export const emailConfigSchema = z.object({
  provider: z.enum(['cloudflare', 'resend'], { message: 'EMAIL_PROVIDER must be "cloudflare" or "resend"' }),
  from: z.string().regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'EMAIL_FROM must be "Name <address>" or an address',
  }),
  baseUrl: z.url({ message: 'PUBLIC_BASE_URL must be an absolute URL' }).transform((url) => url.replace(/\/+$/, '')),
  linkSecret: z
    .string()
    .min(16, { message: 'EMAIL_LINK_SECRET (or SESSION_SECRET) must be set, at least 16 characters' }),
  resendApiKey: z.string().min(1).optional(),
  unsubscribeMailto: z.email().optional(),
  /** The sender's physical postal address, in every email's footer (CAN-SPAM); one line, commas between parts. */
  postalAddress: z
    .string()
    .trim()
    .min(1, { message: "GROUNDBRIEF_POSTAL_ADDRESS (the sender's postal address, CAN-SPAM) must be set" })
    .max(300, { message: 'GROUNDBRIEF_POSTAL_ADDRESS must be at most 300 characters' })
    .regex(/^[^\r\n]*$/, { message: 'GROUNDBRIEF_POSTAL_ADDRESS must be one line (separate its parts with commas)' }),
  /** D1 allows 100 bound parameters per query; a batch's subscriber lookup binds one per row. */
  batchSize: z.coerce
    .number({ message: 'EMAIL_BATCH_SIZE must be a number' })
    .int()
    .min(1)
    .max(90, { message: 'EMAIL_BATCH_SIZE must be at most 90' })
    .default(40),
});
export type EmailConfig = z.infer<typeof emailConfigSchema>;

/** wrangler.toml's placeholder postal address: refused unless EMAIL_FROM is on an example domain (a dev setup). */
export const EXAMPLE_POSTAL_ADDRESS = '1 Example Street, Example City, EX 00000, Exampleland';

/** Whether the sender address (`Name <a@b>` or `a@b`) is on a domain reserved for examples (RFC 2606/6761). */
export function isExampleSender(from: string): boolean {
  const domain = (/@([^\s<>@]+?)>?$/.exec(from.trim())?.[1] ?? '').toLowerCase();
  return (
    /^(?:.+\.)?example\.(?:com|net|org)$/.test(domain) || /(?:^|\.)(?:example|test|invalid|localhost)$/.test(domain)
  );
}

/**
 * Checks the email settings. Throws ConfigError (HTTP 500 MISCONFIGURED) naming every problem, e.g. missing EMAIL_FROM,
 * the example postal address with a real sender,
 * EMAIL_PROVIDER=resend without RESEND_API_KEY, or cloudflare without the EMAIL binding
 * (provider checks skipped with `checkProvider: false`, when a test injects its own provider).
 */
export function parseEmailConfig(env: EmailVars, options: { checkProvider?: boolean } = {}): EmailConfig {
  const checkProvider = options.checkProvider ?? true;
  const known = checkedSettings.get(env)?.get(checkProvider);
  if (known) return known;
  const result = emailConfigSchema.safeParse({
    provider: env.EMAIL_PROVIDER ?? 'cloudflare',
    from: env.EMAIL_FROM ?? '',
    baseUrl: env.PUBLIC_BASE_URL ?? '',
    linkSecret: env.EMAIL_LINK_SECRET ?? env.SESSION_SECRET ?? '',
    postalAddress: env.GROUNDBRIEF_POSTAL_ADDRESS ?? '',
    ...(env.RESEND_API_KEY ? { resendApiKey: env.RESEND_API_KEY } : {}),
    ...(env.EMAIL_UNSUBSCRIBE_MAILTO ? { unsubscribeMailto: env.EMAIL_UNSUBSCRIBE_MAILTO } : {}),
    ...(env.EMAIL_BATCH_SIZE ? { batchSize: env.EMAIL_BATCH_SIZE } : {}),
  });
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  // the shipped placeholder passes "must be set": with a real sender it would go out as the CAN-SPAM address
  if (
    result.success &&
    result.data.postalAddress.toLowerCase() === EXAMPLE_POSTAL_ADDRESS.toLowerCase() &&
    !isExampleSender(result.data.from)
  )
    problems.push(
      "GROUNDBRIEF_POSTAL_ADDRESS is still wrangler.toml's example: set the sender's real postal address (the example is allowed only with an EMAIL_FROM on an example domain such as example.com or .test)",
    );
  if (checkProvider && result.success && result.data.provider === 'resend' && !result.data.resendApiKey)
    problems.push('EMAIL_PROVIDER=resend needs the RESEND_API_KEY secret');
  if (checkProvider && result.success && result.data.provider === 'cloudflare' && !env.EMAIL)
    problems.push('EMAIL_PROVIDER=cloudflare needs the send_email binding EMAIL');
  if (problems.length || !result.success)
    throw new ConfigError(`invalid email configuration: ${problems.join('; ')}`, { cause: result.error });
  checkedSettings.set(env, (checkedSettings.get(env) ?? new Map()).set(checkProvider, result.data));
  return result.data;
}

/**
 * Settings already checked, per env object and provider check, as `parseEnv` keeps the env's: a Worker's env does not
 * change within an isolate, and every delivery round asked twice (its settings and its provider). Never a failure.
 */
const checkedSettings = new WeakMap<EmailVars, Map<boolean, EmailConfig>>();
