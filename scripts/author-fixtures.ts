/**
 * Authors the fixtures day: builds the seeded day model (scripts/fixture-day/), runs the REAL collector
 * (collectSnapshot) against a fake upstream that answers every venue URL in its real format, wrapped
 * in recordFetch, and writes fixtures/day/ (recording.json + bodies/). Then replays that directory
 * and writes fixtures/day.snapshot.json. Deterministic: same seed, same bytes.
 *   npx tsx scripts/author-fixtures.ts
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writeRecordingDir } from '../src/adapters/node/recording-files.ts';
import { replayRecordingDir } from '../src/cli/load-snapshot.ts';
import { defaultSources } from '../src/config/sources.ts';
import { defaultRegistry } from '../src/config/watchlist.ts';
import { collectSnapshot } from '../src/pipeline/collect-snapshot.ts';
import { recordFetch } from '../src/recording/record-fetch.ts';
import { buildSourceNamer } from '../src/recording/name-source.ts';
import { AS_OF, buildDayModel, EDITION_DATE } from './fixture-day/day-model.ts';
import { createFakeUpstream } from './fixture-day/fake-upstream.ts';

const dayDir = fileURLToPath(new URL('../fixtures/day', import.meta.url));
const snapshotFile = fileURLToPath(new URL('../fixtures/day.snapshot.json', import.meta.url));

const day = buildDayModel();
const recorder = recordFetch({
  fetch: createFakeUpstream(day),
  sourceOf: buildSourceNamer({ sources: defaultSources }),
  clock: () => new Date(AS_OF),
});
const { snapshot, requestCount } = await collectSnapshot({
  registry: defaultRegistry,
  sources: defaultSources,
  fetch: recorder.fetch,
  now: new Date(AS_OF),
  editionDate: EDITION_DATE,
  config: { enableRateLimit: false, concurrency: 1 },
  elapsedMs: () => 0,
});
const failed = snapshot.sources.filter((s) => s.status !== 'ok');
if (failed.length) throw new Error(`authoring run had failures: ${JSON.stringify(failed)}`);

const recorded = recorder.toRecording({ asOf: new Date(AS_OF).toISOString(), editionDate: EDITION_DATE });
// Requests run concurrently, so arrival order varies run to run: sort by source and URL and renumber
// the body files, so the same seed always yields the same bytes.
const sorted = [...recorded.recording.entries].sort(
  (a, b) => a.source.localeCompare(b.source) || a.request.url.localeCompare(b.request.url),
);
const bodies = new Map<string, string>();
const recording = {
  ...recorded.recording,
  entries: sorted.map((entry, index) => {
    const bodyFile = entry.response.bodyFile.replace(/^bodies\/\d+-/, `bodies/${String(index + 1).padStart(3, '0')}-`);
    bodies.set(bodyFile, recorded.bodies.get(entry.response.bodyFile)!);
    return {
      ...entry,
      response: { ...entry.response, bodyFile },
      receivedAt: new Date(AS_OF + 40 * (index + 1)).toISOString(),
    };
  }),
};
await rm(dayDir, { recursive: true, force: true });
await writeRecordingDir(dayDir, recording, bodies);
const replayed = await replayRecordingDir(dayDir);
await writeFile(snapshotFile, `${JSON.stringify(replayed, null, 2)}\n`);
const again = await readFile(snapshotFile, 'utf8');
console.log(
  `fixtures/day: ${recording.entries.length} exchanges (${requestCount} requests), ${replayed.assets.length} assets, ` +
    `${replayed.headlines.length} headlines, ${replayed.categories.length} categories; snapshot ${again.length} bytes`,
);
