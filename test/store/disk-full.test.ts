// A store write that fails for want of space: a clear error, the store as it was, no temp file left behind.
// On a real full disk (a tiny tmpfs, mounted when the tests run as root) and through the CLI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../../src/cli.js';
import { openStore } from '../../src/store/index.js';

async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, isTTY: false };
  const code = await main(['node', 'nianbao', ...args], io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Mounts a 256 kB tmpfs on `dir`; false when this process may not mount (not root, no CAP_SYS_ADMIN). */
function mountTinyDisk(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether a tmpfs can be mounted here; elsewhere write-failure.test.ts injects the same failure. */
function probeMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'nianbao-mount-probe-'));
  const mounted = mountTinyDisk(probe);
  if (mounted) execFileSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return mounted;
}

const canMount = probeMount();

describe.skipIf(!canMount)('a store on a full disk (tmpfs)', () => {
  let dir: string;
  let mounted = false;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nianbao-full-'));
    mounted = mountTinyDisk(dir);
  });
  afterAll(async () => {
    if (mounted) execFileSync('umount', [dir]);
    await rm(dir, { recursive: true, force: true });
  });

  it('ingest says the disk is full, keeps the store as it was, leaves no temp file, and works once there is room', async () => {
    expect(mounted).toBe(true);
    const store = join(dir, 'store.json');
    expect((await runCli(['ingest', 'data/reports/longgang-district-2022.txt', '--store', store])).code).toBe(0);
    const before = await readFile(store, 'utf8');
    // Fill the disk but for a few kB: the next store file (five reports, ~37 kB) cannot be written.
    const filler = join(dir, 'filler');
    const free = 256 * 1024 - (await readFile(store)).length - 8 * 1024;
    await writeFile(filler, Buffer.alloc(free)).catch(() => undefined);
    const full = await runCli(['ingest', 'data/reports', '--store', store]);
    expect(full.code).toBe(1);
    expect(full.err).toContain(`${store}: cannot write the store (the disk is full); the store was left as it was.`);
    expect(full.err).not.toMatch(/\n\s+at /);
    expect(await readFile(store, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
    const opened = await openStore(store);
    expect(await opened.list()).toHaveLength(1);
    await opened.close();
    await rm(filler);
    const roomy = await runCli(['ingest', 'data/reports', '--store', store]);
    expect(roomy.out).toContain('ingested 4, replaced 0, unchanged 1, failed 0');
  });
});
