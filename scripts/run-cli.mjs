#!/usr/bin/env node
/**
 * `npm start` / `npm run cli`: runs the CLI from a prebuilt bundle (dist/cli-build-*, named by dist/cli.current; see
 * cli-bundle.mjs) instead of compiling TypeScript through tsx on every start. The bundle is built on first run and
 * rebuilt, into a new directory, when an input it was built from changed. Plain JavaScript: runs on bare Node.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentCliBundle, isCliBundleStale, publishCliBundle } from './cli-bundle.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let bundle = currentCliBundle(join(root, 'dist'));
if (!bundle || isCliBundleStale(root, bundle)) bundle = await publishCliBundle(root);
await import(pathToFileURL(join(bundle, 'cli.mjs')).href);
