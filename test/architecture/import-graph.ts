// Reads the static and dynamic imports of every module under src/ (comments stripped) and resolves the relative ones.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export type SourceModule = {
  /** Path from the repository root, with forward slashes: `src/metrics/compute-returns.ts`. */
  path: string;
  /** The text without comments. */
  code: string;
  /** Resolved repository paths of relative imports (`src/...`). */
  local: string[];
  /** Bare specifiers: packages (`zod`, `openai/helpers/zod`) and runtime modules (`node:fs`, `cloudflare:workers`). */
  packages: string[];
};

const importPatterns = [
  /\b(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** Block and line comments removed (a `//` inside a string ends the line early, which can only drop text). */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function importSpecifiers(code: string): string[] {
  const found = new Set<string>();
  for (const pattern of importPatterns) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

function listFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return listFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module under `dir` (default src), keyed by repository path. */
export function readModules(dir = 'src'): Map<string, SourceModule> {
  const modules = new Map<string, SourceModule>();
  for (const path of listFiles(dir)) {
    const code = stripComments(readFileSync(join(repoRoot, path), 'utf8'));
    const local: string[] = [];
    const packages: string[] = [];
    for (const specifier of importSpecifiers(code)) {
      if (specifier.startsWith('.')) local.push(relative(repoRoot, resolve(repoRoot, dirname(path), specifier)));
      else packages.push(specifier);
    }
    modules.set(path, { path, code, local: local.map((p) => p.split('\\').join('/')), packages });
  }
  return modules;
}

/** The modules reachable from `start` (itself included), each with the import chain that reaches it. */
export function reachable(modules: Map<string, SourceModule>, start: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const next of modules.get(current)?.local ?? []) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(current)!, next]);
      queue.push(next);
    }
  }
  return chains;
}
