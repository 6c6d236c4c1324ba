// The ports a route, the cron or the queue consumer reads: built once per invocation by src/services.ts.
import type { EmailConfig, EmailQueueMessage } from './email/email-config.ts';
import type { EmailProvider } from './email/email-provider.ts';
import type { DispatchResult } from './email/mailer.ts';
import type { DeliverReport } from './email/deliver.ts';
import type { AppConfig } from './env.ts';
import type { AuthConfig } from './http/auth/auth-config.ts';
import type { RateLimits } from './http/rate-limit/rate-limiter.ts';
import type {
  RunEditionRequest,
  RunEditionResult,
  RunEditionsRequest,
  RunEditionsResult,
} from './pipeline/run-edition.ts';
import type { SelectedWriter } from './pipeline/select-writer.ts';
import type { ReviewDesk } from './review/review-actions.ts';
import type { Store } from './store/index.ts';

/** Email as the Worker sends it: settings, provider, and the outbox moves after a publish, on the sweep and per queue message. */
export type Mailer = {
  /** Checked email settings without the provider check (links, previews). Throws ConfigError when misconfigured. */
  settings: () => EmailConfig;
  /** The provider EMAIL_PROVIDER names. Throws ConfigError when it is not configured. */
  provider: () => EmailProvider;
  /** Queues a published brief for every confirmed subscriber who chose its style and fans out (queue) or sends the first batch. */
  dispatch: (briefId: string) => Promise<DispatchResult>;
  /**
   * After a publish in a request: queues the rows now (so the email is sure to go), sends the first batch in the
   * background when the invocation can wait for it, otherwise leaves it to the 15-minute sweep.
   */
  afterPublish: (briefId: string) => Promise<void>;
  /** The cron sweep: queues published briefs that have no outbox rows, then delivers due rows. */
  sweep: () => Promise<DeliverReport>;
  /** The EMAIL_QUEUE consumer: one batch of one brief per message. */
  consume: (batch: MessageBatch<EmailQueueMessage>) => Promise<void>;
};

/** Everything a route, the cron or the queue consumer needs; tests replace parts through `buildServices` options. */
export type Services = {
  config: AppConfig;
  store: Store;
  /** Wall clock (ISO stamps on audit rows, feed dates). */
  now: () => Date;
  /** Monotonic milliseconds (performance.now). */
  elapsedMs: () => number;
  /** Outbound HTTP of the routes (the Cloudflare Access JWKS). */
  fetch: typeof fetch;
  /** The writer runs and regenerations use: the LLM writer when OPENAI_API_KEY is set, else the template writer. */
  writer: () => SelectedWriter;
  /** collect -> metrics -> write -> check -> store for one (edition, style); idempotent. */
  runEdition: (request: RunEditionRequest) => Promise<RunEditionResult>;
  /** Several styles of one edition from one collection (the morning cron); a failing style does not stop the others. */
  runEditions: (request: RunEditionsRequest) => Promise<RunEditionsResult>;
  /** The review desk's ports (edit, approve, reject, regenerate). */
  reviewDesk: ReviewDesk;
  /** Review sign-in settings; throws ConfigError (fail closed) when they are missing or malformed. */
  reviewAuth: () => AuthConfig;
  email: Mailer;
  /** Per-client limits on sign-in, the bearer routes and subscribe (the binding, or the per-isolate fallback). */
  rateLimits: RateLimits;
};
