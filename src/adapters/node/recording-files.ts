// Recording directories on the local file system (Node only): recording.json plus raw bodies.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { recordingSchema, type Recording } from '../../domain/recording.ts';

/** recording.json is missing, not JSON, or not a Recording; or a body file it names is missing. */
export class RecordingDirError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RecordingDirError';
  }
}

/** Resolves `bodyFile` inside `dir`, refusing paths that climb out of it. */
function bodyPath(dir: string, bodyFile: string): string {
  const root = resolve(dir);
  const path = resolve(root, bodyFile);
  if (!path.startsWith(root + sep))
    throw new RecordingDirError(`${bodyFile}: body path leaves the recording directory`);
  return path;
}

/** Reads `DIR/recording.json` and every body it names (as UTF-8 text). */
export async function readRecordingDir(dir: string): Promise<{ recording: Recording; bodies: Map<string, string> }> {
  const file = join(dir, 'recording.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new RecordingDirError(`${file}: cannot read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, {
      cause,
    });
  }
  let recording: Recording;
  try {
    recording = recordingSchema.parse(JSON.parse(text));
  } catch (cause) {
    throw new RecordingDirError(
      `${file}: not a valid recording (${cause instanceof SyntaxError ? 'invalid JSON' : 'schema mismatch'})`,
      { cause },
    );
  }
  const names = [...new Set(recording.entries.map((entry) => entry.response.bodyFile))];
  const texts = await Promise.all(
    names.map(async (name) => {
      const path = bodyPath(dir, name);
      try {
        return await readFile(path, 'utf8');
      } catch (cause) {
        throw new RecordingDirError(`${join(dir, name)}: body file missing`, { cause });
      }
    }),
  );
  return { recording, bodies: new Map(names.map((name, index) => [name, texts[index]!])) };
}

/** Writes a recording directory (creating it), bodies first, recording.json last. */
export async function writeRecordingDir(dir: string, recording: Recording, bodies: Map<string, string>): Promise<void> {
  for (const [name, text] of bodies) {
    const path = bodyPath(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'recording.json'), `${JSON.stringify(recording, null, 2)}\n`);
}
