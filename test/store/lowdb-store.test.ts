import { spawnSync } from 'node:child_process';
import { link, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import { openStore } from '../../src/store/index.js';
import { makeReport } from './sample-reports.js';
import { describeStoreContract } from './store-contract.js';

async function tempStorePath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'nianbao-store-')), 'store.json');
}

describeStoreContract({
  name: 'lowdb',
  newLocation: tempStorePath,
  options: { lowdb: { recheckMs: 0, lock: { staleMs: 2000 } } },
});

describe('lowdb store', () => {
  it('writes a versioned JSON file', async () => {
    const path = await tempStorePath();
    const store = await openStore(path);
    await store.put([makeReport('甲区人民政府', 2022, 'a')]);
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(1);
  });

  it('refuses a file that is not a store, saying so', async () => {
    const path = await tempStorePath();
    await writeFile(path, '{"hello": 1}');
    await expect(openStore(path)).rejects.toThrow(StoreError);
    await writeFile(path, '{not json');
    await expect(openStore(path)).rejects.toThrow(/not valid JSON/);
  });

  it('removes the temp files of writers killed mid-write (the new file and the backup link), not those of live ones', async () => {
    const path = await tempStorePath();
    const store = await openStore(path);
    await store.put([makeReport('甲区人民政府', 2022, 'a')]);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid; // a process that has ended
    const left = [`.store.json.${dead}.0123abcd.tmp`, `store.json.bak.${dead}.tmp`];
    const live = `store.json.bak.${process.ppid}.tmp`;
    for (const name of [...left, live]) await writeFile(join(dirname(path), name), '{}');
    await store.put([makeReport('乙区人民政府', 2022, 'b')]);
    const names = await readdir(dirname(path));
    for (const name of left) expect(names).not.toContain(name);
    expect(names).toContain(live);
    await store.close();
  });

  it('leaves no temp file when a killed writer left the backup a link to the current file', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'nianbao-lowdb-')), 'store.json');
    const store = await openStore(path);
    await store.put([makeReport('甲区人民政府', 2022, 'a')]);
    // What a writer killed after linking the backup and before landing its new file leaves behind.
    await rm(`${path}.bak`, { force: true });
    await link(path, `${path}.bak`);
    await store.put([makeReport('乙区人民政府', 2022, 'b')]);
    expect((await readdir(dirname(path))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await stat(`${path}.bak`)).ino).not.toBe((await stat(path)).ino);
    await store.close();
  });
});
