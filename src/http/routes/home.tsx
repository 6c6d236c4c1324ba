import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from '../app-env.ts';
import { publicCache } from '../public-cache.ts';
import { HomePage } from '../views/home-page.tsx';
import { publicCacheControl } from './briefs.ts';

/** Briefs listed on the home page. */
export const homeListSize = 20;

/** Like the brief page's policy, plus the signup form posting to this origin. */
export const homeContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** GET /: the latest published briefs and the signup form (the feeds' channel link and home_page_url). */
export const homeRoutes = new Hono<AppEnv>()
  .use('/', etag())
  .use('/', publicCache())
  .get('/', async (c) => {
    const { store, config } = c.var.services;
    const page = await store.briefs.list({ status: 'published', limit: homeListSize });
    c.header('Cache-Control', publicCacheControl);
    c.header('Content-Security-Policy', homeContentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(<HomePage briefs={page.items} baseUrl={config.PUBLIC_BASE_URL} />);
  });
