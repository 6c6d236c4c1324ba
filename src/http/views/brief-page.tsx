import { raw } from 'hono/html';
import { renderBriefHtml } from '../../brief/render-html.ts';
import type { SourceStatus } from '../../domain/source-status.ts';
import type { StoredBrief } from '../../store/index.ts';
import { buildBriefLinks } from './brief-json.ts';
import { CorrectionNotes, type PublicHistory, WithdrawnNotice } from './correction-notes.tsx';
import { describeWriter } from './describe-writer.ts';
import { PublicPage } from './public-page.tsx';
import { buildSummary } from './render-feeds.ts';

export type BriefPageProps = {
  brief: StoredBrief;
  sources: SourceStatus[];
  baseUrl: string;
  /** Corrections and earlier versions (desk helper's block); absent: none shown. */
  history?: PublicHistory;
  /** The charts drawn from the brief's facts (src/brief/charts), as HTML; absent or '': none. */
  charts?: string;
};

export { describeWriter } from './describe-writer.ts';

/** The readable page of one published brief: text, AI disclosure, sources, not-investment-advice line. */
export function BriefPage({ brief, sources, baseUrl, history, charts }: BriefPageProps) {
  const used = sources.filter((source) => source.status !== 'failed');
  // a withdrawn brief's title and summary carry the figures it was withdrawn for: keep them out of <head> too
  const withdrawn = brief.status === 'withdrawn';
  const neutral = `Withdrawn brief, edition of ${brief.editionDate}`;
  return (
    <PublicPage
      baseUrl={baseUrl}
      meta={{
        title: withdrawn ? neutral : brief.title,
        description: withdrawn ? neutral : buildSummary(brief),
        canonicalUrl: buildBriefLinks(brief.id, baseUrl).page,
        type: 'article',
        ...(brief.publishedAt ? { publishedTime: brief.publishedAt } : {}),
        modifiedTime: brief.updatedAt,
      }}
    >
      <header>
        <p>
          groundbrief · {brief.style} · edition of <time datetime={brief.editionDate}>{brief.editionDate}</time>
        </p>
      </header>
      <main>
        {history ? <CorrectionNotes history={history} /> : null}
        {withdrawn ? (
          <WithdrawnNotice at={brief.withdrawnAt ?? brief.updatedAt} reason={brief.withdrawnReason ?? ''} />
        ) : (
          <>
            <article>{raw(renderBriefHtml(brief.markdown))}</article>
            {charts ? raw(charts) : null}
          </>
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
    </PublicPage>
  );
}
