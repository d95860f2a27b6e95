#!/usr/bin/env node
// `npm run build`: compiles src/ into dist/ unless dist/ is current (tsc is incremental: a build after a small edit
// takes a few seconds, the first one about 10). `--optional`, as `npm start` runs it first, reports a build that
// cannot be made and exits 0 all the same: bin/nianbao.js then runs the TypeScript through tsx.
import { build, isBuildCurrent } from './compiled.js';

const optional = process.argv.includes('--optional');
const failed = isBuildCurrent() ? undefined : build();
if (failed) {
  process.stderr.write(
    `nianbao: no compiled build: ${failed}.${optional ? ' Running the TypeScript through tsx.' : ''}\n`,
  );
  process.exitCode = optional ? 0 : 1;
}
