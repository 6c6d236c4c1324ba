import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';

/** GET /health: liveness plus the mode; never touches D1 (so it is the load-test baseline). */
export const healthRoutes = new Hono<AppEnv>().get('/health', (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json({ ok: true, mode: c.var.services.config.GROUNDBRIEF_MODE });
});
