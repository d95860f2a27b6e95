#!/usr/bin/env node
// Runs the compiled CLI in dist/ when it was built from the sources as they are now (`npm start` builds it first):
// a process then holds about 35–50 MB less, as tsx's loader is not there to compile every module at import.
// Otherwise it runs the TypeScript through tsx: `npx nianbao` works right after `npm ci` with no build step, and a
// source edited since the last build runs as written, never an older build of it.
import { pathToFileURL } from 'node:url';
import { COMPILED_CLI, isBuildCurrent } from './compiled.js';

let cli;
if (isBuildCurrent()) cli = await import(pathToFileURL(COMPILED_CLI).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
await cli.run(process.argv);
