/**
 * The command-line end of a generator script: writes `next` to `path` when it differs, or with `--check` only exits 1
 * when it differs (naming the `script` to run).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

export function writeGenerated(path: string, next: string, script: string): void {
  const name = basename(path);
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    /* first run */
  }
  if (process.argv.includes('--check')) {
    if (current !== next) {
      console.error(`${name} is out of date: run npx tsx ${script}`);
      process.exitCode = 1;
    }
  } else if (current !== next) {
    writeFileSync(path, next);
    console.log(`wrote ${path}`);
  } else console.log(`${name} is up to date`);
}
