/**
 * Authors one fixtures day: builds the seeded day model, runs the REAL collector (collectSnapshot)
 * against the fake upstream wrapped in recordFetch, writes the recording directory (recording.json +
 * bodies/), replays it and writes the snapshot JSON. Deterministic: same spec, same bytes.
 */
import { rm, writeFile } from 'node:fs/promises';
import { writeRecordingDir } from '../../src/adapters/node/recording-files.ts';
import { replayRecordingDir } from '../../src/cli/replay-snapshot.ts';
import { defaultSources } from '../../src/config/sources.ts';
import { defaultRegistry } from '../../src/config/watchlist.ts';
import type { MarketSnapshot } from '../../src/domain/market-snapshot.ts';
import { collectSnapshot } from '../../src/pipeline/collect-snapshot.ts';
import { recordFetch } from '../../src/recording/record-fetch.ts';
import { buildSourceNamer } from '../../src/recording/name-source.ts';
import { buildDayModel } from './day-model.ts';
import type { DaySpec } from './day-spec.ts';
import { createFakeUpstream } from './fake-upstream.ts';

export class AuthoringError extends Error {}

export async function authorDay(input: {
  spec: DaySpec;
  dayDir: string;
  snapshotFile: string;
}): Promise<{ exchanges: number; requestCount: number; snapshot: MarketSnapshot }> {
  const day = buildDayModel(input.spec);
  const { asOf, editionDate } = day;
  const recorder = recordFetch({
    fetch: createFakeUpstream(day),
    sourceOf: buildSourceNamer({ sources: defaultSources }),
    clock: () => new Date(asOf),
  });
  const { snapshot, requestCount } = await collectSnapshot({
    registry: defaultRegistry,
    sources: defaultSources,
    fetch: recorder.fetch,
    now: new Date(asOf),
    editionDate,
    config: { enableRateLimit: false, concurrency: 1 },
    elapsedMs: () => 0,
  });
  const failed = snapshot.sources.filter((s) => s.status !== 'ok');
  if (failed.length) throw new AuthoringError(`authoring run had failures: ${JSON.stringify(failed)}`);

  const recorded = recorder.toRecording({ asOf: new Date(asOf).toISOString(), editionDate });
  // Requests run concurrently, so arrival order varies run to run: sort by source and URL and renumber
  // the body files, so the same seed always yields the same bytes.
  const sorted = [...recorded.recording.entries].sort(
    (a, b) => a.source.localeCompare(b.source) || a.request.url.localeCompare(b.request.url),
  );
  const bodies = new Map<string, string>();
  const recording = {
    ...recorded.recording,
    entries: sorted.map((entry, index) => {
      const bodyFile = entry.response.bodyFile.replace(
        /^bodies\/\d+-/,
        `bodies/${String(index + 1).padStart(3, '0')}-`,
      );
      bodies.set(bodyFile, recorded.bodies.get(entry.response.bodyFile)!);
      return {
        ...entry,
        response: { ...entry.response, bodyFile },
        receivedAt: new Date(asOf + 40 * (index + 1)).toISOString(),
      };
    }),
  };
  await rm(input.dayDir, { recursive: true, force: true });
  await writeRecordingDir(input.dayDir, recording, bodies);
  const replayed = await replayRecordingDir(input.dayDir);
  await writeFile(input.snapshotFile, `${JSON.stringify(replayed, null, 2)}\n`);
  return { exchanges: recording.entries.length, requestCount, snapshot: replayed };
}
