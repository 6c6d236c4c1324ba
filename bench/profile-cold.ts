/**
 * Where a cold edition run's CPU goes inside workerd: `npx tsx bench/profile-cold.ts [runs]` builds the Worker as the
 * cold isolate stage does, and for each run starts a fresh isolate with Miniflare's inspector, answers `GET /health`,
 * then records V8's sampling profile (200 µs) of the first `POST /api/runs` only. It writes the `.cpuprofile` files
 * (DevTools can open them) and prints the shares of the non-idle samples by source file and by function, mapped
 * through the build's `worker.js.map` (the deploy build is minified). The profiler inflates absolute times: read the
 * shares. `--second` profiles each isolate's second run instead (sector-recap after a daily-snapshot run: a warm
 * run). Linux or macOS; not a bench stage (nothing to compare), see docs/bench.md.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorker } from './lib/build-worker.ts';
import { fromWrangler, groundbriefOptions, Miniflare, migrate, readTree } from './stages/cold-isolate.ts';

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
type WebSocketLike = {
  on(event: 'open' | 'message', listener: (data: Buffer) => void): void;
  send(data: string): void;
  close(): void;
};
// The `ws` client Miniflare itself uses (Node 20 has no WebSocket global without a flag).
const WebSocket = createRequire(fromWrangler.resolve('miniflare'))('ws') as new (url: string) => WebSocketLike;

/** Opens the isolate's DevTools socket and returns a `send(method, params)` that resolves with the result. */
async function devtools(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve) => socket.on('open', resolve));
  let lastId = 0;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve) => {
      pending.set(++lastId, resolve);
      socket.send(JSON.stringify({ id: lastId, method, params }));
    });
  return { send, close: () => socket.close() };
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** `(line, column)` (0-based, generated) -> original `source:line` and name, from a source map v3's mappings. */
function sourceMapLookup(map: { sources: string[]; names: string[]; mappings: string }) {
  const lines: [number, number, number, number | undefined][][] = [];
  let source = 0;
  let originalLine = 0;
  let name = 0;
  for (const text of map.mappings.split(';')) {
    const segments: [number, number, number, number | undefined][] = [];
    let column = 0;
    for (const segment of text.split(',')) {
      if (!segment) continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0]!;
      if (values.length < 4) continue;
      source += values[1]!;
      originalLine += values[2]!;
      if (values.length > 4) name += values[4]!;
      segments.push([column, source, originalLine, values.length > 4 ? name : undefined]);
    }
    lines.push(segments);
  }
  return (line: number, column: number) => {
    const segments = lines[line] ?? [];
    let found: (typeof segments)[number] | undefined;
    for (const segment of segments) {
      if (segment[0] > column) break;
      found = segment;
    }
    if (!found) return undefined;
    const full = map.sources[found[1]]!;
    const path = full.includes('node_modules/')
      ? full.replace(/^.*node_modules\//, 'node_modules/')
      : full.replace(/^.*?\/src\//, 'src/');
    return { source: path, line: found[2] + 1, name: found[3] === undefined ? undefined : map.names[found[3]] };
  };
}

const args = process.argv.slice(2);
/** `--second`: profile the second run of each isolate (sector-recap, after a daily-snapshot run), i.e. a warm run. */
const second = args.includes('--second');
/** `--tree`: also print the top-down call tree (merged over the runs, by function), branches of 0.5 % or more. */
const tree = args.includes('--tree');
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3);
const project = readTree('', process.cwd());
const outdir = buildWorker(project.dir);
const profileDir = mkdtempSync(join(tmpdir(), 'groundbrief-cold-profile-'));
const profiles: Profile[] = [];
for (let run = 0; run < runs; run++) {
  const port = 9340 + run;
  const mf = new Miniflare({ ...groundbriefOptions(project, outdir, 'worker.js'), inspectorPort: port });
  try {
    await mf.ready;
    await migrate(await mf.getD1Database('DB'), project.dir);
    await (await mf.dispatchFetch('http://bench.local/health')).text();
    const post = (style: string) =>
      mf.dispatchFetch('http://bench.local/api/runs', {
        method: 'POST',
        headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' },
        body: JSON.stringify({ style }),
      });
    if (second) await (await post('daily-snapshot')).text();
    const inspector = await devtools(port);
    await inspector.send('Profiler.enable');
    await inspector.send('Profiler.setSamplingInterval', { interval: 200 });
    await inspector.send('Profiler.start');
    const response = await post(second ? 'sector-recap' : 'daily-snapshot');
    const text = await response.text();
    const { profile } = (await inspector.send('Profiler.stop')) as { profile: Profile };
    inspector.close();
    if (response.status !== 201) throw new Error(`POST /api/runs: ${response.status} ${text.slice(0, 200)}`);
    writeFileSync(join(profileDir, `cold-${run}.cpuprofile`), JSON.stringify(profile));
    profiles.push(profile);
  } finally {
    await mf.dispose();
  }
}

const lookup = sourceMapLookup(JSON.parse(readFileSync(join(outdir, 'worker.js.map'), 'utf8')));
rmSync(outdir, { recursive: true, force: true }); // the build (the profiles stay in profileDir)
const label = (frame: CallFrame) => {
  if (!frame.url.endsWith('worker.js')) return { file: frame.url || frame.functionName, fn: frame.functionName };
  const original = lookup(frame.lineNumber, frame.columnNumber);
  if (!original) return { file: '?', fn: frame.functionName || '(anonymous)' };
  const file = original.source.startsWith('node_modules/')
    ? original.source
        .split('/')
        .slice(0, original.source.split('/')[1]!.startsWith('@') ? 3 : 2)
        .join('/')
    : original.source;
  return { file, fn: `${original.name ?? (frame.functionName || '(anonymous)')} ${original.source}:${original.line}` };
};
const selfByFile = new Map<string, number>();
const inclusiveByFn = new Map<string, number>();
type TreeNode = { us: number; children: Map<string, TreeNode> };
const root: TreeNode = { us: 0, children: new Map() };
let total = 0;
for (const profile of profiles) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  profile.samples.forEach((id, index) => {
    const us = profile.timeDeltas[index] ?? 0;
    if (nodes.get(id)!.callFrame.functionName === '(idle)') return;
    total += us;
    const file = label(nodes.get(id)!.callFrame).file;
    selfByFile.set(file, (selfByFile.get(file) ?? 0) + us);
    const seen = new Set<string>();
    const stack: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const { fn } = label(nodes.get(at)!.callFrame);
      stack.push(fn);
      if (seen.has(fn)) continue;
      seen.add(fn);
      inclusiveByFn.set(fn, (inclusiveByFn.get(fn) ?? 0) + us);
    }
    let branch = root;
    for (const fn of stack.reverse()) {
      const child = branch.children.get(fn) ?? { us: 0, children: new Map() };
      branch.children.set(fn, child);
      child.us += us;
      branch = child;
    }
  });
}
const top = (figures: Map<string, number>, count: number) =>
  [...figures]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, us]) => `  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`)
    .join('\n');
console.log(
  `${runs} ${second ? 'second (warm)' : 'cold'} runs profiled (${profileDir}); shares of the non-idle samples`,
);
console.log(`self time by source file:\n${top(selfByFile, 25)}`);
console.log(`inclusive time by function:\n${top(inclusiveByFn, 50)}`);
const printTree = (node: TreeNode, depth: number): string[] =>
  [...node.children]
    .filter(([, child]) => child.us >= total * 0.005)
    .sort((a, b) => b[1].us - a[1].us)
    .flatMap(([fn, child]) => [
      `  ${((100 * child.us) / total).toFixed(1).padStart(5)} % ${'  '.repeat(depth)}${fn}`,
      ...printTree(child, depth + 1),
    ]);
if (tree) console.log(`call tree (top-down):\n${printTree(root, 0).join('\n')}`);
