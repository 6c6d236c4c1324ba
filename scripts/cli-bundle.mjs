/**
 * The CLI bundle (esbuild, ESM, one chunk per command and per lazily imported module) and its freshness check, for
 * scripts/run-cli.mjs and its test. Plain JavaScript: runs on bare Node. A build directory must sit two levels below
 * the root like src/cli/, so `new URL('../../fixtures/day', import.meta.url)` holds in the bundle too.
 *
 * Each build goes to a fresh directory (`dist/cli-build-<time>-<pid>/`) and `dist/cli.current` names the one to run,
 * replaced atomically (write, then rename) once the build is complete. Nothing a running CLI may still load is
 * deleted under it: chunks are loaded lazily (replay, the LLM writer's modules and error classes, after its call), so
 * a build replaced by a newer one is kept for `retiredBuildGraceMs` after it was replaced, then removed by a later
 * publish. Two processes that find the bundle stale at once each build their own directory; the last to finish is
 * the one named.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/** Inputs besides the source files esbuild reads: the dependencies (through the lock file) and how it is built. */
const buildInputs = ['package-lock.json', 'scripts/cli-bundle.mjs', 'scripts/run-cli.mjs'];

/** Written after each build: when the build started and every input (root-relative) the bundle depends on. */
export const manifestName = 'inputs.json';

/**
 * Stale when the bundle or its manifest is missing, or when any input the manifest lists (the src/ files esbuild
 * read, package-lock.json, these scripts) is gone or was modified after its build started. Only the bundle's own
 * inputs are checked, not every file under src/: a new file matters only once an input imports it, and that edit
 * changes the input. One stat per input (~180, ~3 ms in a fresh process).
 */
export function isCliBundleStale(root, outdir) {
  if (!existsSync(join(outdir, 'cli.mjs'))) return true;
  let built;
  try {
    built = JSON.parse(readFileSync(join(outdir, manifestName), 'utf8'));
  } catch {
    return true;
  }
  if (typeof built?.startedAt !== 'number' || !Array.isArray(built.inputs)) return true;
  for (const input of built.inputs) {
    // Not path.join: the inputs are already normalized, and join costs more than the stat in a fresh process.
    const info = statSync(`${root}/${input}`, { throwIfNoEntry: false });
    if (!info || info.mtimeMs > built.startedAt) return true;
  }
  return false;
}

/** Builds src/cli.ts into outdir (a new directory) and writes the manifest; returns esbuild's metafile. */
export async function buildCliBundle(root, outdir) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts' },
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
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; " +
        'const require = __createRequire(import.meta.url);',
    },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  // Package files are covered by package-lock.json (their paths may also lead outside the root through a symlink).
  const sources = Object.keys(metafile.inputs).filter((input) => !input.split('/').includes('node_modules'));
  writeFileSync(
    join(outdir, manifestName),
    `${JSON.stringify({ startedAt, inputs: [...buildInputs, ...sources] }, null, 1)}\n`,
  );
  return metafile;
}

/** How long a replaced build stays on disk for the processes that may still load its lazy chunks. */
export const retiredBuildGraceMs = 60 * 60 * 1000;

const pointerPath = (distDir, name) => join(distDir, `${name}.current`);
const buildDirPattern = (name) => new RegExp(`^${name.replace(/[^a-z0-9]/gi, '\\$&')}-build-[0-9a-z]+-[0-9]+$`);

/** The build directory `<distDir>/<name>.current` names, or undefined when there is none (or it is gone). */
export function currentCliBundle(distDir, name = 'cli') {
  let dir;
  try {
    dir = readFileSync(pointerPath(distDir, name), 'utf8').trim();
  } catch {
    return undefined;
  }
  if (!buildDirPattern(name).test(dir) || !existsSync(join(distDir, dir, 'cli.mjs'))) return undefined;
  return join(distDir, dir);
}

/**
 * Names `dir` (a complete build directly under distDir) as the current build: the pointer is written beside and
 * renamed over the old one, so a reader sees the old name or the new one, never a partial file. The build it
 * replaces is marked retired now (its mtime), which starts its grace period.
 */
export function pointCliBundle(distDir, name, dir, now = Date.now()) {
  const previous = currentCliBundle(distDir, name);
  const temporary = `${pointerPath(distDir, name)}.${process.pid}.tmp`;
  writeFileSync(temporary, `${dir}\n`);
  renameSync(temporary, pointerPath(distDir, name));
  if (previous && previous !== join(distDir, dir)) {
    const when = new Date(now);
    utimesSync(previous, when, when);
  }
}

/**
 * Removes the build directories (and a pre-pointer `<name>/` build) that are not the current one and were retired
 * (last modified) more than graceMs ago. Returns the names removed.
 */
export function pruneCliBundles(distDir, name = 'cli', { now = Date.now(), graceMs = retiredBuildGraceMs } = {}) {
  const current = currentCliBundle(distDir, name);
  const pattern = buildDirPattern(name);
  const removed = [];
  for (const entry of readdirSync(distDir)) {
    const path = join(distDir, entry);
    const legacy = entry === name && existsSync(join(path, manifestName));
    if (path === current || !(pattern.test(entry) || legacy)) continue;
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info?.isDirectory() || now - info.mtimeMs <= graceMs) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/** Builds into a fresh directory under distDir, names it current, prunes retired builds; returns its path. */
export async function publishCliBundle(root, distDir = join(root, 'dist'), name = 'cli') {
  const dir = `${name}-build-${Date.now().toString(36)}-${process.pid}`;
  await buildCliBundle(root, join(distDir, dir));
  pointCliBundle(distDir, name, dir);
  pruneCliBundles(distDir, name);
  return join(distDir, dir);
}
