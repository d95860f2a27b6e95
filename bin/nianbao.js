#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx nianbao` works right after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli.ts');
await run(process.argv);
