// Types of scripts/cli-bundle.mjs (plain JavaScript, so run-cli.mjs runs on bare Node) for its TypeScript test.
import type { Metafile } from 'esbuild';

export declare const manifestName: string;
export declare function isCliBundleStale(root: string, outdir: string): boolean;
export declare function buildCliBundle(root: string, outdir: string): Promise<Metafile>;
