import { z } from 'zod';
import type { EmailQueueMessage } from './email/email-config.ts';
import { ConfigError } from './errors.ts';

/**
 * The raw `env` the Workers runtime hands to `fetch`/`scheduled` (bindings from wrangler.toml, vars, secrets).
 * Never read directly past the entry: `parseEnv` turns it into a checked `AppConfig`.
 */
export interface Env {
  DB: D1Database;
  /** send_email binding (email helper). */
  EMAIL?: SendEmail;
  GROUNDBRIEF_MODE?: string;
  AUTO_PUBLISH?: string;
  PUBLIC_BASE_URL?: string;
  API_TOKEN?: string;
  EDITOR_TOKEN?: string;
  SESSION_SECRET?: string;
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
  /** Review sign-in: token = EDITOR_TOKEN, access = verify the Cloudflare Access JWT (Cf-Access-Jwt-Assertion). */
  REVIEW_AUTH_MODE?: string;
  /** Access mode: `https://<team>.cloudflareaccess.com` (JWT issuer, JWKS at /cdn-cgi/access/certs). */
  CF_ACCESS_TEAM_DOMAIN?: string;
  /** Access mode: the Access application's audience (AUD) tag. */
  CF_ACCESS_AUD?: string;
  /** Email (checked by src/email/email-config.ts when email is used): provider, sender, link HMAC, queue. */
  EMAIL_PROVIDER?: string;
  EMAIL_FROM?: string;
  RESEND_API_KEY?: string;
  EMAIL_LINK_SECRET?: string;
  EMAIL_UNSUBSCRIBE_MAILTO?: string;
  EMAIL_BATCH_SIZE?: string;
  EMAIL_QUEUE?: Queue<EmailQueueMessage>;
}

const d1Schema = z.custom<D1Database>(
  (value) => typeof value === 'object' && value !== null && typeof (value as D1Database).prepare === 'function',
  { message: 'D1 binding is missing (add [[d1_databases]] binding = "DB" to wrangler.toml)' },
);
const sendEmailSchema = z.custom<SendEmail>(
  (value) => typeof value === 'object' && value !== null && typeof (value as SendEmail).send === 'function',
  { message: 'send_email binding is malformed' },
);
const booleanVarSchema = z
  .enum(['true', 'false', '1', '0', 'on', 'off', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => ['true', '1', 'on', 'yes'].includes(value));
const secretSchema = z.string().min(1).optional();

/** zod schema of the Worker environment; required entries are the ones without which nothing can work. */
export const envSchema = z.object({
  DB: d1Schema,
  EMAIL: sendEmailSchema.optional(),
  /** offline = replay the bundled fixture day; live = real upstream fetch. */
  GROUNDBRIEF_MODE: z.enum(['offline', 'live'], { message: 'must be "offline" or "live"' }),
  /** Publish verified briefs at once (true) or hold them as needs_review (false). */
  AUTO_PUBLISH: booleanVarSchema,
  /** Absolute base URL used in feeds and links, without trailing slash. */
  PUBLIC_BASE_URL: z.url({ message: 'must be an absolute URL' }).transform((url) => url.replace(/\/+$/, '')),
  API_TOKEN: secretSchema,
  EDITOR_TOKEN: secretSchema,
  SESSION_SECRET: secretSchema,
  OPENAI_API_KEY: secretSchema,
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_MODEL: z.string().min(1).optional(),
  REVIEW_AUTH_MODE: z.enum(['token', 'access']).default('token'),
  /** Required (checked by src/http/auth/auth-config.ts) only when REVIEW_AUTH_MODE=access. */
  CF_ACCESS_TEAM_DOMAIN: z.string().optional(),
  CF_ACCESS_AUD: z.string().optional(),
});
export type AppConfig = z.infer<typeof envSchema>;

const parsed = new WeakMap<object, AppConfig>();

/**
 * Validates the runtime env once per env object (cached). Throws `ConfigError` whose message names every
 * missing or malformed binding/var, e.g. `invalid Worker environment: DB: D1 binding is missing`.
 */
export function parseEnv(env: unknown): AppConfig {
  if (typeof env === 'object' && env !== null) {
    const cached = parsed.get(env);
    if (cached) return cached;
  }
  const result = envSchema.safeParse(env ?? {});
  if (!result.success) {
    const detail = result.error.issues
      .map((issue) => {
        const key = String(issue.path[0] ?? '');
        const present = typeof env === 'object' && env !== null && (env as Record<string, unknown>)[key] !== undefined;
        return `${issue.path.join('.')}: ${present ? issue.message : issue.code === 'custom' ? `missing (${issue.message})` : 'missing'}`;
      })
      .join('; ');
    throw new ConfigError(`invalid Worker environment: ${detail}`, { cause: result.error });
  }
  if (typeof env === 'object' && env !== null) parsed.set(env, result.data);
  return result.data;
}

/** Returns a secret or throws `ConfigError` naming it (routes that need a secret fail closed). */
export function requireSecret(config: AppConfig, name: 'API_TOKEN' | 'EDITOR_TOKEN' | 'SESSION_SECRET'): string {
  const value = config[name];
  if (!value) throw new ConfigError(`secret ${name} is not set (wrangler secret put ${name}, or .dev.vars locally)`);
  return value;
}
