/**
 * Builds the Worker as it would deploy (`wrangler deploy --dry-run --outdir`) into a temp dir; returns the dir.
 * `cwd`: the project to build (default: this one; the cold isolate stage can also build a baseline tree).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export function buildWorker(cwd = process.cwd()): string {
  const outdir = mkdtempSync(join(tmpdir(), 'groundbrief-bundle-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
    cwd,
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

/** Every .js file under `dir` (paths relative to `root`), recursively: the modules a build emitted. */
export function jsFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsFiles(join(dir, entry.name), root)
      : /\.m?js$/.test(entry.name)
        ? [relative(root, join(dir, entry.name))]
        : [],
  );
}
