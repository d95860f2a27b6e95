// Writers of one lowdb file take turns across processes through a lock directory beside it (proper-lockfile):
// a running bot, ingests and a watcher may all write one store.
//
// Who holds the lock is written beside it (`<file>.lock.owner`: host, pid, and the lock directory's inode), so a
// lock left by a dead process on this host is taken over at once, and the lock of a live one never is, however
// long it is paused (a stopped process, a frozen VM): taking over a live writer's lock could lose its write or
// the taker's. Only a lock whose owner cannot be checked (another host sharing the file, an owner not yet
// written) goes by time: it is taken over once proper-lockfile has not refreshed it for `staleMs`.
import { mkdir, readFile, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreError } from '../errors.js';

export interface LockOptions {
  /** A lock whose owner cannot be checked is taken over when not refreshed for this long (ms, at least 2000). */
  readonly staleMs?: number;
  /** How long a writer waits for a live holder before giving up (ms). */
  readonly waitMs?: number;
}

/** Ten seconds: longer than any event-loop stall of a live writer (a 10,000-report store serializes in < 1 s). */
export const DEFAULT_STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 60_000;

/** Held by the caller of `fn`: false once the lock was lost (its directory removed or changed by another). */
export type StillHeld = () => boolean;

interface Owner {
  readonly host: string;
  readonly pid: number;
  readonly lock: string;
}

/**
 * Runs `fn` holding the lock of the file at `path` (the directory `${path}.lock`). Throws a StoreError naming
 * the holder when it cannot be had within `waitMs`.
 */
export async function withFileLock<T>(
  path: string,
  fn: (stillHeld: StillHeld) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = `${path}.lock`;
  const ownerPath = `${lockPath}.owner`;
  let held = true;
  await mkdir(dirname(path), { recursive: true }).catch(() => undefined); // a failure is reported by the lock
  const release = await acquire(path, lockPath, ownerPath, options, () => {
    held = false; // checked before the write lands; proper-lockfile would otherwise throw from a timer
  });
  try {
    return await fn(() => held);
  } finally {
    await unlink(ownerPath).catch(() => undefined);
    await release().catch(() => undefined); // a lock taken from us is no longer ours to remove
  }
}

async function acquire(
  path: string,
  lockPath: string,
  ownerPath: string,
  options: LockOptions,
  onCompromised: () => void,
): Promise<() => Promise<void>> {
  const staleMs = Math.max(2_000, options.staleMs ?? DEFAULT_STALE_MS);
  const deadline = performance.now() + (options.waitMs ?? DEFAULT_WAIT_MS);
  for (let pause = 5; ; pause = Math.min(100, pause * 1.5)) {
    try {
      const release = await lockfile.lock(path, {
        lockfilePath: lockPath,
        realpath: false, // the store file may not exist yet
        stale: 24 * 60 * 60 * 1000, // staleness is judged below, by the owner; proper-lockfile only refreshes
        update: 1_000,
        onCompromised,
      });
      const lock = await lockId(lockPath);
      const owner: Owner = { host: hostname(), pid: process.pid, lock: lock ?? '' };
      await writeFile(ownerPath, JSON.stringify(owner)).catch(() => undefined); // without it, time decides
      return release;
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      if (code !== 'ELOCKED') throw new StoreError(`${path}: cannot lock the store (${message})`, { cause: error });
    }
    const verdict = await judgeHolder(lockPath, ownerPath, staleMs);
    if (verdict.dead) {
      // Only the dead holder's directory: another waiter may already have removed it and locked anew.
      if ((await lockId(lockPath)) === verdict.lock) await rmdir(lockPath).catch(() => undefined);
      continue;
    }
    if (performance.now() > deadline) {
      const waited = Math.round((options.waitMs ?? DEFAULT_WAIT_MS) / 1000);
      throw new StoreError(
        `${path}: ${verdict.holder} kept the store locked for ${waited} s. Try again when it is done; if no nianbao process is running, remove ${lockPath}.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** Whether the lock's holder is gone: a dead process on this host, else (owner unknown) a lock gone stale. */
async function judgeHolder(
  lockPath: string,
  ownerPath: string,
  staleMs: number,
): Promise<{ dead: boolean; holder: string; lock?: string }> {
  const [lock, owner] = await Promise.all([lockId(lockPath), readOwner(ownerPath)]);
  if (lock === undefined) return { dead: false, holder: 'another process' }; // released meanwhile: try again
  if (owner && owner.lock === lock && owner.host === hostname()) {
    return { dead: !isAlive(owner.pid), holder: `process ${owner.pid}`, lock };
  }
  const modified = await stat(lockPath).then(
    (info) => info.mtimeMs,
    () => Date.now(),
  );
  const holder = owner ? `process ${owner.pid} on ${owner.host}` : 'another process';
  return { dead: Date.now() - modified > staleMs, holder, lock };
}

/** The lock directory's identity: a new lock is a new directory. */
async function lockId(lockPath: string): Promise<string | undefined> {
  return stat(lockPath, { bigint: true }).then(
    (info) => `${info.dev}:${info.ino}:${info.birthtimeNs}`,
    () => undefined,
  );
}

async function readOwner(ownerPath: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(ownerPath, 'utf8')) as Partial<Owner>;
    return typeof owner.host === 'string' && typeof owner.pid === 'number' && typeof owner.lock === 'string'
      ? (owner as Owner)
      : undefined;
  } catch {
    return undefined;
  }
}

/** True while a process of this id exists (EPERM: it exists, as another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
