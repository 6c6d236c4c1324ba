// GROUNDBRIEF_SOURCES for the CLI (Node only: it may name a file).
import { readFile } from 'node:fs/promises';
import { defaultSources, type SourceConfig } from '../config/sources.ts';
import { parseSourceList, SourceListError } from '../sources/parse-source-list.ts';
import { CliError } from './cli-error.ts';

/** GROUNDBRIEF_SOURCES: inline JSON when it starts with `[`, else a file path; unset: the defaults. */
export async function loadConfiguredSources(setting: string | undefined): Promise<SourceConfig[]> {
  if (!setting?.trim()) return defaultSources;
  const inline = setting.trim().startsWith('[');
  let text = setting;
  if (!inline) {
    try {
      text = await readFile(setting, 'utf8');
    } catch (cause) {
      throw new CliError(
        `GROUNDBRIEF_SOURCES: cannot read ${setting} (${(cause as NodeJS.ErrnoException).code ?? String(cause)})`,
        2,
        { cause },
      );
    }
  }
  try {
    return parseSourceList(text, inline ? 'GROUNDBRIEF_SOURCES' : `GROUNDBRIEF_SOURCES file ${setting}`);
  } catch (error) {
    if (error instanceof SourceListError) throw new CliError(error.message, 2, { cause: error });
    throw error;
  }
}
