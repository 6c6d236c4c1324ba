import { raw } from 'hono/html';
import { renderBriefHtml } from '../../brief/render-html.ts';
import type { SourceStatus } from '../../domain/source-status.ts';
import type { StoredBrief } from '../../store/index.ts';
import { CorrectionNotes, type PublicHistory, WithdrawnNotice } from './correction-notes.tsx';

export type BriefPageProps = {
  brief: StoredBrief;
  sources: SourceStatus[];
  baseUrl: string;
  /** Corrections and earlier versions (desk helper's block); absent: none shown. */
  history?: PublicHistory;
};

const styles = `body{font:17px/1.6 system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
header p,footer{color:#555;font-size:.9rem}aside{border-left:3px solid #999;padding:.25rem 1rem;background:#f6f6f6;font-size:.9rem}
footer li{margin:.1rem 0}a{color:#0645ad}`;

/** Who wrote the text, in one sentence (the AI disclosure). */
export function describeWriter(brief: StoredBrief): string {
  const { writer, report } = brief;
  const checked = report.claims.length;
  const verified = report.counts.supported + report.counts['supported-by-source'];
  const author =
    writer.kind === 'llm'
      ? `This brief was written by an AI language model${writer.model ? ` (${writer.model})` : ''} from a sheet of computed market facts`
      : 'This brief was assembled by software from a template and a sheet of computed market facts';
  // A brief with unmatched numbers is only ever public because an editor overrode the check.
  const override = verified < checked ? ' An editor reviewed it and published it anyway.' : '';
  return `${author}. Every number in it was then checked by code against that sheet: ${verified} of ${checked} matched.${override}`;
}

/** The readable page of one published brief: text, AI disclosure, sources, not-investment-advice line. */
export function BriefPage({ brief, sources, baseUrl, history }: BriefPageProps) {
  const used = sources.filter((source) => source.status !== 'failed');
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{brief.title}</title>
          <link rel="alternate" type="application/rss+xml" title="groundbrief" href={`${baseUrl}/feed.xml`} />
          <link rel="alternate" type="application/feed+json" title="groundbrief" href={`${baseUrl}/feed.json`} />
          <style>{raw(styles)}</style>
        </head>
        <body>
          <header>
            <p>
              groundbrief · {brief.style} · edition of <time datetime={brief.editionDate}>{brief.editionDate}</time>
            </p>
          </header>
          <main>
            {history ? <CorrectionNotes history={history} /> : null}
            {brief.status === 'withdrawn' ? (
              <WithdrawnNotice at={brief.withdrawnAt ?? brief.updatedAt} reason={brief.withdrawnReason ?? ''} />
            ) : (
              <article>{raw(renderBriefHtml(brief.markdown))}</article>
            )}
            <aside role="note" aria-label="AI disclosure">
              <p>{describeWriter(brief)}</p>
            </aside>
          </main>
          <footer>
            <h2>Sources</h2>
            <ul>
              {used.map((source) => (
                <li>
                  {source.id} ({source.kind}
                  {source.items !== undefined ? `, ${source.items} ${source.items === 1 ? 'item' : 'items'}` : ''})
                </li>
              ))}
            </ul>
            <p>Not investment advice. Market data can be delayed or wrong; check before you act.</p>
            <p>
              <a href={`${baseUrl}/api/briefs/${encodeURIComponent(brief.id)}?format=md`}>Markdown</a> ·{' '}
              <a href={`${baseUrl}/feed.xml`}>RSS</a> · <a href={`${baseUrl}/feed.json`}>JSON Feed</a>
            </p>
          </footer>
        </body>
      </html>
    </>
  );
}
