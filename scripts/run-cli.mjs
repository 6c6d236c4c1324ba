#!/usr/bin/env node
/**
 * `npm start` / `npm run cli`: runs the CLI from a prebuilt bundle (dist/cli/, see cli-bundle.mjs) instead of
 * compiling TypeScript through tsx on every start. The bundle is built on first run and rebuilt when an input it was
 * built from changed. Plain JavaScript: runs on bare Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCliBundle, isCliBundleStale } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/cli');
if (isCliBundleStale(root, outdir)) await buildCliBundle(root, outdir);
await import(pathToFileURL(join(outdir, 'cli.mjs')).href);
