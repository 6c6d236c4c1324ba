import type { CheckReport } from '../../../domain/check-report.ts';
import type { FactsSheet } from '../../../domain/fact.ts';
import type { StoredAuditEntry } from '../../../store/index.ts';
import { formatFactValue } from './format-fact-value.ts';
import { isSafeHref } from '../../../lib/html.ts';
import { UtcTime } from './utc-time.tsx';
import { VerdictChip } from './verdict-legend.tsx';

/** A link when the URL is http(s), plain text otherwise (feed URLs are untrusted). */
function SafeLink(props: { href: string; text: string }) {
  return isSafeHref(props.href) ? (
    <a href={props.href} rel="noopener noreferrer nofollow" target="_blank">
      {props.text}
    </a>
  ) : (
    <span>{props.text}</span>
  );
}

/** Claims (worst first), the facts they used, the headline clusters and the audit history. All text escaped. */
export function BriefSidebar(props: { report: CheckReport; sheet: FactsSheet | null; audit: StoredAuditEntry[] }) {
  const rank = { contradicted: 0, unsupported: 1, 'supported-by-source': 2, supported: 3 } as const;
  const claims = [...props.report.claims].sort((a, b) => rank[a.verdict] - rank[b.verdict] || a.span[0] - b.span[0]);
  const used = new Set(props.report.claims.map((claim) => claim.factId));
  const facts = (props.sheet?.facts ?? []).filter((fact) => used.has(fact.id));
  const clusters = (props.sheet?.clusters ?? []).slice(0, 12);
  return (
    <>
      <section class="card" aria-labelledby="claims-heading">
        <h2 id="claims-heading">Claims ({claims.length})</h2>
        <ul class="plain">
          {claims.map((claim) => (
            <li>
              <VerdictChip verdict={claim.verdict} /> <strong>{claim.text}</strong>
              {claim.factId ? (
                <>
                  {' '}
                  · <code>{claim.factId}</code>
                </>
              ) : null}
              <div class="meta">{claim.reason}</div>
              {claim.sourceUrl ? (
                <div class="meta">
                  <SafeLink href={claim.sourceUrl} text="source" />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section class="card facts" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts used ({facts.length})</h2>
        {props.sheet ? (
          <table>
            <tbody>
              {facts.map((fact) => (
                <tr>
                  <td>
                    <code>{fact.id}</code>
                    <div class="meta">{fact.source}</div>
                  </td>
                  <td class="num">{formatFactValue(fact)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="meta">No facts sheet stored for this brief.</p>
        )}
      </section>
      <section class="card" aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headline clusters ({clusters.length})</h2>
        <ul class="plain">
          {clusters.map((cluster) => (
            <li>
              <SafeLink href={cluster.url} text={cluster.title} />
              <div class="meta">
                {cluster.sourceIds.join(', ')}
                {cluster.assets.length ? ` · ${cluster.assets.join(', ')}` : ''}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ul class="plain">
          {[...props.audit].reverse().map((entry) => (
            <li>
              <strong>{entry.action}</strong> by {entry.actor}
              {entry.fromStatus || entry.toStatus ? ` (${entry.fromStatus ?? '-'} → ${entry.toStatus ?? '-'})` : ''}
              <div class="meta">
                <UtcTime iso={entry.at} />
                {entry.reason ? ` · ${entry.reason}` : ''}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
