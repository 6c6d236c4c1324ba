// The review desk's decisions (edit, approve, reject, regenerate) over its ports: rules + audit, no HTTP, no SQL.
import type { BriefWriter } from '../brief/brief-writer.ts';
import type { BriefStatus } from '../domain/brief.ts';
import type { CheckReport } from '../domain/check-report.ts';
import type { Registry } from '../domain/registry.ts';
import { BadRequestError, ConfigError, ConflictError, NotFoundError, UpstreamError } from '../errors.ts';
import { LlmAuthError, LlmRequestError } from '../brief/llm-errors.ts';
import { checkBrief, styleWindow } from '../factcheck/check-brief.ts';
import { produceBrief } from '../pipeline/produce-brief.ts';
import type { Store, StoredBrief } from '../store/index.ts';
import { joinBriefMarkdown } from './brief-markdown.ts';
import { findDegradations } from './find-degradations.ts';
import { judgeBrief, statusAfterEdit } from './status-policy.ts';

/** The review desk's ports, built by the composition root (src/services.ts). */
export type ReviewDesk = {
  store: Pick<Store, 'briefs' | 'snapshots' | 'claims' | 'review' | 'corrections'>;
  registry: Registry;
  /** The writer regenerate uses (template, or the LLM writer when configured). */
  writer: () => BriefWriter;
  /** Queues the morning email of a just-published brief. */
  afterPublish?: (briefId: string) => Promise<unknown>;
  /** Delivers the correction email of a just-corrected brief (queued with the correction when the editor ticked it). */
  afterCorrection?: (briefId: string) => Promise<unknown>;
  now: () => Date;
  elapsedMs: () => number;
};

/** Statuses an editor can still act on. */
const openStatuses: readonly BriefStatus[] = ['draft', 'needs_review'];
/** Most characters a reason may have (longer ones are cut). */
const reasonLimit = 2000;

async function loadOpenBrief(deps: ReviewDesk, id: string, action: string): Promise<StoredBrief> {
  const brief = await deps.store.briefs.get(id);
  if (!brief) throw new NotFoundError(`no brief with id ${id}`);
  if (!openStatuses.includes(brief.status))
    throw new ConflictError(`cannot ${action} brief ${id}: it is ${brief.status}`);
  return brief;
}

/** A decision applies to the version the editor saw: ConflictError (409) when the brief was saved since. */
function refuseIfChanged(brief: StoredBrief, baseVersion: number | undefined): void {
  if (baseVersion !== undefined && baseVersion !== brief.version) {
    throw new ConflictError(
      `brief ${brief.id} changed since you opened it (you saw version ${baseVersion}, it is now version ${brief.version}); reload and decide again`,
    );
  }
}

function cleanReason(reason: string | undefined): string {
  return (reason ?? '').trim().slice(0, reasonLimit);
}

/**
 * Re-checks a text against the brief's stored facts sheet (the sheet the brief was written from), with the window its
 * style implies for a figure that states none. Every re-check of an edit or a correction goes through here.
 * `degradations`: what the run's data lacked (findDegradations over the same sheet; empty when complete), so a text
 * re-checked from a degraded run is judged as that run was.
 */
export async function checkAgainstSheet(
  deps: ReviewDesk,
  brief: StoredBrief,
  markdown: string,
): Promise<{ report: CheckReport; factCount: number; degradations: string[] }> {
  const record = await deps.store.snapshots.get(brief.id);
  if (!record) throw new ConflictError(`brief ${brief.id} has no stored facts sheet; it cannot be re-checked`);
  return {
    report: checkBrief({
      markdown,
      sheet: record.sheet,
      registry: deps.registry,
      defaultWindow: styleWindow(brief.style),
    }),
    factCount: record.sheet.facts.length,
    degradations: findDegradations({ sheet: record.sheet, registry: deps.registry }),
  };
}

/**
 * Saves an editor's text as a new version, re-checked against the stored facts sheet: `draft` when it checks clean on
 * complete data, else `needs_review` (a degraded run's reasons go into the edit's audit entry as `degradations`).
 * `baseVersion` (optional) refuses the save with ConflictError when someone saved since the editor loaded the page.
 */
export async function editBrief(
  deps: ReviewDesk,
  input: { id: string; title: string; body: string; actor: string; baseVersion?: number },
): Promise<{ brief: StoredBrief; report: CheckReport }> {
  const brief = await loadOpenBrief(deps, input.id, 'edit');
  if (input.baseVersion !== undefined && input.baseVersion !== brief.version) {
    throw new ConflictError(
      `brief ${brief.id} was saved by someone else (now version ${brief.version}); reload and edit again`,
    );
  }
  if (!input.title.trim()) throw new BadRequestError('title: must not be empty');
  if (!input.body.trim()) throw new BadRequestError('markdown: must not be empty');
  const markdown = joinBriefMarkdown(input.title, input.body);
  const { report, factCount, degradations } = await checkAgainstSheet(deps, brief, markdown);
  // A degraded run's data stays degraded whatever the text says: such an edit waits as needs_review, and says why.
  const status = statusAfterEdit({
    verdict: judgeBrief({ checkOk: report.ok, factCount, writerFellBack: false, degradations }),
  });
  const saved = await deps.store.review.saveVersion({
    before: brief,
    title: input.title.trim(),
    markdown,
    report,
    status,
    audit: {
      actor: input.actor,
      action: 'edited',
      detail: {
        version: brief.version + 1,
        counts: report.counts,
        ...(degradations.length ? { degradations } : {}),
      },
    },
    at: deps.now().toISOString(),
  });
  if (!saved) throw new ConflictError(`brief ${brief.id} changed while saving; reload and edit again`);
  await deps.store.claims.replace(brief.id, report.claims);
  return { brief: (await deps.store.briefs.get(brief.id))!, report };
}

/**
 * Publishes a brief. Refused (ConflictError, 409) while any claim is contradicted or unsupported, unless
 * `override` is set with a written `reason` (BadRequestError, 400, when the reason is missing).
 * The text is re-checked now against the stored sheet, so a stale report cannot let a wrong number through.
 * `baseVersion` (the version the editor saw; pages always send it) refuses with ConflictError when the brief changed since.
 */
export async function approveBrief(
  deps: ReviewDesk,
  input: { id: string; actor: string; override: boolean; reason?: string; baseVersion?: number },
): Promise<StoredBrief> {
  const brief = await loadOpenBrief(deps, input.id, 'approve');
  refuseIfChanged(brief, input.baseVersion);
  const { report } = await checkAgainstSheet(deps, brief, brief.markdown);
  const reason = cleanReason(input.reason);
  const failing = report.counts.contradicted + report.counts.unsupported;
  if (failing > 0 && !input.override) {
    throw new ConflictError(
      `cannot approve brief ${brief.id}: ${report.counts.contradicted} contradicted and ${report.counts.unsupported} unsupported claim(s); ` +
        'fix them, or approve with override and a written reason',
    );
  }
  if (failing > 0 && !reason) throw new BadRequestError('reason: an override needs a written reason');
  const moved = await deps.store.review.moveStatus({
    id: brief.id,
    from: brief.status,
    to: 'published',
    version: brief.version,
    entry: {
      actor: input.actor,
      action: 'approved',
      reason: reason || null,
      at: deps.now().toISOString(),
      detail: { override: failing > 0, counts: report.counts, version: brief.version },
    },
  });
  if (!moved) throw new ConflictError(`brief ${brief.id} changed while approving; reload`);
  if (deps.afterPublish) await deps.afterPublish(brief.id);
  return (await deps.store.briefs.get(brief.id))!;
}

/** Rejects a brief; a written reason is required (BadRequestError otherwise). `baseVersion` as for approveBrief. */
export async function rejectBrief(
  deps: ReviewDesk,
  input: { id: string; actor: string; reason?: string; baseVersion?: number },
): Promise<StoredBrief> {
  const brief = await loadOpenBrief(deps, input.id, 'reject');
  refuseIfChanged(brief, input.baseVersion);
  const reason = cleanReason(input.reason);
  if (!reason) throw new BadRequestError('reason: rejecting needs a written reason');
  const moved = await deps.store.review.moveStatus({
    id: brief.id,
    from: brief.status,
    to: 'rejected',
    version: brief.version,
    entry: {
      actor: input.actor,
      action: 'rejected',
      reason,
      at: deps.now().toISOString(),
      detail: { version: brief.version },
    },
  });
  if (!moved) throw new ConflictError(`brief ${brief.id} changed while rejecting; reload`);
  return (await deps.store.briefs.get(brief.id))!;
}

/** Runs the writer again on the brief's recorded snapshot and saves the result as a new version. */
export async function regenerateBrief(
  deps: ReviewDesk,
  input: { id: string; actor: string },
): Promise<{ brief: StoredBrief; report: CheckReport }> {
  const brief = await loadOpenBrief(deps, input.id, 'regenerate');
  const record = await deps.store.snapshots.get(brief.id);
  if (!record) throw new ConflictError(`brief ${brief.id} has no recorded snapshot to regenerate from`);
  let outcome;
  try {
    outcome = await produceBrief({
      snapshot: record.snapshot,
      registry: deps.registry,
      style: brief.style,
      writer: deps.writer(),
      elapsedMs: deps.elapsedMs,
    });
  } catch (error) {
    // The LLM refused our key (configuration) or the call failed outright: the editor gets a message, not a 500.
    if (error instanceof LlmAuthError) throw new ConfigError(`regenerate: ${error.message}`, { cause: error });
    if (error instanceof LlmRequestError) throw new UpstreamError(`regenerate: ${error.message}`, { cause: error });
    throw error;
  }
  const { markdown, title, writer } = outcome.brief;
  const status = statusAfterEdit({ verdict: outcome.status });
  const saved = await deps.store.review.saveVersion({
    before: brief,
    title,
    markdown,
    report: outcome.report,
    status,
    writer,
    audit: {
      actor: input.actor,
      action: 'regenerated',
      detail: { version: brief.version + 1, writer: writer.kind, counts: outcome.report.counts },
    },
    at: deps.now().toISOString(),
  });
  if (!saved) throw new ConflictError(`brief ${brief.id} changed while regenerating; reload`);
  await deps.store.claims.replace(brief.id, outcome.report.claims);
  return { brief: (await deps.store.briefs.get(brief.id))!, report: outcome.report };
}
