/**
 * The CLI bundle behind `npm start` (scripts/cli-bundle.mjs), built into a scratch directory beside dist/cli: its
 * freshness check, the split that keeps ccxt and the feed parsers off the brief path, and the brief it prints from the
 * committed snapshot against the one from replaying the recording.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliBundle, isCliBundleStale, manifestName } from '../../scripts/cli-bundle.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let outdir: string;
let metafile: Metafile;
beforeAll(async () => {
  // Two levels below the root like dist/cli/, so the bundle finds fixtures/ the same way.
  await mkdir(join(root, 'dist'), { recursive: true }); // a fresh checkout has none yet
  outdir = await mkdtemp(join(root, 'dist', 'cli-test-'));
  metafile = await buildCliBundle(root, outdir);
}, 120_000);
afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

type Manifest = { startedAt: number; inputs: string[] };
const readManifest = async (): Promise<Manifest> => JSON.parse(await readFile(join(outdir, manifestName), 'utf8'));
const writeManifest = (manifest: Manifest) => writeFile(join(outdir, manifestName), JSON.stringify(manifest));

/** The package and source files a chunk loads before it runs: its static imports, transitively (not import()). */
function staticInputs(entryPoint: string): string[] {
  const outputs = Object.entries(metafile.outputs);
  const start = outputs.find(([, output]) => output.entryPoint === entryPoint);
  if (!start) throw new Error(`no chunk for ${entryPoint}`);
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const item of metafile.outputs[path]?.imports ?? []) if (item.kind === 'import-statement') visit(item.path);
  };
  visit(start[0]);
  return [...seen].flatMap((path) => Object.keys(metafile.outputs[path]?.inputs ?? {}));
}
const packagesIn = (inputs: string[]) =>
  new Set(inputs.flatMap((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? []));

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(outdir, 'cli.mjs'), ...args],
      { cwd: root, env: { ...process.env, GROUNDBRIEF_LIVE: '' }, timeout: 60_000, maxBuffer: 8 << 20 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('CLI bundle', () => {
  it('is fresh after its build; stale when an input changed after the build started, is gone, or no manifest', async () => {
    expect(isCliBundleStale(root, outdir)).toBe(false);
    const manifest = await readManifest();
    expect(manifest.inputs).toEqual(
      expect.arrayContaining(['package-lock.json', 'scripts/run-cli.mjs', 'src/cli.ts', 'src/cli/load-snapshot.ts']),
    );
    expect(manifest.inputs.filter((input) => input.includes('node_modules'))).toEqual([]);

    const input = 'src/cli/commands/brief.ts';
    await writeManifest({ ...manifest, startedAt: (await stat(join(root, input))).mtimeMs - 1 });
    expect(isCliBundleStale(root, outdir)).toBe(true);
    await writeManifest({ ...manifest, inputs: [...manifest.inputs, 'src/cli/no-such-file.ts'] });
    expect(isCliBundleStale(root, outdir)).toBe(true);
    await rm(join(outdir, manifestName));
    expect(isCliBundleStale(root, outdir)).toBe(true);
    await writeManifest(manifest);
    expect(isCliBundleStale(root, outdir)).toBe(false);
  });

  it("a rebuild leaves only its own chunks (names carry a content hash; the last build's are removed)", async () => {
    const leftover = join(outdir, 'chunk-FROMANOLDBUILD.mjs');
    await writeFile(leftover, 'export {};\n');
    const rebuilt = await buildCliBundle(root, outdir);
    const names = (await readdir(outdir)).sort();
    expect(names).not.toContain('chunk-FROMANOLDBUILD.mjs');
    expect(names).toEqual([...Object.keys(rebuilt.outputs).map((output) => basename(output)), manifestName].sort());
    expect(isCliBundleStale(root, outdir)).toBe(false);
  }, 120_000);

  it('the brief path loads no ccxt, feed parser, LLM writer or zod code; the replay path loads them', () => {
    const briefPath = [...staticInputs('src/cli.ts'), ...staticInputs('src/cli/commands/brief.ts')];
    expect(briefPath).toContain('src/cli/load-snapshot.ts');
    expect(briefPath).toContain('src/factcheck/check-brief.ts');
    expect(briefPath).not.toContain('src/cli/replay-snapshot.ts');
    expect(briefPath).not.toContain('src/cli/market-config-from-env.ts');
    expect(briefPath).not.toContain('src/brief/llm-config.ts');
    // zod too: the default brief reads the committed snapshot without validating it (schemas load for --snapshot)
    const heavy = ['ccxt', 'rss-parser', 'cheerio', 'openai', 'zod'];
    expect([...packagesIn(briefPath)].filter((name) => heavy.includes(name))).toEqual([]);
    expect([...packagesIn(staticInputs('src/cli/replay-snapshot.ts'))]).toEqual(
      expect.arrayContaining(['ccxt', 'rss-parser', 'cheerio']),
    );
  });

  it('brief from the committed snapshot prints exactly what replaying fixtures/day prints', async () => {
    const [fast, replayed] = await Promise.all([run(['brief']), run(['brief', '--snapshot', 'fixtures/day'])]);
    expect(replayed.code).toBe(0);
    expect(replayed.stderr).toMatch(/^check: \d+ supported, .* -> verified$/m);
    expect(replayed.stdout).toMatch(/^# /);
    expect(fast).toEqual(replayed);
  }, 60_000);
});
