/**
 * The deterministic writer (pure): all three house styles from the facts sheet alone, as Markdown whose
 * first line is `# title`. Every number is a fact rendered by format.ts; a sentence whose facts are absent
 * is skipped. Also the fallback beside a model brief that failed the gate.
 */
import type { Brief, BriefStyle } from '../domain/brief.ts';
import type { FactsSheet } from '../domain/fact.ts';
import type { Registry } from '../domain/registry.ts';
import { renderDraftMarkdown, renderFooter, type RichDraft } from './draft.ts';
import { buildFactLookup, type FactLookup } from './fact-lookup.ts';
import { buildDailySnapshotDraft } from './styles/daily-snapshot.ts';
import { buildSectorRecapDraft } from './styles/sector-recap.ts';
import { buildWeeklyUpdateDraft } from './styles/weekly-update.ts';

const builders: Record<BriefStyle, (lookup: FactLookup) => RichDraft> = {
  'daily-snapshot': buildDailySnapshotDraft,
  'sector-recap': buildSectorRecapDraft,
  'weekly-update': buildWeeklyUpdateDraft,
};

/** The template draft of a style (sentences with their fact ids), before rendering. */
export function buildTemplateDraft(input: { sheet: FactsSheet; registry: Registry; style: BriefStyle }): RichDraft {
  return builders[input.style](buildFactLookup(input.sheet, input.registry));
}

/**
 * Writes a brief. `createdAt` is the sheet's `asOf` (pure: no clock); failed sources from `sheet.sources`
 * are listed in a footer (ids and reasons only).
 */
export function writeFromTemplate(input: {
  sheet: FactsSheet;
  registry: Registry;
  style: BriefStyle;
  footer?: boolean;
}): Brief {
  const draft = buildTemplateDraft(input);
  const footer = input.footer === false ? '' : renderFooter(input.sheet);
  return {
    editionDate: input.sheet.editionDate,
    style: input.style,
    title: draft.title,
    ...(draft.dek ? { dek: draft.dek } : {}),
    markdown: renderDraftMarkdown(draft, { footer }),
    writer: { kind: 'template' },
    createdAt: input.sheet.asOf,
  };
}
