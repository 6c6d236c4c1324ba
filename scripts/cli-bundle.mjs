/**
 * The CLI bundle (dist/cli/: esbuild, ESM, one chunk per command and per lazily imported module) and its freshness
 * check, for scripts/run-cli.mjs and its test. Plain JavaScript: runs on bare Node. The output directory must sit two
 * levels below the root like src/cli/, so `new URL('../../fixtures/day', import.meta.url)` holds in the bundle too.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Inputs besides the source files esbuild reads: the dependencies (through the lock file) and how it is built. */
const buildInputs = ['package-lock.json', 'scripts/cli-bundle.mjs', 'scripts/run-cli.mjs'];

/** Written after each build: when the build started and every input (root-relative) the bundle depends on. */
export const manifestName = 'inputs.json';

/**
 * Stale when the bundle or its manifest is missing, or when any input the manifest lists (the src/ files esbuild
 * read, package-lock.json, these scripts) is gone or was modified after its build started. Only the bundle's own
 * inputs are checked, not every file under src/: a new file matters only once an input imports it, and that edit
 * changes the input. One stat per input (~160).
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
    const info = statSync(join(root, input), { throwIfNoEntry: false });
    if (!info || info.mtimeMs > built.startedAt) return true;
  }
  return false;
}

/** Builds src/cli.ts into outdir and writes the manifest; returns esbuild's metafile (paths relative to root). */
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
  // Chunk names carry a content hash: drop the previous builds' chunks (and maps) instead of piling them up.
  const outputs = new Set(Object.keys(metafile.outputs).map((output) => relative(outdir, join(root, output))));
  for (const name of readdirSync(outdir))
    if (name !== manifestName && !outputs.has(name)) rmSync(join(outdir, name), { recursive: true, force: true });
  return metafile;
}
