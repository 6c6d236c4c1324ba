/** Worker bundle size: `wrangler deploy --dry-run --outdir` (no upload), raw and gzip of the emitted JS. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const name = 'worker bundle (wrangler deploy --dry-run)';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run() {
  const outdir = mkdtempSync(join(tmpdir(), 'groundbrief-bundle-'));
  try {
    execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
      stdio: 'pipe',
      timeout: 120_000,
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        XDG_CONFIG_HOME: join(process.cwd(), '.xdg'),
      },
    });
    const files = readdirSync(outdir).filter((file) => /\.(m?js)$/.test(file));
    const code = Buffer.concat(files.map((file) => readFileSync(join(outdir, file))));
    const gzip = gzipSync(code, { level: 9 }).length;
    return [
      { figure: 'bundle raw', value: kib(code.length) },
      { figure: 'bundle gzip (target < 1024 KiB)', value: kib(gzip) },
      { figure: 'within 1 MiB gzip', value: gzip < 1024 * 1024 ? 'yes' : 'NO' },
    ];
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
