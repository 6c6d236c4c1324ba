/**
 * The template writer as a BriefWriter: write (pure) then check with the fact-checker. Its report is
 * normally all-supported; a failure here means the template and the checker disagree (a bug to look at).
 */
import { checkBrief, styleWindow } from '../factcheck/check-brief.ts';
import type { BriefWriter } from './brief-writer.ts';
import { writeFromTemplate } from './write-from-template.ts';

export const templateWriter: BriefWriter = async ({ sheet, registry, style }) => {
  const brief = writeFromTemplate({ sheet, registry, style });
  const report = checkBrief({ markdown: brief.markdown, sheet, registry, defaultWindow: styleWindow(style) });
  return { brief, report };
};
