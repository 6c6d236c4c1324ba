// The Hono app: one middleware builds the services from the checked env, routes are mounted with app.route().
import { Hono } from 'hono';
import type { Env } from '../env.ts';
import { buildServices } from '../services.ts';
import type { AppEnv, Services } from './app-env.ts';
import { handleError, handleNotFound } from './error-handler.ts';
import { briefRoutes } from './routes/briefs.ts';
import { feedRoutes } from './routes/feeds.ts';
import { healthRoutes } from './routes/health.ts';
import { pageRoutes } from './routes/pages.tsx';
import { runRoutes } from './routes/runs.ts';
import { reviewApiRoutes } from './review/review-api-routes.ts';
import { reviewRoutes } from './review/review-routes.tsx';
import { subscribeRoutes } from './subscribe/subscribe-routes.ts';

export type CreateAppOptions = {
  /** Replace the composition root (tests inject failing writers, fixed clocks). Default: `buildServices`. */
  services?: (env: Env) => Services;
};

/** Builds the whole HTTP app. Every error leaves as `{ "error": { "code", "message" } }`. */
export function createApp(options: CreateAppOptions = {}) {
  const makeServices = options.services ?? buildServices;
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.use(async (c, next) => {
    c.set('requestId', c.req.header('cf-ray') ?? crypto.randomUUID());
    c.set('services', makeServices(c.env));
    await next();
  });
  app.route('/', healthRoutes);
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
