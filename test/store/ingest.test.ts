import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listReportFiles, openStore, type Store } from '../../src/store/index.js';

describe('ingestFiles', () => {
  it('spaces its store writes by how long the last one took, so a large batch is not rewritten every 50 files', async () => {
    const store = await openStore(join(await mkdtemp(join(tmpdir(), 'nianbao-ingest-')), 'store.json'));
    let clock = 0;
    const writes: number[] = [];
    // Each write "takes" a second and each file 10 ms: after the first write, the next is due 4 s later.
    const slowStore: Store = {
      ...store,
      put: async (reports) => {
        writes.push(reports.length);
        clock += 1000;
        return store.put(reports);
      },
    };
    const samples = await listReportFiles(['data/reports']);
    const files = Array.from({ length: 40 }, () => samples).flat();
    const commits: number[] = [];
    const outcomes = await ingestFiles(slowStore, files, {
      now: () => clock,
      onProgress: () => {
        clock += 10;
      },
      onCommit: (committed) => commits.push(committed),
    });
    expect(writes).toEqual([50, 150]);
    expect(commits).toEqual([50, 200]);
    expect(outcomes.filter((entry) => entry.outcome === 'added')).toHaveLength(5);
    expect(outcomes.filter((entry) => entry.outcome === 'unchanged')).toHaveLength(195);
  });
});
