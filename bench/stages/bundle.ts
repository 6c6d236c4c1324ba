/**
 * Worker bundle size: `wrangler deploy --dry-run --outdir` (no upload), raw and gzip of the emitted JS. The targets are
 * for the main module (what every isolate loads); the additional modules (the fixture day, imported by offline runs
 * only) are uploaded beside it and reported on their own line.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWorker, jsFiles } from '../lib/build-worker.ts';

export const name = 'worker bundle (wrangler deploy --dry-run)';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  const outdir = buildWorker();
  try {
    const files = jsFiles(outdir);
    const main = files.filter((file) => !file.includes('/'));
    const additional = files.filter((file) => file.includes('/'));
    const code = Buffer.concat(main.map((file) => readFileSync(join(outdir, file))));
    const gzip = gzipSync(code, { level: 9 }).length;
    return [
      { figure: 'main module raw (target < 1600 KiB)', value: kib(code.length) },
      { figure: 'main module gzip (target < 500 KiB)', value: kib(gzip) },
      { figure: 'main module', value: main.join(', ') },
      ...additional.map((file) => {
        const bytes = readFileSync(join(outdir, file));
        return {
          figure: `additional module ${file} (uploaded, not in the targets)`,
          value: `${kib(bytes.length)} raw, ${kib(gzipSync(bytes, { level: 9 }).length)} gzip`,
        };
      }),
    ];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
