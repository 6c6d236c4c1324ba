// The offline pipeline on the fixtures day, stage by stage: parse (replay the recording into a snapshot),
// metrics (cluster + facts sheet), write (template, daily snapshot), check (every number in that brief).
import { loadSnapshot } from '../../src/cli/load-snapshot.ts';
import { writeFromTemplate } from '../../src/brief/write-from-template.ts';
import { defaultRegistry as registry } from '../../src/config/watchlist.ts';
import { checkBrief } from '../../src/factcheck/check-brief.ts';
import { renderBriefHtml } from '../../src/brief/render-html.ts';
import { buildFactsSheet } from '../../src/metrics/build-facts-sheet.ts';
import { clusterHeadlines } from '../../src/sources/cluster-headlines.ts';
import type { BenchRow } from '../run.ts';
import { medianMs } from '../median.ts';

export const name = 'pipeline (fixtures day, median of in-process runs)';

export async function run(): Promise<BenchRow[]> {
  const snapshot = await loadSnapshot();
  const now = new Date(snapshot.asOf);
  const clusters = clusterHeadlines({ headlines: snapshot.headlines, registry, now });
  const sheet = buildFactsSheet({ snapshot, registry, clusters });
  const brief = writeFromTemplate({ sheet, registry, style: 'daily-snapshot' });
  const stages: [string, () => unknown, number][] = [
    ['parse: replay fixtures/day into a snapshot', () => loadSnapshot(), 10],
    [
      'metrics: cluster headlines + build facts sheet',
      () =>
        buildFactsSheet({
          snapshot,
          registry,
          clusters: clusterHeadlines({ headlines: snapshot.headlines, registry, now }),
        }),
      50,
    ],
    ['write: template daily-snapshot', () => writeFromTemplate({ sheet, registry, style: 'daily-snapshot' }), 200],
    ['check: every number of the daily brief', () => checkBrief({ markdown: brief.markdown, sheet, registry }), 200],
  ];
  const rows: BenchRow[] = [];
  for (const [figure, work, runs] of stages)
    rows.push({ figure, value: `${(await medianMs(work, { runs })).toFixed(2)} ms (n=${runs})` });
  // Link patterns with unbounded labels rescan the rest of the text at every `[`: quadratic on hostile input.
  const hostile = `${'['.repeat(50_000)}](${'('.repeat(50_000)}`;
  rows.push({
    figure: 'render HTML: 100k chars of hostile Markdown (brackets)',
    value: `${(await medianMs(() => renderBriefHtml(hostile), { runs: 5, warmup: 1 })).toFixed(1)} ms (n=5)`,
  });
  rows.push({
    figure: 'facts / headlines / claims',
    value: `${sheet.facts.length} / ${snapshot.headlines.length} / ${checkBrief({ markdown: brief.markdown, sheet, registry }).claims.length}`,
  });
  return rows;
}
