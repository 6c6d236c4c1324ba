import { formatUtcTime } from '../../lib/format-time.ts';
import type { BriefCorrection, BriefVersion } from '../../store/index.ts';

/** Corrections and earlier published versions of a brief, as the public page shows them (oldest note first). */
export type PublicHistory = {
  corrections: BriefCorrection[];
  /** The earlier published texts, oldest first: the original and every corrected version before the current one. */
  earlier: Pick<BriefVersion, 'version' | 'title' | 'markdown' | 'createdAt'>[];
};

/**
 * The earlier published versions among all kept versions: the one the first correction replaced, and every correction
 * version but the newest (versions saved while the brief was still in review never went public). Pure.
 */
export function buildPublicHistory(corrections: BriefCorrection[], versions: BriefVersion[]): PublicHistory {
  const first = corrections[0];
  if (!first) return { corrections, earlier: [] };
  const published = new Set([first.version - 1, ...corrections.slice(0, -1).map((correction) => correction.version)]);
  const earlier = versions
    .filter((version) => published.has(version.version))
    .sort((a, b) => a.version - b.version)
    .map(({ version, title, markdown, createdAt }) => ({ version, title, markdown, createdAt }));
  return { corrections, earlier };
}

function UtcTime(props: { iso: string }) {
  return <time datetime={props.iso}>{formatUtcTime(props.iso)}</time>;
}

/** The correction notes (with dates) and the earlier texts, for the public page; nothing when never corrected. */
export function CorrectionNotes(props: { history: PublicHistory }) {
  const { corrections, earlier } = props.history;
  if (corrections.length === 0) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">Corrections</h2>
      <ul>
        {[...corrections].reverse().map((correction) => (
          <li>
            <strong>
              Corrected <UtcTime iso={correction.at} />:
            </strong>{' '}
            {correction.note}
          </li>
        ))}
      </ul>
      {earlier.length ? (
        <details>
          <summary>Earlier versions ({earlier.length})</summary>
          {earlier.map((version) => (
            <div>
              <p>
                Version {version.version}, as published before{' '}
                <UtcTime iso={nextTime(props.history, version.version)} />
              </p>
              <pre style="white-space:pre-wrap">{version.markdown}</pre>
            </div>
          ))}
        </details>
      ) : null}
    </section>
  );
}

/** When a published version was replaced: the time of the correction that followed it. */
function nextTime(history: PublicHistory, version: number): string {
  return history.corrections.find((correction) => correction.version > version)?.at ?? '';
}

/** The notice a withdrawn brief's page shows instead of its text. */
export function WithdrawnNotice(props: { at: string; reason: string }) {
  return (
    <aside role="note" aria-label="Withdrawn" class="withdrawn">
      <p>
        <strong>
          This brief was withdrawn on <UtcTime iso={props.at} />.
        </strong>
      </p>
      <p>Reason: {props.reason}</p>
    </aside>
  );
}
