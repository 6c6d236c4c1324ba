import { z } from 'zod';
import { parseEnv, requireSecret, type Env } from '../../env.ts';
import { ConfigError } from '../../errors.ts';

/** token: editors sign in with EDITOR_TOKEN; access: Cloudflare Access sits in front and its identity header is trusted. */
export const reviewAuthModeSchema = z.enum(['token', 'access']);
export type ReviewAuthMode = z.infer<typeof reviewAuthModeSchema>;

/** Everything the review auth needs, read from the Worker env. Secrets are non-empty strings. */
export type AuthConfig = {
  mode: ReviewAuthMode;
  /** HMAC key for session cookies and CSRF tokens (needed in both modes). */
  sessionSecret: string;
  /** Origins a POST may come from: the request's own origin and PUBLIC_BASE_URL's. */
  allowedOrigins: (requestUrl: string) => string[];
};

/**
 * Reads REVIEW_AUTH_MODE (default `token`) and SESSION_SECRET. Fails closed: throws `ConfigError` (HTTP 500)
 * naming the missing secret or the bad mode, so a misconfigured Worker never lets anyone in.
 */
export function readAuthConfig(env: Env): AuthConfig {
  const config = parseEnv(env);
  const mode = reviewAuthModeSchema.safeParse(config.REVIEW_AUTH_MODE ?? 'token');
  if (!mode.success) throw new ConfigError(`REVIEW_AUTH_MODE must be "token" or "access", got ${JSON.stringify(config.REVIEW_AUTH_MODE)}`);
  const sessionSecret = requireSecret(config, 'SESSION_SECRET');
  const publicOrigin = new URL(config.PUBLIC_BASE_URL).origin;
  return {
    mode: mode.data,
    sessionSecret,
    allowedOrigins: (requestUrl) => [new URL(requestUrl).origin, publicOrigin],
  };
}

/** EDITOR_TOKEN, or `ConfigError` when unset (token mode cannot work without it). */
export function readEditorToken(env: Env): string {
  return requireSecret(parseEnv(env), 'EDITOR_TOKEN');
}

/** API_TOKEN, or `ConfigError` when unset (the review API then refuses everyone). */
export function readApiToken(env: Env): string {
  return requireSecret(parseEnv(env), 'API_TOKEN');
}
