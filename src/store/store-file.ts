// The lowdb store file on disk: read and checked, written whole through a temp file and a rename.
//
// Every file nianbao writes ends with the sha256 of the text before it (`,"sha256":"…"}`, still plain JSON). A
// file whose seal matches is as nianbao wrote it and is loaded at the cost of JSON.parse; any other file (edited
// by hand, damaged, or from an older nianbao) is checked against the schema, so that nothing answers from a
// malformed store. The previous version is kept as `<file>.bak` (a hard link: no copy) for recovery.
import { createHash, randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreError } from '../errors.js';
import { describeIssues } from './describe-issues.js';
import { type StoreFile, StoreFileSchema } from './store-file-schema.js';
import { isAlive } from './store-lock.js';

export const emptyStoreFile = (): StoreFile => ({
  version: 1,
  reports: [],
  ingestedAt: {},
  addedAt: {},
  failingSince: {},
  meta: {},
});

/** Identifies one version of the file on disk: every write is a new inode, and mtime/size catch edits in place. */
export type FileStamp = string;

/** The stamp of the file at `path` now, or null when there is none. */
export async function stampOf(path: string): Promise<FileStamp | null> {
  try {
    const info = await stat(path, { bigint: true });
    return `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StoreError(`${path}: cannot read the store (${(error as Error).message})`, { cause: error });
  }
}

const SEAL = /,"sha256":"([0-9a-f]{64})"\}\s*$/;

/**
 * lowdb's adapter for the store file. `read` gives null when there is no file and throws a StoreError saying
 * what is wrong and how to recover when the file is not a valid store.
 */
export class StoreFileAdapter implements Adapter<StoreFile> {
  /**
   * Asked just before a write lands; false when another process took the lock over (as stale) or replaced the
   * file since this writer read it: the write is then abandoned with a WriteConflict, to be redone on a fresh read.
   */
  mayLand: () => Promise<boolean> = async () => true;

  constructor(private readonly path: string) {}

  async read(): Promise<StoreFile | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new StoreError(`${this.path}: cannot read the store (${(error as Error).message})`, { cause: error });
    }
    const sealed = isSealed(bytes);
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      const what = bytes.length === 0 ? 'is empty' : `is not valid JSON (${(error as Error).message})`;
      throw await this.malformed(`the store file ${what}`, error);
    }
    return sealed ? (data as StoreFile) : this.check(data);
  }

  /** Writes the whole file atomically. The temp file is removed when anything fails (a full disk above all). */
  async write(data: StoreFile): Promise<void> {
    const temp = join(
      dirname(this.path),
      `.${basename(this.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
    );
    await this.removeOrphans();
    try {
      await writeFile(temp, sealedJson(data));
      if (!(await this.mayLand())) throw new WriteConflict(this.path);
      await this.keepBackup();
      await rename(temp, this.path);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      if (error instanceof WriteConflict) throw error;
      const { code, message } = error as NodeJS.ErrnoException;
      const reason = code === 'ENOSPC' ? 'the disk is full' : code === 'EDQUOT' ? 'the disk quota is used up' : message;
      throw new StoreError(`${this.path}: cannot write the store (${reason}); the store was left as it was.`, {
        cause: error,
      });
    }
  }

  /**
   * Temp files of writers that died mid-write (kill -9): their process is gone, so nothing will finish them. Both
   * kinds: the new file's (`.store.json.<pid>.<hex>.tmp`) and the backup link's (`store.json.bak.<pid>.tmp`).
   */
  private async removeOrphans(): Promise<void> {
    const file = basename(this.path);
    const names = await readdir(dirname(this.path)).catch(() => [] as string[]);
    for (const name of names) {
      const pid = name.startsWith(`.${file}.`)
        ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name.slice(file.length + 2))?.[1]
        : name.startsWith(`${file}.bak.`)
          ? /^(\d+)\.tmp$/.exec(name.slice(file.length + 5))?.[1]
          : undefined;
      if (pid !== undefined && !isAlive(Number(pid)))
        await unlink(join(dirname(this.path), name)).catch(() => undefined);
    }
  }

  /** Links the current file as `.bak` before it is replaced; best effort (a file system without hard links has none). */
  private async keepBackup(): Promise<void> {
    const backup = `${this.path}.bak`;
    const temp = `${backup}.${process.pid}.tmp`;
    try {
      await unlink(temp).catch(() => undefined); // left by a killed process whose pid this one now has
      await link(this.path, temp);
      await rename(temp, backup);
      // A writer killed between this step and landing its file leaves the backup a link to the current file; a
      // rename onto another link of the same file does nothing and keeps the temp name, so remove it.
      await unlink(temp).catch(() => undefined);
    } catch {
      await unlink(temp).catch(() => undefined);
    }
  }

  private async check(data: unknown): Promise<StoreFile> {
    const file = data as { version?: unknown } | null;
    if (file && typeof file === 'object' && typeof file.version === 'number' && file.version > 1) {
      throw new StoreError(
        `${this.path}: the store was written by a newer nianbao (file version ${file.version}); upgrade nianbao to read it.`,
      );
    }
    const parsed = StoreFileSchema.safeParse(data);
    if (!parsed.success) throw await this.malformed(describeIssues(parsed.error.issues, data), parsed.error);
    const duplicate = findDuplicateId(data as StoreFile);
    if (duplicate !== undefined) throw await this.malformed(`the report ${duplicate} appears twice`);
    const { reports, ingestedAt, meta } = data as StoreFile;
    return { version: 1, reports, ingestedAt: ingestedAt ?? {}, meta: meta ?? {} };
  }

  private async malformed(what: string, cause?: unknown): Promise<StoreError> {
    const backup = `${this.path}.bak`;
    const hasBackup = (await stampOf(backup).catch(() => null)) !== null;
    const recover = [
      hasBackup ? `restore the version before the last write (mv ${backup} ${this.path})` : undefined,
      `move the file away and ingest the reports again (nianbao ingest <folder> --store ${this.path})`,
    ].filter((step) => step !== undefined);
    return new StoreError(
      `${this.path}: not a valid nianbao store: ${what}. Nothing was read or changed. To recover, ${recover.join(', or ')}.`,
      { cause },
    );
  }
}

/** Another writer got in between this writer's read and its write: nothing was written, the change is to be redone. */
export class WriteConflict extends Error {
  constructor(path: string) {
    super(`${path}: another process wrote the store meanwhile`);
  }
}

function sealedJson(data: StoreFile): Buffer {
  const { version, reports, ingestedAt, meta } = data; // only the known keys: never an old seal
  const text = JSON.stringify({ version, reports, ingestedAt, meta });
  const head = Buffer.from(text.slice(0, -1), 'utf8');
  const seal = Buffer.from(`,"sha256":"${createHash('sha256').update(head).digest('hex')}"}`, 'utf8');
  return Buffer.concat([head, seal]);
}

function isSealed(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 100)).toString('latin1');
  const match = SEAL.exec(tail);
  if (!match) return false;
  const head = bytes.subarray(0, bytes.length - (tail.length - match.index));
  return createHash('sha256').update(head).digest('hex') === match[1];
}

function findDuplicateId(file: StoreFile): string | undefined {
  const seen = new Set<string>();
  for (const report of file.reports) {
    if (seen.has(report.id)) return report.id;
    seen.add(report.id);
  }
  return undefined;
}
