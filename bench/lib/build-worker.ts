/** Builds the Worker as it would deploy (`wrangler deploy --dry-run --outdir`) into a temp dir; returns the dir. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function buildWorker(): string {
  const outdir = mkdtempSync(join(tmpdir(), 'groundbrief-bundle-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    stdio: 'pipe',
    timeout: 180_000,
    env: {
      ...process.env,
      WRANGLER_SEND_METRICS: 'false',
      CLOUDFLARE_CF_FETCH_ENABLED: 'false',
      XDG_CONFIG_HOME: join(process.cwd(), '.xdg'),
    },
  });
  return outdir;
}
