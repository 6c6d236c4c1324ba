// The Worker's composition root: turns the checked env into every port a route, the cron or the queue consumer uses.
import { defaultSources } from './config/sources.ts';
import { defaultRegistry } from './config/watchlist.ts';
import { parseEmailConfig } from './email/email-config.ts';
import type { EmailProvider } from './email/email-provider.ts';
import { createMailer } from './email/mailer.ts';
import { createCloudflareEmailProvider } from './email/providers/cloudflare-provider.ts';
import { createResendProvider } from './email/providers/resend-provider.ts';
import { parseEnv, type Env } from './env.ts';
import { ConfigError } from './errors.ts';
import { readAuthConfig } from './http/auth/auth-config.ts';
import { buildRateLimits, parseRateLimitRules } from './http/rate-limit/build-rate-limits.ts';
import type { RateLimitCounters } from './http/rate-limit/memory-rate-limiter.ts';
import { buildEditionSource } from './pipeline/edition-source.ts';
import { runEdition, runEditions, type RunEditionDeps } from './pipeline/run-edition.ts';
import { selectWriter, type SelectedWriter } from './pipeline/select-writer.ts';
import type { Services } from './ports.ts';
import { createStore } from './store/index.ts';

/** What tests (and the entry) may replace or add; everything else comes from the env. */
export type ServiceOptions = {
  now?: () => Date;
  fetch?: typeof fetch;
  /** Replaces the provider EMAIL_PROVIDER names (the provider settings are then not checked). */
  emailProvider?: EmailProvider;
  /** Keeps the invocation alive for background work (`ctx.waitUntil`); absent: background email waits for the sweep. */
  waitUntil?: (work: Promise<unknown>) => void;
  /** Counters of the in-memory rate-limit fallback (default: the isolate's). */
  rateLimitCounters?: RateLimitCounters;
  /** Per-isolate reuse of the public version, see `StoreOptions` (default 0; the Worker entry sets `publicVersionTtlMs`). */
  publicVersionTtlMs?: number;
};

/**
 * The Worker's bound on how stale a public read can be after a publish, edit, correction or withdrawal made in
 * another isolate (or by the cron's isolate): the isolate that makes the write sees it at once.
 */
export const publicVersionTtlMs = 3_000;

/** Builds the services for one request or cron event. Throws ConfigError (-> 500 naming the var) on a bad env. */
export function buildServices(env: Env, options: ServiceOptions = {}): Services {
  const config = parseEnv(env);
  const now = options.now ?? (() => new Date());
  const elapsedMs = () => performance.now();
  const store = createStore(config.DB, now, { publicVersionTtlMs: options.publicVersionTtlMs ?? 0 });
  let selected: SelectedWriter | undefined;
  const writer = () => (selected ??= selectWriter(config));
  const email = createMailer({
    store,
    settings: () => parseEmailConfig(env, { checkProvider: false }),
    provider: () => options.emailProvider ?? buildEmailProvider(env),
    ...(env.EMAIL_QUEUE ? { queue: env.EMAIL_QUEUE } : {}),
    ...(options.waitUntil ? { waitUntil: options.waitUntil } : {}),
    now,
  });
  const editionDeps = (): RunEditionDeps => ({
    store,
    registry: defaultRegistry,
    sources: defaultSources,
    source: buildEditionSource({ mode: config.GROUNDBRIEF_MODE, now, feedCache: store.feedCache }),
    writer: writer(),
    autoPublish: config.AUTO_PUBLISH,
    ...(config.GROUNDBRIEF_RUN_BUDGET_MS ? { runBudgetMs: config.GROUNDBRIEF_RUN_BUDGET_MS } : {}),
    elapsedMs,
    now,
  });
  return {
    config,
    store,
    now,
    elapsedMs,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    writer,
    runEdition: (request) => runEdition(request, editionDeps()),
    runEditions: (request) => runEditions(request, editionDeps()),
    reviewDesk: {
      store,
      registry: defaultRegistry,
      writer: () => writer().write,
      afterPublish: email.afterPublish,
      afterCorrection: email.afterCorrection,
      now,
      elapsedMs,
    },
    reviewAuth: () => readAuthConfig(config),
    email,
    rateLimits: buildRateLimits({
      env,
      rules: parseRateLimitRules(env.RATE_LIMITS),
      nowMs: () => now().getTime(),
      ...(options.rateLimitCounters ? { counters: options.rateLimitCounters } : {}),
    }),
  };
}

/** The provider EMAIL_PROVIDER names (default cloudflare = the send_email binding EMAIL). Throws ConfigError. */
function buildEmailProvider(env: Env): EmailProvider {
  const settings = parseEmailConfig(env);
  if (settings.provider === 'resend') {
    if (!settings.resendApiKey) throw new ConfigError('EMAIL_PROVIDER=resend needs the RESEND_API_KEY secret');
    return createResendProvider({ apiKey: settings.resendApiKey });
  }
  if (!env.EMAIL) throw new ConfigError('EMAIL_PROVIDER=cloudflare needs the send_email binding EMAIL');
  return createCloudflareEmailProvider(env.EMAIL);
}
