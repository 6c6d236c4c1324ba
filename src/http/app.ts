// The Hono app: one middleware builds the services from the checked env, routes are mounted with app.route().
import { Hono, type Context } from 'hono';
import type { Env } from '../env.ts';
import type { Services } from '../ports.ts';
import type { AppEnv } from './app-env.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import { briefRoutes } from './routes/briefs.ts';
import { feedRoutes } from './routes/feeds.ts';
import { healthRoutes } from './routes/health.ts';
import { homeRoutes } from './routes/home.tsx';
import { pageRoutes } from './routes/pages.tsx';
import { runRoutes } from './routes/runs.ts';
import { reviewApiRoutes } from './review/review-api-routes.ts';
import { reviewRoutes } from './review/review-routes.tsx';
import { subscribeRoutes } from './subscribe/subscribe-routes.ts';

/** What the app needs from its invocation to build the services (background work for email). */
export type InvocationOptions = { waitUntil?: (work: Promise<unknown>) => void };

export type CreateAppOptions = {
  /** The composition root (`buildServices` from src/services.ts; tests wrap it to inject clocks, providers, fetch). */
  services: (env: Env, invocation: InvocationOptions) => Services;
};

/** Builds the whole HTTP app. Every error leaves as `{ "error": { "code", "message" } }`. */
export function createApp(options: CreateAppOptions) {
  const makeServices = options.services;
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(async (c, next) => {
    c.set('requestId', c.req.header('cf-ray') ?? crypto.randomUUID());
    c.set('services', makeServices(c.env, { waitUntil: readWaitUntil(c) }));
    await next();
  });
  app.route('/', healthRoutes);
  app.route('/', homeRoutes); // GET /: latest briefs and the signup form
  app.route('/api/runs', runRoutes);
  app.route('/api/briefs', briefRoutes);
  app.route('/', feedRoutes);
  app.route('/briefs', pageRoutes);
  app.route('/review', reviewRoutes); // editor pages (sign-in, queue, edit, approve)
  app.route('/api/review', reviewApiRoutes); // their JSON twins (bearer)
  app.route('/', subscribeRoutes); // POST /api/subscribe, GET /subscribe/confirm, GET+POST /unsubscribe
  return app;
}
export type App = ReturnType<typeof createApp>;

/** `ctx.waitUntil` of the invocation; undefined under `app.request()` in tests (background email then waits for the sweep). */
function readWaitUntil(c: Context<AppEnv>): ((work: Promise<unknown>) => void) | undefined {
  try {
    const context = c.executionCtx;
    return (work) => context.waitUntil(work);
  } catch {
    return undefined;
  }
}
