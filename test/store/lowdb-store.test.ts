import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
