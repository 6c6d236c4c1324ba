// The editor review pages (Hono JSX, server-rendered), mounted at /review: queue, brief, edit, approve, reject, regenerate.
import { Hono, type Context } from 'hono';
import { deleteCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, BadRequestError } from '../../errors.ts';
import { readTestRecipient, sendTestEmail, type TestEmailPolicy } from '../../review/send-test-email.ts';
import { renderCheckHtml } from '../../factcheck/render-check-html.ts';
import { type ReviewPageEnv, sessionCookieName } from '../auth/editor.ts';
import { pageSecurity } from '../auth/page-security.ts';
import { requireEditor } from '../auth/require-editor.tsx';
import { signInRoutes } from '../auth/sign-in-routes.tsx';
import { renderBriefHtml } from '../../brief/render-html.ts';
import { joinBriefMarkdown, splitBriefMarkdown } from '../../review/brief-markdown.ts';
import { correctBrief, withdrawBrief } from '../../review/correction-actions.ts';
import { approveBrief, editBrief, regenerateBrief, rejectBrief } from '../../review/review-actions.ts';
import { emailPreviewRoutes } from '../subscribe/email-preview-routes.ts';
import { computeLineDiff } from './compute-line-diff.ts';
import { unknownEmailRoutes } from './unknown-email-routes.tsx';
import { subscriberRoutes } from './subscriber-routes.tsx';
import { BriefPage, type BriefPageProps } from './views/brief-page.tsx';
import { AuditPage } from './views/audit-page.tsx';
import { QueuePage } from './views/queue-page.tsx';
import { MessagePage } from './views/review-layout.tsx';

type PageContext = Context<ReviewPageEnv>;

export const reviewRoutes = new Hono<ReviewPageEnv>();
reviewRoutes.use('*', pageSecurity);
reviewRoutes.route('/', signInRoutes);
reviewRoutes.use('*', requireEditor);

reviewRoutes.post('/sign-out', async (c) => {
  const at = c.var.services.now().toISOString();
  const editor = c.get('editor');
  // ends the session server-side: the cookie, even if kept, is refused from now on
  await c.var.services.store.sessions.revoke(editor.sid, at);
  await c.var.services.store.audit.append({ briefId: null, actor: editor.actor, action: 'signed_out', at });
  deleteCookie(c, sessionCookieName, { path: '/', secure: true });
  return c.redirect('/review/sign-in', 303);
});

// the morning email as a subscriber would get it (email helper's sub-app), behind the same editor gate
reviewRoutes.route('/', emailPreviewRoutes);
// resend / mark delivered for emails whose outcome is unknown (listed on the queue page)
reviewRoutes.route('/', unknownEmailRoutes);
// the subscriber list and its CSV export (before /:id, which would take /subscribers)
reviewRoutes.route('/', subscriberRoutes);

const decidedViews = ['published', 'rejected', 'withdrawn'] as const;
/** How many unknown-outcome emails the queue page lists (the count is always whole). */
const unknownEmailsShown = 20;

reviewRoutes.get('/', async (c) => {
  const status = c.req.query('status');
  const view = decidedViews.find((candidate) => candidate === status);
  const { review, outbox } = c.var.services.store;
  const [briefs, unknownCount, unknownItems] = await Promise.all([
    view ? review.listByStatus(view) : review.listQueue(),
    outbox.countUnknown(),
    outbox.listUnknown(unknownEmailsShown),
  ]);
  return c.html(
    <QueuePage
      briefs={briefs}
      view={view ?? 'queue'}
      unknownEmails={{ count: unknownCount, items: unknownItems }}
      nowMs={c.var.services.now().getTime()}
      nonce={c.get('nonce')}
      editor={c.get('editor')}
    />,
  );
});

/** Entries per page of the audit log. */
const auditPageSize = 100;

reviewRoutes.get('/audit', async (c) => {
  const before = Number.parseInt(c.req.query('before') ?? '', 10);
  const entries = await c.var.services.store.audit.listRecent({
    limit: auditPageSize,
    ...(Number.isSafeInteger(before) && before > 0 ? { beforeId: before } : {}),
  });
  const last = entries.at(-1);
  const olderHref = entries.length === auditPageSize && last ? `/review/audit?before=${last.id}` : null;
  return c.html(<AuditPage entries={entries} olderHref={olderHref} nonce={c.get('nonce')} editor={c.get('editor')} />);
});

reviewRoutes.get('/:id', async (c) => {
  const notices: Record<string, BriefPageProps['notice']> = {
    saved: { kind: 'ok', text: 'Saved and re-checked. The colours below are the new verdicts.' },
    approved: { kind: 'ok', text: 'Approved and published.' },
    rejected: { kind: 'ok', text: 'Rejected.' },
    regenerated: { kind: 'ok', text: 'Regenerated from the recorded inputs and re-checked.' },
    corrected: { kind: 'ok', text: 'Correction checked and published; the page shows its note.' },
    withdrawn: { kind: 'ok', text: 'Withdrawn; the page now shows the withdrawal notice.' },
    'test-email': { kind: 'ok', text: 'Test email sent to your address.' },
  };
  return renderBriefPage(c, { notice: notices[c.req.query('done') ?? ''] });
});

/** Renders the brief page; `status` and `draft` carry a failed action's answer and the editor's unsaved text. */
async function renderBriefPage(
  c: PageContext,
  extra: { notice?: BriefPageProps['notice']; status?: number; draft?: BriefPageProps['draft'] } = {},
) {
  const id = c.req.param('id') ?? '';
  const { store } = c.var.services;
  const brief = await store.briefs.get(id);
  const nonce = c.get('nonce');
  const editor = c.get('editor');
  if (!brief)
    return c.html(
      <MessagePage title="Not found" message={`No brief with id ${id}.`} nonce={nonce} editor={editor} />,
      404,
    );
  const [record, versions, audit, recipients] = await Promise.all([
    store.snapshots.get(id),
    store.review.listVersions(id),
    store.audit.listForBrief(id),
    store.review.countRecipients(id),
  ]);
  const [current, previous] = versions;
  const diff =
    current && previous && current.version === brief.version
      ? { from: previous.version, to: current.version, lines: computeLineDiff(previous.markdown, current.markdown) }
      : null;
  const split = splitBriefMarkdown(brief.markdown);
  const page = (
    <BriefPage
      brief={brief}
      checkedHtml={renderCheckHtml({ markdown: brief.markdown, report: brief.report })}
      sheet={record?.sheet ?? null}
      diff={diff}
      audit={audit}
      notice={extra.notice}
      draft={extra.draft ?? { title: split.title ?? brief.title, body: split.body }}
      recipients={recipients}
      editorAddress={readTestRecipient(editor.actor, testEmailPolicy(c))}
      nonce={nonce}
      editor={editor}
    />
  );
  return c.html(page, (extra.status ?? 200) as ContentfulStatusCode);
}

/** Runs an action; on a typed refusal re-renders the page with the message and the action's status code. */
async function runAction(
  c: PageContext,
  done: string,
  action: (form: Record<string, string>) => Promise<unknown>,
  keepDraft = false,
) {
  const body = await c.req.parseBody();
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) if (typeof value === 'string') form[key] = value;
  try {
    await action(form);
  } catch (error) {
    if (!(error instanceof AppError)) throw error; // typed errors (409, 400, 502 from an LLM writer) show on the page
    const draft = keepDraft ? { title: form.title ?? '', body: form.markdown ?? '', note: form.note ?? '' } : undefined;
    return renderBriefPage(c, { notice: { kind: 'error', text: error.message }, status: error.status, draft });
  }
  return c.redirect(`/review/${encodeURIComponent(c.req.param('id') ?? '')}?done=${done}`, 303);
}

/** The hidden `baseVersion` field every edit/decision form carries (the version shown); undefined when absent. */
function readBaseVersion(form: Record<string, string>): number | undefined {
  const baseVersion = Number.parseInt(form.baseVersion ?? '', 10);
  return Number.isFinite(baseVersion) ? baseVersion : undefined;
}

/** The rendered preview of an editor's unsaved text (the public renderer; nothing is saved or checked). */
reviewRoutes.post('/:id/preview', async (c) => {
  const body = await c.req.parseBody();
  const title = typeof body.title === 'string' ? body.title : '';
  const markdown = typeof body.markdown === 'string' ? body.markdown.slice(0, 100_000) : '';
  return c.html(renderBriefHtml(joinBriefMarkdown(title || ' ', markdown)));
});

reviewRoutes.post('/:id/edit', (c) =>
  runAction(
    c,
    'saved',
    (form) =>
      editBrief(c.var.services.reviewDesk, {
        id: c.req.param('id'),
        title: form.title ?? '',
        body: form.markdown ?? '',
        actor: c.get('editor').actor,
        baseVersion: readBaseVersion(form),
      }),
    true,
  ),
);

reviewRoutes.post('/:id/approve', (c) =>
  runAction(c, 'approved', async (form) => {
    // the page asks before a publication emails anyone: the box names the count the editor saw; a changed count asks again
    const recipients = await c.var.services.store.review.countRecipients(c.req.param('id'));
    if (recipients > 0 && form.confirmSend !== String(recipients)) {
      throw new BadRequestError(
        `confirm: publishing emails ${recipients} confirmed subscriber(s); tick the box that says so and approve again`,
      );
    }
    return approveBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      actor: c.get('editor').actor,
      override: form.override === '1',
      reason: form.reason,
      baseVersion: readBaseVersion(form),
    });
  }),
);

/** Who may get test emails (src/review/send-test-email.ts): the gate's mode and EDITOR_EMAILS. */
function testEmailPolicy(c: PageContext): TestEmailPolicy {
  return { mode: c.var.services.reviewAuth().mode, editorEmails: c.var.services.config.EDITOR_EMAILS };
}

reviewRoutes.post('/:id/test-email', (c) =>
  runAction(c, 'test-email', () =>
    sendTestEmail(
      {
        store: c.var.services.store,
        policy: testEmailPolicy(c),
        settings: c.var.services.email.settings,
        provider: c.var.services.email.provider,
        now: c.var.services.now,
      },
      { id: c.req.param('id'), actor: c.get('editor').actor },
    ),
  ),
);

reviewRoutes.post('/:id/reject', (c) =>
  runAction(c, 'rejected', (form) =>
    rejectBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      actor: c.get('editor').actor,
      reason: form.reason,
      baseVersion: readBaseVersion(form),
    }),
  ),
);

reviewRoutes.post('/:id/regenerate', (c) =>
  runAction(c, 'regenerated', () =>
    regenerateBrief(c.var.services.reviewDesk, { id: c.req.param('id'), actor: c.get('editor').actor }),
  ),
);

reviewRoutes.post('/:id/correct', (c) =>
  runAction(
    c,
    'corrected',
    (form) =>
      correctBrief(c.var.services.reviewDesk, {
        id: c.req.param('id'),
        title: form.title ?? '',
        body: form.markdown ?? '',
        note: form.note ?? '',
        notifySubscribers: form.notify === '1',
        actor: c.get('editor').actor,
        baseVersion: readBaseVersion(form),
      }),
    true,
  ),
);

reviewRoutes.post('/:id/withdraw', (c) =>
  runAction(c, 'withdrawn', (form) =>
    withdrawBrief(c.var.services.reviewDesk, {
      id: c.req.param('id'),
      reason: form.reason,
      actor: c.get('editor').actor,
      baseVersion: readBaseVersion(form),
    }),
  ),
);
