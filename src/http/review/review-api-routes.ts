// JSON twins of the review pages for tools, mounted at /api/review (bearer API_TOKEN; actor 'api' in the audit log).
import { Hono } from 'hono';
import * as z from 'zod';
import type { CheckReport } from '../../domain/check-report.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import type { StoredBrief } from '../../store/index.ts';
import type { AppEnv } from '../app-env.ts';
import { requireApiToken } from '../require-bearer.ts';
import { parseJsonBody } from '../parse-input.ts';
import { splitBriefMarkdown } from '../../review/brief-markdown.ts';
import { correctBrief, withdrawBrief } from '../../review/correction-actions.ts';
import { approveBrief, editBrief, regenerateBrief, rejectBrief } from '../../review/review-actions.ts';

const apiActor = 'api';

/** `markdown` may carry its own `# title` line; `title` (when given) wins over it. */
const editBodySchema = z.strictObject({
  title: z.string().min(1).max(300).optional(),
  markdown: z.string().min(1).max(100_000),
  baseVersion: z.number().int().positive().optional(),
});
/** `baseVersion` (optional, recommended): the version the decision was made on; 409 when the brief changed since. */
const approveBodySchema = z.strictObject({
  override: z.boolean().default(false),
  reason: z.string().max(2000).optional(),
  baseVersion: z.number().int().positive().optional(),
});
const rejectBodySchema = z.strictObject({
  reason: z.string().max(2000),
  baseVersion: z.number().int().positive().optional(),
});

/** A correction of a published brief: `markdown` as for edit, `note` shown to readers. */
const correctBodySchema = editBodySchema.extend({
  note: z.string().min(1).max(1000),
  notifySubscribers: z.boolean().default(false),
});
const withdrawBodySchema = z.strictObject({
  reason: z.string().max(1000),
  baseVersion: z.number().int().positive().optional(),
});

/** The review view of a brief: status, version and the checker's counts (and full report when asked). */
function buildReviewSummary(brief: StoredBrief) {
  return {
    id: brief.id,
    editionDate: brief.editionDate,
    style: brief.style,
    status: brief.status,
    title: brief.title,
    version: brief.version,
    counts: brief.report.counts,
    ok: brief.report.ok,
    createdAt: brief.createdAt,
    updatedAt: brief.updatedAt,
    publishedAt: brief.publishedAt,
    correctedAt: brief.correctedAt ?? null,
    withdrawnAt: brief.withdrawnAt ?? null,
    withdrawnReason: brief.withdrawnReason ?? null,
  };
}
const withReport = (brief: StoredBrief, report: CheckReport = brief.report) => ({
  brief: buildReviewSummary(brief),
  report,
});

/** An editor's decision on one email whose outcome is unknown (docs/abuse.md). */
const unknownEmailBodySchema = z.strictObject({
  briefId: z.string().min(1).max(200),
  subscriberId: z.string().min(1).max(200),
  /** 0 (or absent): the brief's edition email; N: the email of the correction that published version N. */
  correctionVersion: z.number().int().min(0).max(1_000_000).default(0),
  decision: z.enum(['resend', 'delivered']),
});

export const reviewApiRoutes = new Hono<AppEnv>()
  .use(requireApiToken)
  .get('/', async (c) => {
    const { store } = c.var.services;
    const [briefs, unknownCount, unknownItems] = await Promise.all([
      store.review.listQueue(),
      store.outbox.countUnknown(),
      store.outbox.listUnknown(100),
    ]);
    // `emailUnknown`: sends that stopped mid-way and could not be retried safely (the reader may or may not have it)
    return c.json({
      items: briefs.map(buildReviewSummary),
      emailUnknown: { count: unknownCount, items: unknownItems },
    });
  })
  // resend (queued again, due now) or delivered (recorded sent) for an `emailUnknown` row; 409 when it is not unknown
  .post('/email-unknown', async (c) => {
    const body = await parseJsonBody(c, unknownEmailBodySchema);
    const { store, now } = c.var.services;
    const done = await store.outbox.resolveUnknown({ ...body, actor: apiActor, at: now().toISOString() });
    if (!done) throw new ConflictError(`no email with an unknown outcome for ${body.briefId} / ${body.subscriberId}`);
    return c.json({ ok: true, decision: body.decision, emailUnknown: { count: await store.outbox.countUnknown() } });
  })
  .get('/:id', async (c) => {
    const brief = await c.var.services.store.briefs.get(c.req.param('id'));
    if (!brief) throw new NotFoundError(`no brief with id ${c.req.param('id')}`);
    return c.json({ ...withReport(brief), markdown: brief.markdown });
  })
  .post('/:id/edit', async (c) => {
    const body = await parseJsonBody(c, editBodySchema);
    const split = splitBriefMarkdown(body.markdown);
    const title = body.title ?? split.title ?? '';
    const { brief, report } = await editBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      title,
      body: split.body,
      actor: apiActor,
      baseVersion: body.baseVersion,
    });
    return c.json(withReport(brief, report));
  })
  .post('/:id/approve', async (c) => {
    const body = await parseJsonBody(c, approveBodySchema);
    const brief = await approveBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      actor: apiActor,
      override: body.override,
      reason: body.reason,
      baseVersion: body.baseVersion,
    });
    return c.json(withReport(brief));
  })
  .post('/:id/reject', async (c) => {
    const body = await parseJsonBody(c, rejectBodySchema);
    const brief = await rejectBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      actor: apiActor,
      reason: body.reason,
      baseVersion: body.baseVersion,
    });
    return c.json(withReport(brief));
  })
  .post('/:id/regenerate', async (c) => {
    const { brief, report } = await regenerateBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      actor: apiActor,
    });
    return c.json(withReport(brief, report));
  })
  .post('/:id/correct', async (c) => {
    const body = await parseJsonBody(c, correctBodySchema);
    const split = splitBriefMarkdown(body.markdown);
    const brief = await correctBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      title: body.title ?? split.title ?? '',
      body: split.body,
      note: body.note,
      notifySubscribers: body.notifySubscribers,
      actor: apiActor,
      baseVersion: body.baseVersion,
    });
    return c.json(withReport(brief));
  })
  .post('/:id/withdraw', async (c) => {
    const body = await parseJsonBody(c, withdrawBodySchema);
    const brief = await withdrawBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      reason: body.reason,
      actor: apiActor,
      baseVersion: body.baseVersion,
    });
    return c.json(withReport(brief));
  });
