// The layering rules of docs/architecture.md, checked on the source text of src/: the pure core reaches no adapter,
// no runtime-only module and no clock/network/env global; only src/store/ talks to D1.
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readModules, reachable, type SourceModule } from './import-graph.ts';

const modules = readModules();

/** Modules of src/brief that call out (openai) or read configuration: adapters beside the brief core. */
const briefAdapters = ['llm-writer.ts', 'openai-client.ts', 'llm-errors.ts', 'llm-config.ts'].map(
  (file) => `src/brief/${file}`,
);

export const isCore = (path: string) =>
  /^src\/(domain|metrics|factcheck|brief)\//.test(path) && !briefAdapters.includes(path);

/** Network, env, D1, email, HTTP, recording and composition modules. */
export function isAdapter(path: string): boolean {
  if (briefAdapters.includes(path)) return true;
  if (/^src\/(store|http|pipeline|recording|adapters|cli|email\/providers)\//.test(path)) return true;
  if (/^src\/market\//.test(path)) return !/^src\/market\/normalize-[\w-]+\.ts$/.test(path);
  return [
    'src/cli.ts',
    'src/worker.ts',
    'src/services.ts',
    'src/ports.ts',
    'src/env.ts',
    'src/worker-env.d.ts',
    'src/email/mailer.ts',
    'src/email/deliver.ts',
    'src/email/email-config.ts',
    'src/email/email-provider.ts',
    'src/lib/bounded-fetch.ts',
    'src/sources/fetch-feed.ts',
    'src/sources/collect-headlines.ts',
    'src/sources/conditional-cache.ts',
  ].includes(path);
}

/** The only packages the core may load: schemas, the offline tokenizer and the Markdown parser (pure, no I/O). */
const corePackages = [/^zod(\/|$)/, /^js-tiktoken(\/|$)/, /^markdown-it(\/|$)/];
const runtimeModules = new Set(builtinModules);
const isRuntimeModule = (specifier: string) =>
  /^(node|cloudflare|bun|deno):/.test(specifier) || runtimeModules.has(specifier.split('/')[0]!);

/** Globals that reach the network, the environment or the clock (time is passed in). */
const impureGlobals: [RegExp, string][] = [
  [/(^|[^.\w])fetch\s*\(/m, 'fetch('],
  [/\bprocess\s*\./, 'process.'],
  [/\bDate\.now\s*\(/, 'Date.now()'],
  [/\bnew\s+Date\s*\(\s*\)/, 'new Date()'],
  [/\bperformance\.now\s*\(/, 'performance.now()'],
  [/\bMath\.random\s*\(/, 'Math.random()'],
  [/\bcaches\s*\./, 'caches.'],
];

/** Violations of the core rule in one module reached from a core module along `chain`. */
export function coreViolations(module: SourceModule, chain: string[]): string[] {
  const via = chain.join(' -> ');
  const found: string[] = [];
  if (isAdapter(module.path)) found.push(`${via}: imports an adapter`);
  for (const specifier of module.packages) {
    if (isRuntimeModule(specifier)) found.push(`${via}: imports runtime module ${specifier}`);
    else if (!corePackages.some((pattern) => pattern.test(specifier)))
      found.push(`${via}: imports package ${specifier}`);
  }
  for (const [pattern, label] of impureGlobals) if (pattern.test(module.code)) found.push(`${via}: uses ${label}`);
  return found;
}

/** SQL outside src/store/: D1 calls, the D1 types, the DB binding, or SQL text. */
export function sqlViolations(module: SourceModule): string[] {
  if (module.path.startsWith('src/store/')) return [];
  const rules: [RegExp, string][] = [
    [/\.(prepare|batch|dump|withSession)\s*\(/, 'calls D1 prepare/batch'],
    [
      /\.exec\s*\(\s*[`'"]\s*(select|insert|update|delete|create|drop|alter|pragma|with|begin|replace)\b/i,
      'calls exec with SQL',
    ],
    [
      /['"`]\s*(SELECT\s[\s\S]{0,200}?\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX))\b/,
      'holds SQL text',
    ],
  ];
  const found = rules.filter(([pattern]) => pattern.test(module.code)).map(([, what]) => `${module.path}: ${what}`);
  const bindingOwners = ['src/env.ts', 'src/worker-env.d.ts', 'src/services.ts'];
  if (!bindingOwners.includes(module.path) && /\bD1(Database|PreparedStatement|Result)\b|\.DB\b/.test(module.code))
    found.push(`${module.path}: touches the D1 binding (only src/store/ and the composition root may)`);
  return found;
}

const coreModules = [...modules.keys()].filter(isCore);

describe('the pure core (src/domain, src/metrics, src/factcheck, src/brief core)', () => {
  it('is found: every core folder has modules', () => {
    for (const folder of ['domain', 'metrics', 'factcheck', 'brief'])
      expect(coreModules.some((path) => path.startsWith(`src/${folder}/`))).toBe(true);
  });

  it('reaches no adapter, runtime-only module or clock/network/env global, directly or through an import', () => {
    // One line per offending module (its shortest chain from the first core module that reaches it); nothing
    // past the first adapter on a chain.
    const violations = new Map<string, string>();
    for (const start of coreModules)
      for (const [path, chain] of reachable(modules, start)) {
        if (violations.has(path) || chain.slice(0, -1).some(isAdapter)) continue;
        const found = coreViolations(modules.get(path)!, chain);
        if (found.length > 0) violations.set(path, found.join('; '));
      }
    expect([...violations.values()]).toEqual([]);
  });
});

describe('the edges', () => {
  const importers = (target: (path: string) => boolean) =>
    [...modules.values()]
      .filter((module) => !target(module.path) && module.local.some(target))
      .map((module) => module.path)
      .sort();

  it('the composition root (src/services.ts) is imported by the Worker entry only', () => {
    expect(importers((path) => path === 'src/services.ts')).toEqual(['src/worker.ts']);
  });

  it('src/http/ is imported by the composition roots only', () => {
    const roots = ['src/worker.ts', 'src/services.ts', 'src/ports.ts'];
    expect(importers((path) => path.startsWith('src/http/')).filter((path) => !roots.includes(path))).toEqual([]);
  });
});

describe('bundle hygiene', () => {
  it('zod is imported as a namespace (`import * as z`): `import { z }` pulls every locale into the Worker', () => {
    const named = [...modules.values()].filter((module) =>
      /import\s+(type\s+)?\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod['"]/.test(module.code),
    );
    expect(named.map((module) => module.path)).toEqual([]);
  });
});

describe('SQL', () => {
  it('runs only in src/store/', () => {
    expect([...modules.values()].flatMap(sqlViolations)).toEqual([]);
  });
});

describe('the rules themselves', () => {
  const module = (path: string, code: string): SourceModule => ({ path, code, local: [], packages: [] });

  it('flag an adapter, a Node module, an unknown package and a clock read reached from the core', () => {
    const chain = ['src/metrics/compute-returns.ts', 'src/store/brief-repository.ts'];
    expect(coreViolations(module('src/store/brief-repository.ts', ''), chain)).toEqual([
      'src/metrics/compute-returns.ts -> src/store/brief-repository.ts: imports an adapter',
    ]);
    const leaky = { ...module('src/domain/x.ts', 'const t = Date.now();'), packages: ['node:fs', 'fs', 'ccxt', 'zod'] };
    expect(coreViolations(leaky, ['src/domain/x.ts'])).toEqual([
      'src/domain/x.ts: imports runtime module node:fs',
      'src/domain/x.ts: imports runtime module fs',
      'src/domain/x.ts: imports package ccxt',
      'src/domain/x.ts: uses Date.now()',
    ]);
    expect(
      coreViolations(module('src/brief/format.ts', 'const r = await fetch(url);'), ['src/brief/format.ts']),
    ).toEqual(['src/brief/format.ts: uses fetch(']);
  });

  it('flag D1 calls and SQL text outside src/store/, and leave regular expressions alone', () => {
    const d1 = module('src/http/routes/briefs.ts', "await c.env.DB.prepare('SELECT id FROM briefs').all();");
    expect(sqlViolations(d1)).toEqual([
      'src/http/routes/briefs.ts: calls D1 prepare/batch',
      'src/http/routes/briefs.ts: holds SQL text',
      'src/http/routes/briefs.ts: touches the D1 binding (only src/store/ and the composition root may)',
    ]);
    expect(sqlViolations({ ...d1, path: 'src/store/brief-repository.ts' })).toEqual([]);
    expect(sqlViolations(module('src/lib/x.ts', "const m = /^a(b)$/.exec('ab');"))).toEqual([]);
    expect(sqlViolations(module('src/review/x.ts', 'await db.exec(`drop table briefs`);'))).toEqual([
      'src/review/x.ts: calls exec with SQL',
    ]);
  });
});
