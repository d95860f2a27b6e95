#!/usr/bin/env node
// Runs the compiled CLI in dist/ when it was built from the sources as they are now (`npm start` builds it first):
// a process then holds about 30–45 MB less, as tsx's loader is not there to compile every module at import.
// Otherwise it runs the TypeScript through tsx: `npx nianbao` works right after `npm ci` with no build step, and a
// source edited since the last build runs as written, never an older build of it.
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { COMPILED_CLI, isBuildCurrent } from './compiled.js';

// V8 lets the heap grow by half of what the last full collection kept before it collects again, where by its own
// measure it let a bot's heap reach 130–180 MB, mostly garbage, over 50 MB kept. Measured on the bot instance of
// bench:large (2,600 questions on PostgreSQL, compiled): 263 MB resident at peak without it, 192 MB with it, the
// questions as fast; it scales with what is kept, so a lowdb store of any size still fits. Set before the CLI's
// modules load: set after them, the peak was 288 MB.
setFlagsFromString('--heap-growing-percent=50');

let cli;
if (isBuildCurrent()) cli = await import(pathToFileURL(COMPILED_CLI).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../src/cli.ts');
}
await cli.run(process.argv);
