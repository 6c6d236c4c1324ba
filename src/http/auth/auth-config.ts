import * as z from 'zod';
import { requireSecret, type AppConfig } from '../../env.ts';
import { ConfigError } from '../../errors.ts';
import type { AccessConfig } from './verify-access-jwt.ts';

/** token: editors sign in with EDITOR_TOKEN; access: Cloudflare Access sits in front and its signed JWT is verified. */
export const reviewAuthModeSchema = z.enum(['token', 'access']);
export type ReviewAuthMode = z.infer<typeof reviewAuthModeSchema>;

/** Everything the review auth needs, read from the Worker env. Secrets are non-empty strings. */
export type AuthConfig = {
  mode: ReviewAuthMode;
  /** HMAC key for session cookies and CSRF tokens (needed in both modes). */
  sessionSecret: string;
  /** Team domain + audience tag of the Access application: set in access mode, null in token mode. */
  access: AccessConfig | null;
  /** Origins a POST may come from: the request's own origin and PUBLIC_BASE_URL's. */
  allowedOrigins: (requestUrl: string) => string[];
};

/**
 * Reads REVIEW_AUTH_MODE (default `token`), SESSION_SECRET and, in access mode, CF_ACCESS_TEAM_DOMAIN and
 * CF_ACCESS_AUD. Fails closed: throws `ConfigError` (HTTP 500) naming the missing or bad setting, so a
 * misconfigured Worker never lets anyone in.
 */
export function readAuthConfig(config: AppConfig): AuthConfig {
  const mode = reviewAuthModeSchema.safeParse(config.REVIEW_AUTH_MODE ?? 'token');
  if (!mode.success)
    throw new ConfigError(
      `REVIEW_AUTH_MODE must be "token" or "access", got ${JSON.stringify(config.REVIEW_AUTH_MODE)}`,
    );
  const sessionSecret = requireSecret(config, 'SESSION_SECRET');
  const publicOrigin = new URL(config.PUBLIC_BASE_URL).origin;
  return {
    mode: mode.data,
    sessionSecret,
    access: mode.data === 'access' ? readAccessConfig(config) : null,
    allowedOrigins: (requestUrl) => [new URL(requestUrl).origin, publicOrigin],
  };
}

/**
 * CF_ACCESS_TEAM_DOMAIN (`https://<team>.cloudflareaccess.com`; a bare host gets `https://`) as an origin, and
 * CF_ACCESS_AUD. `ConfigError` naming whichever is missing or malformed.
 */
function readAccessConfig(config: AppConfig): AccessConfig {
  const team = config.CF_ACCESS_TEAM_DOMAIN?.trim();
  const audience = config.CF_ACCESS_AUD?.trim();
  const missing = [team ? null : 'CF_ACCESS_TEAM_DOMAIN', audience ? null : 'CF_ACCESS_AUD'].filter(
    (name) => name !== null,
  );
  if (!team || !audience) {
    throw new ConfigError(
      `REVIEW_AUTH_MODE=access needs ${missing.join(' and ')} (the Access team domain and application audience tag)`,
    );
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(team) ? team : `https://${team}`);
  } catch (cause) {
    throw new ConfigError(
      `CF_ACCESS_TEAM_DOMAIN must be like https://yourteam.cloudflareaccess.com, got ${JSON.stringify(team)}`,
      { cause },
    );
  }
  if (url.protocol !== 'https:' || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError(
      `CF_ACCESS_TEAM_DOMAIN must be like https://yourteam.cloudflareaccess.com, got ${JSON.stringify(team)}`,
    );
  }
  return { teamDomain: url.origin, audience };
}

/** EDITOR_TOKEN, or `ConfigError` when unset (token mode cannot work without it). */
export function readEditorToken(config: AppConfig): string {
  return requireSecret(config, 'EDITOR_TOKEN');
}
