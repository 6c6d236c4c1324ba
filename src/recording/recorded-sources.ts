import { defaultSources, type SourceConfig } from '../config/sources.ts';
import type { Recording } from '../domain/recording.ts';

/**
 * The news sources a replay of `recording` must ask for (pure): the list the recording carries, else (older
 * recordings) one source per `feed:<id>` / `page:<id>` entry, taken from `known` by id (default list) or, for a
 * feed that list does not hold, rebuilt from the entry's URL (kind `rss`: the parser detects RSS, RDF and Atom
 * from the document). A page source not in `known` has no selectors to rebuild and is left out. So a replay
 * never asks for, nor lists as failed, a source the recorded run did not have.
 */
export function sourcesOfRecording(
  recording: Recording,
  known: readonly SourceConfig[] = defaultSources,
): SourceConfig[] {
  if (recording.sources) return recording.sources;
  const byId = new Map(known.map((source) => [source.id, source]));
  const sources = new Map<string, SourceConfig>();
  for (const entry of recording.entries) {
    const match = /^(feed|page):(.+)$/.exec(entry.source);
    if (!match || sources.has(match[2]!)) continue;
    const id = match[2]!;
    const source = byId.get(id) ?? (match[1] === 'feed' ? rebuiltFeed(id, entry.request.url) : undefined);
    if (source) sources.set(id, source);
  }
  // Known sources in their configured order (the order a live run used), then rebuilt ones in recorded order.
  const ordered = known.filter((source) => sources.has(source.id));
  return [...ordered, ...[...sources.values()].filter((source) => !byId.has(source.id))];
}

const rebuiltFeed = (id: string, url: string): SourceConfig => ({ id, name: id, kind: 'rss', url });
