import type { StoredBrief } from '../store/index.ts';
import type { EmailBrief } from './render-email.ts';

/** The one StoredBrief -> EmailBrief mapping (the morning email, its editor preview and the offline `email` command). */
export function emailBriefFromStored(stored: StoredBrief): EmailBrief {
  return {
    id: stored.id,
    title: stored.title,
    dek: stored.dek,
    markdown: stored.markdown,
    editionDate: stored.editionDate,
    style: stored.style,
    writer: stored.writer,
    report: stored.report,
  };
}
