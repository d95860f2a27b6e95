// One lowdb store file written by several real processes at once: ingests and a bot writing its own state,
// some of them killed with SIGKILL at random moments. Nothing committed may be lost, the file stays valid.
import { type ChildProcess, spawn } from 'node:child_process';
import { access, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';

interface Child {
  readonly process: ChildProcess;
  /** Lines printed so far. */
  readonly lines: string[];
  /** Exit code, or the signal's name when killed. */
  readonly exited: Promise<number | string>;
}

const children: Child[] = [];
const folders: string[] = [];

afterEach(async () => {
  for (const child of children.splice(0)) child.process.kill('SIGKILL');
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

function start(...args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/store/shared-writer.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const parts = (pending + chunk.toString('utf8')).split('\n');
    pending = parts.pop() ?? '';
    lines.push(...parts);
  });
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)),
  );
  const entry = { process: child, lines, exited };
  children.push(entry);
  return entry;
}

async function tempStore(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'nianbao-shared-'));
  folders.push(folder);
  return join(folder, 'store.json');
}

/** A seeded generator (mulberry32), so that a failing round can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Stops the child if it holds the store's lock (its pid in the owner file, the lock directory there) and says
 * so; otherwise lets it run on and returns false.
 */
async function stopWhileHolding(child: Child, location: string): Promise<boolean> {
  child.process.kill('SIGSTOP');
  const owner = await readFile(`${location}.lock.owner`, 'utf8').then(
    (text) => /"pid":(\d+)/.exec(text)?.[1], // stopped while writing it: incomplete
    () => undefined,
  );
  const locked = await access(`${location}.lock`).then(
    () => true,
    () => false,
  );
  if (owner === String(child.process.pid) && locked) return true;
  child.process.kill('SIGCONT');
  return false;
}

const committedIds = (child: Child): string[] =>
  child.lines.filter((line) => line.startsWith('committed ')).map((line) => line.slice('committed '.length));

describe('one lowdb store shared by several processes', () => {
  it('two ingests and a bot writing its own state at once: every report and the state are kept', async () => {
    const location = await tempStore();
    const writers = [start('ingest', location, '甲', '30'), start('ingest', location, '乙', '30')];
    const bot = start('bot', location, '-', '40');
    expect(await Promise.all([...writers, bot].map((child) => child.exited))).toEqual([0, 0, 0]);
    const store = await openStore(location);
    const ids = new Set((await store.list()).map((report) => report.id));
    expect(ids.size).toBe(60);
    for (const id of writers.flatMap(committedIds)) expect(ids).toContain(id);
    expect(await store.getMeta('digest.lastSentAt')).toBeDefined();
    expect(Object.keys((await store.listMeta?.()) ?? {}).filter((key) => key.startsWith('claim:'))).toHaveLength(40);
  });

  it('the lock of a writer stopped past the stale time is not taken over: the other waits, nothing is lost', async () => {
    for (let round = 0; round < 2; round++) {
      const location = await tempStore();
      const stalled = start('ingest', location, '甲', '40');
      // Stop it (SIGSTOP: none of its timers run) while it holds the lock, with a report or two written.
      while (stalled.lines.length < 2 + round) await new Promise((resolve) => setTimeout(resolve, 5));
      while (!(await stopWhileHolding(stalled, location))) await new Promise((resolve) => setTimeout(resolve, 1));
      const other = start('ingest', location, '乙', '5');
      await new Promise((resolve) => setTimeout(resolve, 3_500)); // past the 2 s stale time, and tsx's start-up
      expect(committedIds(other)).toEqual([]); // its holder is alive: the lock was not taken from it
      stalled.process.kill('SIGCONT');
      expect(await Promise.all([stalled.exited, other.exited])).toEqual([0, 0]);
      const store = await openStore(location);
      const ids = new Set((await store.list()).map((report) => report.id));
      expect(ids.size).toBe(45);
      for (const id of [...committedIds(stalled), ...committedIds(other)]) expect(ids).toContain(id);
      await store.close();
    }
  }, 60_000);

  it('survives kill -9 of any writer at random moments: committed reports kept, the lock taken over', async () => {
    const next = random(15);
    for (let round = 0; round < 3; round++) {
      const location = await tempStore();
      const all = [start('ingest', location, '甲', '25'), start('ingest', location, '乙', '25')];
      all.push(start('bot', location, '-', '30'));
      const victim = all[Math.floor(next() * all.length)] as Child;
      // A random moment while all three write: after the victim's k-th write, plus up to 40 ms.
      const k = Math.floor(next() * 20);
      while (victim.lines.length < k) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, next() * 40));
      const committedBeforeKill = committedIds(victim);
      victim.process.kill('SIGKILL');
      const codes = await Promise.all(all.map((child) => child.exited));
      expect(codes.filter((code) => code === 'SIGKILL').length).toBeLessThanOrEqual(1);
      expect(codes.filter((code) => code !== 'SIGKILL').every((code) => code === 0)).toBe(true);
      const store = await openStore(location);
      const ids = new Set((await store.list()).map((report) => report.id));
      for (const id of [...committedBeforeKill, ...all.filter((child) => child !== victim).flatMap(committedIds)])
        expect(ids).toContain(id);
      // The next write clears a killed writer's temp file; the lock directory is released.
      await store.setMeta('after', String(round));
      const names = await readdir(join(location, '..'));
      expect(names.filter((name) => name.endsWith('.tmp') || name.endsWith('.lock'))).toEqual([]);
      await store.close();
    }
  }, 90_000);
});
