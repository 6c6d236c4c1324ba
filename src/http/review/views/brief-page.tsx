import { raw } from 'hono/html';
import type { CheckReport, Verdict } from '../../../domain/check-report.ts';
import type { FactsSheet } from '../../../domain/fact.ts';
import type { StoredAuditEntry, StoredBrief } from '../../../store/index.ts';
import type { Editor } from '../../auth/editor.ts';
import type { DiffLine } from '../compute-line-diff.ts';
import { claimTooltipScript } from './claim-tooltips.ts';
import { previewScript } from './markdown-editor.tsx';
import { BriefSidebar } from './brief-sidebar.tsx';
import { DecisionForms, EditForm, TestEmailForm } from './brief-forms.tsx';
import { CorrectionForm, WithdrawForm } from './correction-forms.tsx';
import { ReviewLayout } from './review-layout.tsx';
import { VerdictLegend } from './verdict-legend.tsx';
import { formatFactValue } from './format-fact-value.ts';

export type BriefPageProps = {
  brief: StoredBrief;
  /** renderCheckHtml output for the current text (already escaped by the renderer). */
  checkedHtml: string;
  sheet: FactsSheet | null;
  /** The diff of the current version against the one before, when there is one. */
  diff: { from: number; to: number; lines: DiffLine[] } | null;
  audit: StoredAuditEntry[];
  notice?: { kind: 'ok' | 'error'; text: string };
  /** What the edit form shows (the submitted text after a failed save, else the stored one). */
  draft: { title: string; body: string; note?: string };
  /** Confirmed subscribers a publication would email now. */
  recipients: number;
  /** The signed-in editor's own address (test emails go there), or null when the sign-in name is not one. */
  editorAddress: string | null;
  nonce: string;
  editor: Editor;
};

/** The facts a report's claims point to, keyed by id, with a display value and source (for tooltips). */
function buildFactsMap(
  report: CheckReport,
  sheet: FactsSheet | null,
): Record<string, { display: string; source: string }> {
  const map: Record<string, { display: string; source: string }> = {};
  const used = new Set(report.claims.map((claim) => claim.factId).filter((id): id is string => id !== null));
  for (const fact of sheet?.facts ?? [])
    if (used.has(fact.id)) map[fact.id] = { display: formatFactValue(fact), source: fact.source };
  return map;
}

/** GET /review/:id: the checked brief with verdict colours, the editor, the decisions and the evidence beside it. */
export function BriefPage(props: BriefPageProps) {
  const { brief } = props;
  const counts = brief.report.counts as Record<Verdict, number>;
  const open = brief.status === 'draft' || brief.status === 'needs_review';
  const published = brief.status === 'published';
  return (
    <ReviewLayout title={brief.title} nonce={props.nonce} editor={props.editor}>
      <p class="meta">
        <a href="/review">← Queue</a>
      </p>
      <h1>{brief.title}</h1>
      <p class="meta">
        <span class={`badge ${brief.status}`}>{brief.status.replace('_', ' ')}</span> · {brief.editionDate} ·{' '}
        {brief.style} · version {brief.version} · {brief.writer.kind} writer
        {brief.writer.model ? ` (${brief.writer.model})` : ''} ·{' '}
        <a href={`/review/${encodeURIComponent(brief.id)}/email`}>Preview email</a>
        {brief.status === 'published' || brief.status === 'withdrawn' ? (
          <>
            {' · '}
            <a href={`/briefs/${encodeURIComponent(brief.id)}`}>Public page</a>
          </>
        ) : null}
      </p>
      {props.notice ? (
        <div class={`notice ${props.notice.kind}`} role={props.notice.kind === 'error' ? 'alert' : 'status'}>
          {props.notice.text}
        </div>
      ) : null}
      <div class="layout">
        <div>
          <section class="card" aria-labelledby="checked-heading">
            <h2 id="checked-heading">Checked text</h2>
            <VerdictLegend counts={counts} />
            <div
              id="checked-brief"
              class="brief-body"
              data-facts={JSON.stringify(buildFactsMap(brief.report, props.sheet))}
            >
              {raw(props.checkedHtml)}
            </div>
          </section>
          {props.diff ? (
            <section class="card" aria-labelledby="diff-heading">
              <h2 id="diff-heading">
                Changes in v{props.diff.to} since v{props.diff.from}
              </h2>
              <pre class="diff">
                {props.diff.lines.map((line) => (
                  <span
                    class={line.op}
                  >{`${line.op === 'add' ? '+ ' : line.op === 'del' ? '- ' : '  '}${line.text}`}</span>
                ))}
              </pre>
            </section>
          ) : null}
          {open ? <EditForm brief={brief} draft={props.draft} csrfToken={props.editor.csrfToken} /> : null}
          {published ? <CorrectionForm brief={brief} draft={props.draft} csrfToken={props.editor.csrfToken} /> : null}
        </div>
        <div>
          {open ? (
            <DecisionForms brief={brief} csrfToken={props.editor.csrfToken} recipients={props.recipients} />
          ) : null}
          <TestEmailForm brief={brief} csrfToken={props.editor.csrfToken} address={props.editorAddress} />
          {published ? <WithdrawForm brief={brief} csrfToken={props.editor.csrfToken} /> : null}
          <BriefSidebar report={brief.report} sheet={props.sheet} audit={props.audit} />
        </div>
      </div>
      <script nonce={props.nonce}>{raw(claimTooltipScript)}</script>
      {open || published ? <script nonce={props.nonce}>{raw(previewScript)}</script> : null}
    </ReviewLayout>
  );
}
