// The compiled build `npm start` runs: `npm run build` emits dist/, whose CLI answers and ingests with parse
// processes of its own (the compiled parse child: Node 20 cannot load the TypeScript one without tsx), and
// bin/nianbao.js runs dist/ only while it was built from the sources as they are now.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const COMPILED_CLI = 'dist/src/cli.js';
const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-compiled-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs node with `args` in an environment holding only PATH (no tsx, no loader of vitest's). */
async function node(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, args, { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
}

describe('the compiled build', () => {
  beforeAll(async () => {
    await node(['bin/build.js']); // incremental: a few seconds when dist/ exists, about 10 on a fresh clone
  }, 60_000);

  it('ingests with two parse processes and answers from the store it wrote', async () => {
    const store = join(await tempDir(), 'store.json');
    const ingest = await node([COMPILED_CLI, 'ingest', 'data/reports', '--store', store, '--workers', '2']);
    expect(ingest.stdout).toContain('ingested 5, replaced 0, unchanged 0, failed 0');
    const { stdout } = await node([COMPILED_CLI, 'ask', QUESTION, '--store', store]);
    expect(stdout).toContain('深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件');
  });

  it('runs under the package bin once built, with the same reply', async () => {
    const store = join(await tempDir(), 'store.json');
    await node([COMPILED_CLI, 'ingest', 'data/reports', '--store', store]);
    const { stdout } = await node(['bin/nianbao.js', 'ask', QUESTION, '--store', store]);
    expect(stdout).toContain('深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件');
  });
});

describe('whether dist/ is current', () => {
  /** A checkout of its own: bin/compiled.js finds the sources and the build beside its own folder. */
  async function checkout(): Promise<{ root: string; isCurrent: () => Promise<boolean> }> {
    const root = await tempDir();
    await mkdir(join(root, 'bin'));
    await copyFile('bin/compiled.js', join(root, 'bin', 'compiled.js'));
    await mkdir(join(root, 'src', 'store'), { recursive: true });
    await writeFile(join(root, 'src', 'store', 'index.ts'), 'export {};\n');
    await mkdir(join(root, 'dist', 'src'), { recursive: true });
    await writeFile(join(root, 'dist', 'src', 'cli.js'), 'export {};\n');
    const script = `import('./bin/compiled.js').then((m) => process.stdout.write(String(m.isBuildCurrent())))`;
    const isCurrent = async () =>
      (await run(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' })).stdout === 'true';
    return { root, isCurrent };
  }
  const stamp = (root: string, startedAt: number) =>
    writeFile(join(root, 'dist', '.built'), JSON.stringify({ startedAt }));

  it('is current after a build begun after the last change, stale after an edit, an added file or none', async () => {
    const { root, isCurrent } = await checkout();
    expect(await isCurrent()).toBe(false); // never built
    await stamp(root, Date.now() + 60_000);
    expect(await isCurrent()).toBe(true);
    const later = new Date(Date.now() + 120_000);
    await utimes(join(root, 'src', 'store', 'index.ts'), later, later);
    expect(await isCurrent()).toBe(false); // a source edited after the build began
    await stamp(root, Date.now() + 180_000);
    expect(await isCurrent()).toBe(true);
    const evenLater = new Date(Date.now() + 240_000);
    const written = join(root, 'src', 'store', 'results.json');
    await writeFile(written, '{}\n');
    await utimes(written, evenLater, evenLater);
    expect(await isCurrent()).toBe(true); // not an input of the build
    const added = join(root, 'src', 'store', 'added.ts');
    await writeFile(added, 'export {};\n');
    await utimes(added, evenLater, evenLater);
    expect(await isCurrent()).toBe(false);
    await stamp(root, Date.now() + 300_000);
    expect(await isCurrent()).toBe(true);
    await rm(join(root, 'dist', 'src', 'cli.js'));
    expect(await isCurrent()).toBe(false); // no compiled CLI
  });
});
