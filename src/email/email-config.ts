import { z } from 'zod';
import { ConfigError } from '../errors.ts';

/** The bindings and vars email reads (all optional but DB; the Worker's Env is a structural match). */
export interface EmailEnv {
  DB: D1Database;
  /** send_email binding. */
  EMAIL?: SendEmail;
  /** Optional Cloudflare Queue producer for fan-out of large lists. */
  EMAIL_QUEUE?: Queue<EmailQueueMessage>;
  /** `cloudflare` (default) or `resend`. */
  EMAIL_PROVIDER?: string;
  /** `groundbrief <brief@yourdomain>`; the domain must be allowed by the provider. */
  EMAIL_FROM?: string;
  RESEND_API_KEY?: string;
  /** HMAC key for confirm/unsubscribe links; falls back to SESSION_SECRET. */
  EMAIL_LINK_SECRET?: string;
  SESSION_SECRET?: string;
  PUBLIC_BASE_URL?: string;
  /** Optional mailto for List-Unsubscribe, e.g. `unsubscribe@yourdomain`. */
  EMAIL_UNSUBSCRIBE_MAILTO?: string;
  /** Sends per invocation (1-90, default 40); lower it on the Workers free plan. */
  EMAIL_BATCH_SIZE?: string;
}

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
  /** D1 allows 100 bound parameters per query; a batch's subscriber lookup binds one per row. */
  batchSize: z.coerce
    .number({ message: 'EMAIL_BATCH_SIZE must be a number' })
    .int()
    .min(1)
    .max(90, { message: 'EMAIL_BATCH_SIZE must be at most 90' })
    .default(40),
});
export type EmailConfig = z.infer<typeof emailConfigSchema>;

/**
 * Checks the email settings. Throws ConfigError (HTTP 500 MISCONFIGURED) naming every problem, e.g. missing EMAIL_FROM,
 * EMAIL_PROVIDER=resend without RESEND_API_KEY, or cloudflare without the EMAIL binding
 * (provider checks skipped with `checkProvider: false`, when a test injects its own provider).
 */
export function parseEmailConfig(env: EmailEnv, options: { checkProvider?: boolean } = {}): EmailConfig {
  const checkProvider = options.checkProvider ?? true;
  const result = emailConfigSchema.safeParse({
    provider: env.EMAIL_PROVIDER ?? 'cloudflare',
    from: env.EMAIL_FROM ?? '',
    baseUrl: env.PUBLIC_BASE_URL ?? '',
    linkSecret: env.EMAIL_LINK_SECRET ?? env.SESSION_SECRET ?? '',
    ...(env.RESEND_API_KEY ? { resendApiKey: env.RESEND_API_KEY } : {}),
    ...(env.EMAIL_UNSUBSCRIBE_MAILTO ? { unsubscribeMailto: env.EMAIL_UNSUBSCRIBE_MAILTO } : {}),
    ...(env.EMAIL_BATCH_SIZE ? { batchSize: env.EMAIL_BATCH_SIZE } : {}),
  });
  const problems = result.success ? [] : result.error.issues.map((issue) => issue.message);
  if (checkProvider && result.success && result.data.provider === 'resend' && !result.data.resendApiKey)
    problems.push('EMAIL_PROVIDER=resend needs the RESEND_API_KEY secret');
  if (checkProvider && result.success && result.data.provider === 'cloudflare' && !env.EMAIL)
    problems.push('EMAIL_PROVIDER=cloudflare needs the send_email binding EMAIL');
  if (problems.length || !result.success)
    throw new ConfigError(`invalid email configuration: ${problems.join('; ')}`, { cause: result.error });
  return result.data;
}
