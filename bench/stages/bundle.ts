/** Worker bundle size: `wrangler deploy --dry-run --outdir` (no upload), raw and gzip of the emitted JS. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildWorker } from '../lib/build-worker.ts';

export const name = 'worker bundle (wrangler deploy --dry-run)';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  const outdir = buildWorker();
  try {
    const files = readdirSync(outdir).filter((file) => /\.(m?js)$/.test(file));
    const code = Buffer.concat(files.map((file) => readFileSync(join(outdir, file))));
    const gzip = gzipSync(code, { level: 9 }).length;
    return [
      { figure: 'bundle raw (target < 1600 KiB)', value: kib(code.length) },
      { figure: 'bundle gzip (target < 500 KiB)', value: kib(gzip) },
      { figure: 'modules emitted', value: files.join(', ') },
    ];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
