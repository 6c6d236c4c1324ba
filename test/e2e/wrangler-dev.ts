// Starts a real `wrangler dev` (workerd, local D1 in a temp dir) for e2e tests and stops it again.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type DevServer = { baseUrl: string; stop: () => Promise<void>; output: () => string };

/** A TCP port nobody listens on right now. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Migrates a fresh local D1 and starts `wrangler dev --local` on a free port with the given secrets/vars (from an
 * env file, so the developer's .dev.vars is not used). Resolves once /health answers; rejects with wrangler's
 * output when it exits or does not answer within 90 s.
 */
export async function startWranglerDev(input: { cwd: string; vars: Record<string, string> }): Promise<DevServer> {
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'groundbrief-e2e-'));
  const persist = join(dir, 'state');
  const envFile = join(dir, 'e2e.env');
  writeFileSync(
    envFile,
    Object.entries({ PUBLIC_BASE_URL: baseUrl, ...input.vars })
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  const processEnv = {
    ...process.env,
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    WRANGLER_SEND_METRICS: 'false',
    XDG_CONFIG_HOME: join(dir, 'xdg'),
    CI: '1',
  };
  const migrate = spawnSync(
    'npx',
    ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: input.cwd, env: processEnv, encoding: 'utf8' },
  );
  if (migrate.status !== 0)
    throw new Error(`wrangler d1 migrations apply failed:\n${migrate.stdout}\n${migrate.stderr}`);
  let log = '';
  const child: ChildProcess = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--persist-to',
      persist,
      '--env-file',
      envFile,
      '--show-interactive-dev-session=false',
    ],
    { cwd: input.cwd, env: processEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (chunk) => (log += String(chunk)));
  child.stderr?.on('data', (chunk) => (log += String(chunk)));
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      try {
        if (!exited) process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) break;
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return { baseUrl, stop, output: () => log };
    } catch {
      /* not up yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  await stop();
  throw new Error(
    `wrangler dev did not answer ${baseUrl}/health${exited ? ' (it exited)' : ' within 90 s'}:\n${log.slice(-4000)}`,
  );
}
