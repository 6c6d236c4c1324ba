import { Hono } from 'hono';
import { etag } from 'hono/etag';
import * as z from 'zod';
import { briefStyleSchema } from '../../domain/brief.ts';
import type { Services } from '../../ports.ts';
import type { AppEnv } from '../app-env.ts';
import { publicCache } from '../public-cache.ts';
import { parseQuery } from '../parse-input.ts';
import { buildJsonFeed, renderRssFeed, type FeedInput } from '../views/render-feeds.ts';
import { publicCacheControl } from './briefs.ts';

const feedQuerySchema = z.strictObject({ style: briefStyleSchema.optional() });
/** Items per feed. */
export const feedSize = 20;

async function loadFeed(services: Services, style: z.infer<typeof briefStyleSchema> | undefined): Promise<FeedInput> {
  const page = await services.store.briefs.list({ status: 'published', style, limit: feedSize });
  return {
    briefs: page.items,
    baseUrl: services.config.PUBLIC_BASE_URL,
    title: style ? `groundbrief: ${style}` : 'groundbrief',
    description:
      'Fact-checked crypto market briefs, written by software from recorded market data. Not investment advice.',
  };
}

/** GET /feed.xml (RSS 2.0) and GET /feed.json (JSON Feed 1.1): the latest published briefs. */
export const feedRoutes = new Hono<AppEnv>()
  .use('/feed.*', etag())
  .use('/feed.*', publicCache())
  .get('/feed.xml', async (c) => {
    const feed = await loadFeed(c.var.services, parseQuery(c, feedQuerySchema).style);
    c.header('Cache-Control', publicCacheControl);
    return c.body(renderRssFeed(feed), 200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
  })
  .get('/feed.json', async (c) => {
    const feed = await loadFeed(c.var.services, parseQuery(c, feedQuerySchema).style);
    c.header('Cache-Control', publicCacheControl);
    return c.body(JSON.stringify(buildJsonFeed(feed)), 200, { 'Content-Type': 'application/feed+json; charset=utf-8' });
  });
