// The compiled build in dist/ (`npm run build`: tsc -p tsconfig.build.json): where its CLI is, whether it was built
// from the sources as they are now, and how to make it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(ROOT, 'dist', '.built');
export const COMPILED_CLI = join(ROOT, 'dist', 'src', 'cli.js');
/**
 * What the build reads (tsconfig.build.json: src/, types/, and the benchmark's bot instance with what it imports from
 * scripts/bench-large/ and bench/): a TypeScript file or a tsconfig changed or added since the build began makes
 * dist/ stale. A file removed leaves its old output behind, which nothing imports.
 */
const INPUTS = ['src', 'types', 'scripts/bench-large', 'bench', 'tsconfig.json', 'tsconfig.build.json'];

/** The latest modification time of a TypeScript file or tsconfig at or under `path`. */
function newestChange(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.ts$|tsconfig[\w.]*\.json$/.test(path) ? stat.mtimeMs : 0;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

/** True when dist/ holds a clean build begun after the last change to any of its inputs. */
export function isBuildCurrent() {
  if (!existsSync(COMPILED_CLI)) return false;
  let startedAt;
  try {
    startedAt = Number(JSON.parse(readFileSync(STAMP, 'utf8')).startedAt);
  } catch {
    return false;
  }
  return Number.isFinite(startedAt) && INPUTS.every((input) => newestChange(join(ROOT, input)) < startedAt);
}

/**
 * Compiles the sources into dist/ (incremental: only what changed is emitted) and stamps the build with the time it
 * began, so an edit made while it ran leaves it stale. Returns why it failed, or undefined when it is built.
 */
export function build() {
  const startedAt = Date.now();
  let tsc;
  try {
    tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return 'typescript is not installed (npm ci installs it; npm ci --omit=dev does not)';
  }
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0)
    return `tsc -p tsconfig.build.json failed (${result.error?.message ?? `exit code ${result.status}`})`;
  writeFileSync(STAMP, `${JSON.stringify({ startedAt })}\n`);
  return undefined;
}
