// A store write failing half-way (as on a full disk), injected under the store so that it runs as any user:
// the error names the store and the reason, the file and the reader's view stay as they were, no temp file is left.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';
import { makeReport } from './sample-reports.js';

const failing = vi.hoisted(() => ({ code: undefined as string | undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = async (path, data, options) => {
    if (failing.code === undefined || !String(path).endsWith('.tmp')) return actual.writeFile(path, data, options);
    await actual.writeFile(path, (data as Buffer).subarray(0, 100), options); // a part lands, then the disk is full
    throw Object.assign(new Error(`${failing.code}: no space left on device, write`), { code: failing.code });
  };
  return { ...actual, writeFile, default: { ...actual, writeFile } };
});

const folders: string[] = [];
afterEach(async () => {
  failing.code = undefined;
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('a store write that fails half-way', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EDQUOT', 'the disk quota is used up'],
    ['EIO', 'EIO: no space left on device, write'],
  ])('%s: a StoreError saying so, nothing changed, no temp file left', async (code, reason) => {
    const folder = await mkdtemp(join(tmpdir(), 'nianbao-write-failure-'));
    folders.push(folder);
    const path = join(folder, 'store.json');
    const store = await openStore(path);
    await store.put([makeReport('甲局', 2022, 'a')]);
    const before = await readFile(path, 'utf8');
    failing.code = code;
    const put = store.put([makeReport('乙局', 2022, 'b')]);
    await expect(put).rejects.toThrow(StoreError);
    await expect(put).rejects.toThrow(`${path}: cannot write the store (${reason}); the store was left as it was.`);
    await expect(store.setMeta('digest.lastSentAt', 'x')).rejects.toThrow(StoreError);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(folder)).sort()).toEqual(['store.json']);
    expect((await store.list()).map((report) => report.id)).toEqual(['甲局/2022']);
    failing.code = undefined;
    expect(await store.put([makeReport('乙局', 2022, 'b')])).toEqual(['added']);
    await store.close();
  });
});
