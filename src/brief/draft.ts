/**
 * A brief before rendering: title, dek, sections of sentences, each sentence naming the fact ids it
 * relies on. The LLM writer's structured output is exactly `briefDraftSchema` (draft-schema.ts); the template writer adds
 * optional bullets and tables. `renderDraftMarkdown` turns either into the brief's Markdown (pure).
 */
import type * as z from 'zod';
import type { Fact, FactsSheet } from '../domain/fact.ts';
import type { SourceStatus } from '../domain/source-status.ts';
import type { briefDraftSchema, draftSentenceSchema } from './draft-schema.ts';

export type DraftSentence = z.infer<typeof draftSentenceSchema>;
/** What the model must answer: `briefDraftSchema` (draft-schema.ts). */
export type BriefDraft = z.infer<typeof briefDraftSchema>;

/** Template-only extras: a section may be a bullet list or a table instead of a paragraph. */
export type DraftTable = { columns: string[]; rows: { cells: string[]; factIds: string[] }[] };
export type RichSection = {
  heading: string;
  sentences: DraftSentence[];
  layout?: 'paragraph' | 'bullets';
  table?: DraftTable;
};
export type RichDraft = { title: string; dek: string; sections: RichSection[]; note?: string };

/** The one-line note every brief ends with. */
export const notAdviceNote = 'Not investment advice: this brief reports market data and recommends no trade.';

/** Keeps a line from breaking the Markdown structure (headings, tables, emphasis). */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]|<>#])/g, '\\$1')
    .trim();
}

/** Upper-cases the first letter (sentences may start with a lower-case sector name). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Footer naming failed upstreams, or '' when none failed. Statuses of one upstream (`binance:tickers`,
 * `binance:ohlcv:BTC/USDT`) fold into one entry with its distinct reasons. Reasons only, never counts or
 * details: every number in a brief must be checkable.
 */
export function renderSourcesFooter(sources: SourceStatus[]): string {
  const reasonsByUpstream = new Map<string, Set<string>>();
  for (const source of sources) {
    if (source.status !== 'failed') continue;
    const upstream = source.id.split(':')[0] ?? source.id;
    const reasons = reasonsByUpstream.get(upstream) ?? new Set<string>();
    if (source.reason) reasons.add(source.reason);
    reasonsByUpstream.set(upstream, reasons);
  }
  if (reasonsByUpstream.size === 0) return '';
  const names = [...reasonsByUpstream].map(([upstream, reasons]) =>
    reasons.size > 0 ? `${upstream} (${[...reasons].join(', ')})` : upstream,
  );
  return `_Unavailable sources: ${names.join(', ')}._`;
}

/**
 * A line naming what the sector figures stand on when that is less than the full, cap-weighted set (facts with a
 * `basis`), or '' when nothing is partial. Words only, no counts (the sentences carry `5 of 7 members`).
 */
export function renderBasisNote(facts: readonly Fact[]): string {
  const partial = new Set<string>();
  let equal = false;
  for (const fact of facts) {
    if (!fact.basis) continue;
    if (fact.basis.includes('equal-weighted')) equal = true;
    if (fact.basis.includes(' of ')) partial.add(fact.entity.name);
  }
  const parts = [
    ...(partial.size ? [`partial sectors (not every member had data): ${[...partial].join(', ')}`] : []),
    ...(equal ? ['sector moves are equal-weighted (no market caps)'] : []),
  ];
  return parts.length ? `_Data basis: ${parts.join('; ')}._` : '';
}

/** The brief's footer: failed sources, then the data basis; '' when the run was complete. */
export function renderFooter(sheet: Pick<FactsSheet, 'sources' | 'facts'>): string {
  return [renderSourcesFooter(sheet.sources), renderBasisNote(sheet.facts)].filter(Boolean).join('\n\n');
}

/**
 * Markdown: `# title`, the dek in italics, `## heading` per section (paragraph, bullets or table;
 * sections with nothing in them are dropped), then the note and the optional sources footer.
 */
export function renderDraftMarkdown(draft: RichDraft, options: { footer?: string } = {}): string {
  const blocks: string[] = [`# ${draft.title.trim()}`];
  if (draft.dek.trim()) blocks.push(`_${draft.dek.trim()}_`);
  for (const section of draft.sections) {
    const sentences = section.sentences.map((sentence) => capitalize(sentence.text.trim())).filter(Boolean);
    if (sentences.length === 0 && !section.table?.rows.length) continue;
    const parts = [`## ${section.heading.trim()}`];
    if (section.table?.rows.length) {
      const { columns, rows } = section.table;
      parts.push(
        [
          `| ${columns.join(' | ')} |`,
          `|${columns.map(() => '---').join('|')}|`,
          ...rows.map((row) => `| ${row.cells.map(capitalize).join(' | ')} |`),
        ].join('\n'),
      );
    }
    if (sentences.length)
      parts.push(section.layout === 'bullets' ? sentences.map((text) => `- ${text}`).join('\n') : sentences.join(' '));
    blocks.push(parts.join('\n\n'));
  }
  blocks.push(`_${draft.note ?? notAdviceNote}_`);
  if (options.footer) blocks.push(options.footer);
  return `${blocks.join('\n\n')}\n`;
}
