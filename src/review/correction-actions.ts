// Corrections and withdrawals of published briefs over the review desk's ports: the checker gate, the note, audit.
import { BadRequestError, ConflictError, NotFoundError } from '../errors.ts';
import type { StoredBrief } from '../store/index.ts';
import { joinBriefMarkdown } from './brief-markdown.ts';
import { checkAgainstSheet, type ReviewDesk } from './review-actions.ts';

/** Most characters a correction note or withdrawal reason may have (longer ones are cut). */
const noteLimit = 1000;

async function loadPublished(deps: ReviewDesk, id: string, action: string, baseVersion?: number): Promise<StoredBrief> {
  const brief = await deps.store.briefs.get(id);
  if (!brief) throw new NotFoundError(`no brief with id ${id}`);
  if (brief.status !== 'published') throw new ConflictError(`cannot ${action} brief ${id}: it is ${brief.status}`);
  if (baseVersion !== undefined && baseVersion !== brief.version) {
    throw new ConflictError(
      `brief ${id} changed since you opened it (you saw version ${baseVersion}, it is now version ${brief.version}); reload`,
    );
  }
  return brief;
}

/**
 * Publishes a correction of a published brief: the new text is re-checked against the brief's stored facts sheet
 * and refused (ConflictError, 409, nothing changes) when any claim is contradicted or unsupported; a passing text
 * becomes the next version at once, with the editor's note (required, BadRequestError otherwise) shown on the page
 * and in the feeds. `notifySubscribers` queues a short correction email, in the same transaction, to the readers the
 * edition email reached (sent, being sent or outcome unknown) who still subscribe to the brief's style (the outbox:
 * retries, idempotency keys, exactly-once); `afterCorrection` delivers it.
 */
export async function correctBrief(
  deps: ReviewDesk,
  input: {
    id: string;
    title: string;
    body: string;
    note: string;
    notifySubscribers: boolean;
    actor: string;
    baseVersion?: number;
  },
): Promise<StoredBrief> {
  const brief = await loadPublished(deps, input.id, 'correct', input.baseVersion);
  const note = input.note.trim().slice(0, noteLimit);
  if (!note) throw new BadRequestError('note: a correction needs a note saying what was corrected');
  if (!input.title.trim()) throw new BadRequestError('title: must not be empty');
  if (!input.body.trim()) throw new BadRequestError('markdown: must not be empty');
  const markdown = joinBriefMarkdown(input.title, input.body);
  if (markdown === brief.markdown) throw new BadRequestError('markdown: the correction changes nothing');
  const { report } = await checkAgainstSheet(deps, brief, markdown);
  const failing = report.counts.contradicted + report.counts.unsupported;
  if (failing > 0) {
    throw new ConflictError(
      `correction not published: ${report.counts.contradicted} contradicted and ${report.counts.unsupported} unsupported claim(s) in the new text; a correction must pass the checker`,
    );
  }
  const saved = await deps.store.corrections.publishCorrection({
    before: brief,
    title: input.title.trim(),
    markdown,
    report,
    note,
    notifySubscribers: input.notifySubscribers,
    actor: input.actor,
    at: deps.now().toISOString(),
  });
  if (!saved) throw new ConflictError(`brief ${brief.id} changed while correcting; reload`);
  await deps.store.claims.replace(brief.id, report.claims);
  if (input.notifySubscribers && deps.afterCorrection) {
    // the correction is published already: a mail problem is logged, never turned into a failed correction
    await deps
      .afterCorrection(brief.id)
      .catch((error: unknown) => console.error(`[correction] email for ${brief.id} failed`, error));
  }
  return (await deps.store.briefs.get(brief.id))!;
}

/** Withdraws (unpublishes) a published brief; a written reason is required (BadRequestError otherwise). */
export async function withdrawBrief(
  deps: ReviewDesk,
  input: { id: string; reason?: string; actor: string; baseVersion?: number },
): Promise<StoredBrief> {
  const brief = await loadPublished(deps, input.id, 'withdraw', input.baseVersion);
  const reason = (input.reason ?? '').trim().slice(0, noteLimit);
  if (!reason) throw new BadRequestError('reason: withdrawing needs a written reason (it is shown on the page)');
  const moved = await deps.store.corrections.withdraw({
    id: brief.id,
    version: brief.version,
    reason,
    actor: input.actor,
    at: deps.now().toISOString(),
  });
  if (!moved) throw new ConflictError(`brief ${brief.id} changed while withdrawing; reload`);
  return (await deps.store.briefs.get(brief.id))!;
}
