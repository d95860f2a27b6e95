// Parsing in parse processes gives what parsing in the main thread gives, on both backends.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type IngestOutcome,
  ingestFiles,
  ingestFilesInParallel,
  listReportFiles,
  openStore,
} from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from './postgres-schema.js';

const schemas: TestSchema[] = [];
afterAll(async () => {
  await Promise.all(schemas.map((schema) => schema.drop()));
});

const backends = [
  ['lowdb', async () => join(await mkdtemp(join(tmpdir(), 'nianbao-ingest-')), 'store.json')],
  [
    'postgres',
    async () => {
      const schema = await createTestSchema();
      schemas.push(schema);
      return schema.url;
    },
  ],
] as const;

/** The sample reports, a file that is not a report, and one that does not exist. */
async function mixedFiles(): Promise<string[]> {
  const notReport = join(await mkdtemp(join(tmpdir(), 'nianbao-files-')), 'menu.txt');
  await writeFile(notReport, '今日菜单：米饭、青菜。');
  return [...(await listReportFiles(['data/reports'])), notReport, '/nonexistent/report.txt'];
}

const byFile = (outcomes: readonly IngestOutcome[]) => [...outcomes].sort((a, b) => a.file.localeCompare(b.file));

describe.each(backends)('ingest --workers on %s', (_name, newLocation) => {
  it('stores the same reports and reports the same outcomes as ingest in the main thread', async () => {
    const files = await mixedFiles();
    const [inThread, onWorkers] = [await openStore(await newLocation()), await openStore(await newLocation())];
    const expected = await ingestFiles(inThread, files);
    const progress: number[] = [];
    const commits: number[] = [];
    const outcomes = await ingestFilesInParallel(onWorkers, files, {
      workers: 2,
      batchSize: 3,
      onProgress: (done) => progress.push(done),
      onCommit: (committed) => commits.push(committed),
    });
    expect(byFile(outcomes)).toEqual(byFile(expected));
    expect(outcomes.map((entry) => entry.outcome)).toEqual([
      'added',
      'added',
      'added',
      'added',
      'added',
      'failed',
      'failed',
    ]);
    expect(outcomes[6]).toEqual({
      file: '/nonexistent/report.txt',
      outcome: 'failed',
      reason: '/nonexistent/report.txt: cannot read the file (ENOENT)',
    });
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(commits.at(-1)).toBe(5);
    expect(commits).toEqual([...commits].sort((a, b) => a - b));
    // Written in file order, whichever worker finished first.
    expect((await onWorkers.list()).map((report) => report.id)).toEqual(
      outcomes.flatMap((entry) => ('id' in entry ? [entry.id] : [])),
    );
    const byId = (reports: readonly { id: string }[]) => [...reports].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await onWorkers.list())).toEqual(byId(await inThread.list()));
    expect((await onWorkers.get('深圳市南山区人民政府/2020'))?.applications?.newReceived?.total).toBe(262);
    expect(
      (await ingestFilesInParallel(onWorkers, files.slice(0, 5), { workers: 3 })).map((entry) => entry.outcome),
    ).toEqual(Array(5).fill('unchanged'));
    await Promise.all([inThread.close(), onWorkers.close()]);
  });
});
