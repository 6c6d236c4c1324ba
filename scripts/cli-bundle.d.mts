// Types of scripts/cli-bundle.mjs (plain JavaScript, so run-cli.mjs runs on bare Node) for its TypeScript test.
import type { Metafile } from 'esbuild';

export declare const manifestName: string;
export declare const retiredBuildGraceMs: number;
export declare function isCliBundleStale(root: string, outdir: string): boolean;
export declare function buildCliBundle(root: string, outdir: string): Promise<Metafile>;
export declare function currentCliBundle(distDir: string, name?: string): string | undefined;
export declare function pointCliBundle(distDir: string, name: string, dir: string, now?: number): void;
export declare function pruneCliBundles(
  distDir: string,
  name?: string,
  options?: { now?: number; graceMs?: number },
): string[];
export declare function publishCliBundle(root: string, distDir?: string, name?: string): Promise<string>;
