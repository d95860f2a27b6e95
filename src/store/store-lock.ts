// Writers of one lowdb file take turns across processes through a lock directory beside it (proper-lockfile):
// a running bot, ingests and a watcher may all write one store. The holder refreshes the lock's time while it
// works, so the lock of a killed process goes stale and the next writer takes it over.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import lockfile from 'proper-lockfile';
import { StoreError } from '../errors.js';

export interface LockOptions {
  /** A lock not refreshed for this long belongs to a dead process and is taken over (at least 2000 ms). */
  readonly staleMs?: number;
  /** How long a writer waits for the lock before giving up. */
  readonly waitMs?: number;
}

/** Ten seconds: longer than any event-loop stall of a live writer (a 10,000-report store serializes in < 1 s). */
export const DEFAULT_STALE_MS = 10_000;

/** Held by the caller of `fn`: false once another process has taken the lock over as stale. */
export type StillHeld = () => boolean;

/**
 * Runs `fn` holding the lock of the file at `path` (the directory `${path}.lock`). Throws a StoreError naming
 * the lock when it cannot be had within `waitMs`.
 */
export async function withFileLock<T>(
  path: string,
  fn: (stillHeld: StillHeld) => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const waitMs = options.waitMs ?? 3 * staleMs;
  const lockPath = `${path}.lock`;
  let held = true;
  await mkdir(dirname(path), { recursive: true }).catch(() => undefined); // a failure is reported by the lock
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(path, {
      lockfilePath: lockPath,
      realpath: false, // the store file may not exist yet
      stale: staleMs,
      retries: { retries: Math.ceil(waitMs / 100), minTimeout: 10, maxTimeout: 100, factor: 1.5 },
      onCompromised: () => {
        held = false; // checked before the write lands; proper-lockfile would otherwise throw from a timer
      },
    });
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new StoreError(
      code === 'ELOCKED'
        ? `${path}: another process kept the store locked for ${Math.round(waitMs / 1000)} s (${lockPath}). If no nianbao process is running, remove ${lockPath} and retry.`
        : `${path}: cannot lock the store (${message})`,
      { cause: error },
    );
  }
  try {
    return await fn(() => held);
  } finally {
    await release().catch(() => undefined); // a compromised lock is no longer ours to remove
  }
}
