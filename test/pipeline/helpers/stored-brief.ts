import type { NewEdition, StoredBrief } from '../../../src/store/index.ts';

/** What the D1 store would answer for a freshly inserted edition (pipeline tests with an in-memory store). */
export function storedBriefOf(edition: NewEdition): StoredBrief {
  const { brief } = edition;
  return {
    id: `${brief.editionDate}-${brief.style}`,
    editionDate: brief.editionDate,
    style: brief.style,
    status: edition.status,
    title: brief.title,
    dek: brief.dek ?? null,
    markdown: brief.markdown,
    report: edition.report,
    writer: brief.writer,
    fallback: edition.fallback ?? null,
    version: 1,
    createdAt: edition.at,
    updatedAt: edition.at,
    publishedAt: edition.status === 'published' ? edition.at : null,
  };
}
