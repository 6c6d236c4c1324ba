import type { BriefListing } from '../../store/index.ts';

/**
 * Who wrote the text and what the check found, in one or two sentences (the AI disclosure on the page and in the
 * feeds). A brief with unmatched numbers is only ever public because an editor overrode the check, and says so.
 */
export function describeWriter(brief: Pick<BriefListing, 'writer' | 'report'>): string {
  const { writer, report } = brief;
  const { counts } = report;
  const checked = counts.supported + counts['supported-by-source'] + counts.contradicted + counts.unsupported;
  const verified = counts.supported + counts['supported-by-source'];
  const author =
    writer.kind === 'llm'
      ? `This brief was written by an AI language model${writer.model ? ` (${writer.model})` : ''} from a sheet of computed market facts`
      : 'This brief was assembled by software from a template and a sheet of computed market facts';
  const override = verified < checked ? ' An editor reviewed it and published it anyway.' : '';
  return `${author}. Every number in it was then checked by code against that sheet: ${verified} of ${checked} matched.${override}`;
}
