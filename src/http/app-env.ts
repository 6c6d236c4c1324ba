import type { AppConfig, Env } from '../env.ts';
import type { RunEditionRequest, RunEditionResult } from '../pipeline/run-edition.ts';
import type { Store } from '../store/index.ts';

/** The ports every route reads from `c.var.services`, built once per request by the composition root. */
export type Services = {
  config: AppConfig;
  store: Store;
  /** Wall clock (ISO stamps on audit rows, feed dates). */
  now: () => Date;
  /** Outbound HTTP of the routes (the Cloudflare Access JWKS); tests inject one. Unset: the global fetch. */
  fetch?: typeof fetch;
  /** collect -> metrics -> write -> check -> store for one (edition, style); idempotent. */
  runEdition: (request: RunEditionRequest) => Promise<RunEditionResult>;
};

/** Hono generic for the whole app and every sub-app: `new Hono<AppEnv>()`. */
export type AppEnv = { Bindings: Env; Variables: { services: Services; requestId: string } };
