import { Hono } from 'hono';
import { etag } from 'hono/etag';
import { renderBriefChartsHtml } from '../../brief/charts/render-brief-charts.ts';
import { NotFoundError } from '../../errors.ts';
import type { AppEnv } from '../app-env.ts';
import { publicCache } from '../public-cache.ts';
import { BriefPage } from '../views/brief-page.tsx';
import { NotFoundPage } from '../views/not-found-page.tsx';
import { buildPublicHistory } from '../views/correction-notes.tsx';
import { publicCacheControl } from './briefs.ts';

/** The page loads nothing: inline styles only, links out allowed, no scripts, no framing. */
export const pageContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Whether the client is a browser asking for a page (`Accept` names text/html); API clients get JSON errors. */
export function acceptsHtml(accept: string | undefined): boolean {
  return /\btext\/html\b/i.test(accept ?? '');
}

/**
 * GET /briefs/:id: the readable HTML page of a published brief, with its correction notes and earlier versions; a
 * withdrawn brief answers 410 with the withdrawal notice instead of its text; anything else is 404 (an HTML page for a browser, JSON otherwise).
 */
export const pageRoutes = new Hono<AppEnv>()
  .use(etag())
  .use(publicCache())
  .get('/:id', async (c) => {
    const { store, config } = c.var.services;
    const id = c.req.param('id');
    const brief = await store.briefs.get(id);
    if (brief?.status !== 'published' && brief?.status !== 'withdrawn') {
      if (!acceptsHtml(c.req.header('Accept'))) throw new NotFoundError(`no published brief with id ${id}`);
      c.header('Content-Security-Policy', pageContentSecurityPolicy);
      return c.html(<NotFoundPage baseUrl={config.PUBLIC_BASE_URL} path={new URL(c.req.url).pathname} />, 404);
    }
    const [record, corrections, versions] = await Promise.all([
      store.snapshots.get(id),
      store.corrections.listForBrief(id),
      store.review.listVersions(id),
    ]);
    const history = buildPublicHistory(corrections, brief.status === 'withdrawn' ? [] : versions);
    c.header('Cache-Control', publicCacheControl);
    c.header('Content-Security-Policy', pageContentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(
      <BriefPage
        brief={brief}
        sources={record?.run.sources ?? []}
        baseUrl={config.PUBLIC_BASE_URL}
        history={history}
        charts={
          record
            ? renderBriefChartsHtml({ style: brief.style, facts: record.sheet.facts, snapshot: record.snapshot })
            : ''
        }
      />,
      brief.status === 'withdrawn' ? 410 : 200,
    );
  });
