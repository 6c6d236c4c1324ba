#!/usr/bin/env node
/**
 * `npm start` / `npm run cli`: runs the CLI from a prebuilt bundle (dist/cli/, esbuild, ESM, one chunk per command)
 * instead of compiling TypeScript through tsx on every start. The bundle is built on first run and rebuilt when any
 * file under src/ (or package-lock.json, or this script) is newer than it. Plain JavaScript: runs on bare Node.
 * dist/cli/ sits two levels below the root like src/cli/, so `new URL('../../fixtures/day', import.meta.url)` holds.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');
const entry = join(outdir, 'cli.mjs');

function newestMtime(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  const inputs = [join(root, 'package-lock.json'), fileURLToPath(import.meta.url)].filter((path) => existsSync(path));
  return Math.max(newestMtime(join(root, 'src')), ...inputs.map((path) => statSync(path).mtimeMs)) > built;
}

if (isStale()) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { cli: join(root, 'src/cli.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages are bundled too (one file per chunk instead of hundreds of node_modules files: ~30 % less CPU than
    // leaving them external). protobufjs and undici are optional imports of ccxt that it loads only when used.
    external: ['protobufjs', 'protobufjs/*', 'undici'],
    // CommonJS packages inside an ESM bundle (rss-parser, xml2js) still call require for Node built-ins.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
await import(pathToFileURL(entry).href);
