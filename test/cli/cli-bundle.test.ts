/**
 * The CLI bundle behind `npm start` (scripts/cli-bundle.mjs), built into a scratch directory in dist/: its freshness
 * check, the pointer to the current build and the pruning of replaced ones, the split that keeps ccxt, the feed
 * parsers and zod off the brief path, and the brief it prints from the committed snapshot against the one from
 * replaying the recording.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCliBundle,
  currentCliBundle,
  isCliBundleStale,
  manifestName,
  pointCliBundle,
  pruneCliBundles,
  retiredBuildGraceMs,
} from '../../scripts/cli-bundle.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let outdir: string;
let metafile: Metafile;
beforeAll(async () => {
  // Two levels below the root like dist/cli-build-*/, so the bundle finds fixtures/ the same way.
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

  it('a new build is named current atomically; a replaced one stays for its grace period, then is pruned', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'gb-cli-dist-'));
    try {
      const fakeBuild = async (dir: string) => {
        await mkdir(join(dist, dir));
        await writeFile(join(dist, dir, 'cli.mjs'), 'export {};\n');
        await writeFile(join(dist, dir, manifestName), '{}\n');
      };
      expect(currentCliBundle(dist)).toBeUndefined();
      await fakeBuild('cli-build-a-1');
      pointCliBundle(dist, 'cli', 'cli-build-a-1');
      expect(currentCliBundle(dist)).toBe(join(dist, 'cli-build-a-1'));

      // A second build (e.g. after an edit, or by a concurrent process) replaces it: the old build is kept, its
      // retirement time recorded, and nothing is pruned within the grace period.
      await fakeBuild('cli-build-b-2');
      const retiredAt = Date.now();
      pointCliBundle(dist, 'cli', 'cli-build-b-2', retiredAt);
      expect(currentCliBundle(dist)).toBe(join(dist, 'cli-build-b-2'));
      expect((await stat(join(dist, 'cli-build-a-1'))).mtimeMs).toBeCloseTo(retiredAt, -3);
      expect(pruneCliBundles(dist, 'cli', { now: retiredAt + retiredBuildGraceMs - 1000 })).toEqual([]);
      expect(await readdir(dist)).toContain('cli-build-a-1');

      // After it: the retired build, a pre-pointer dist/cli/ build, and a build that never became current go; the
      // current one, other names and the pointer stay (however old they are).
      await mkdir(join(dist, 'cli'));
      await writeFile(join(dist, 'cli', manifestName), '{}\n');
      await fakeBuild('cli-build-c-3');
      await mkdir(join(dist, 'cli-test-x'));
      const later = Date.now() + retiredBuildGraceMs + 60_000;
      expect(pruneCliBundles(dist, 'cli', { now: later }).sort()).toEqual(['cli', 'cli-build-a-1', 'cli-build-c-3']);
      expect((await readdir(dist)).sort()).toEqual(['cli-build-b-2', 'cli-test-x', 'cli.current']);
      expect(currentCliBundle(dist)).toBe(join(dist, 'cli-build-b-2'));

      // A pointer naming a missing build is no build (run-cli.mjs then builds a new one).
      await rm(join(dist, 'cli-build-b-2'), { recursive: true });
      expect(currentCliBundle(dist)).toBeUndefined();
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

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

  it('exits with its code once all it wrote reached the pipes (the CLI ends itself when main settles)', async () => {
    const [markdown, json] = await Promise.all([run(['brief']), run(['brief', '--format', 'json'])]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { status: string; brief: { markdown: string } };
    expect(parsed.status).toBe('verified');
    expect(parsed.brief.markdown).toBe(markdown.stdout);
    expect(markdown.stderr).toMatch(/^writer: template\n$/m);
    const bad = await run(['brief', '--style', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^groundbrief: .*nope.*\n$/);
  }, 60_000);
});
