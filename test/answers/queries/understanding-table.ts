// Understanding tested as exact question → Query pairs (or → clarify / not_understood), over a store of the five
// sample reports and the real reports of test/fixtures/real-reports (a city, a district and a county of Jiangsu).
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine, EMPTY_QUERY, type Engine, normalizeQuestion, type Query } from '../../../src/answers/index.js';
import { createStoreReader, type StoreIndex } from '../../../src/answers/organs/index.js';
import { type Understanding, understand } from '../../../src/answers/understand/index.js';
import { openSampleStore, type Store } from '../../../src/store/index.js';

export const HUAIAN = '淮安市人民政府';
export const HONGZE = '淮安市洪泽区人民政府';
export const SHUYANG = '沐阳县人民政府';

/** What a question must be understood as: a query (fields beside EMPTY_QUERY's), a clarify, or not understood. */
export type Expected =
  | Partial<Query>
  | 'not_understood'
  /** A count of organs the store does not match (龙岗区两个单位): which of these? */
  | { readonly chooseOrgans: readonly string[] }
  /** A count of years (两年加起来) that nothing says the years of: which years? */
  | { readonly chooseYears: number }
  | {
      readonly clarify: readonly string[];
      readonly meant?: readonly string[];
      readonly query?: Partial<Query>;
    };

export type Pair = readonly [question: string, expected: Expected];

/**
 * The reports the tables are read over: the samples, and one text of each real report (not the layout twin), with
 * `moreReal` real reports beside them (洪泽区's 2023, for questions comparing its two years).
 */
async function openStoreOfAll(moreReal: readonly string[]): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-queries-'));
  const reports = join(dir, 'reports');
  await mkdir(reports);
  for (const file of await readdir('data/reports')) await copyFile(join('data/reports', file), join(reports, file));
  for (const file of [
    'hongze-district-2024-pdftext.txt',
    'huaian-city-2024-pdftext.txt',
    'shuyang-county-2025-ocr.txt',
    ...moreReal,
  ])
    await copyFile(join('test/fixtures/real-reports', file), join(reports, file));
  return openSampleStore(join(dir, 'store.json'), reports);
}

export interface UnderstandingTable {
  readonly engine: Engine;
  /** One test per pair: the question's understanding, exactly. */
  run(pairs: readonly Pair[]): void;
}

/** The store, its vocabulary and an engine, opened once for a test file. */
export function useUnderstandingTable(moreReal: readonly string[] = []): UnderstandingTable {
  let opened: { store: Store; index: StoreIndex; engine: Engine } | undefined;
  beforeAll(async () => {
    const store = await openStoreOfAll(moreReal);
    opened = { store, index: await createStoreReader(store).vocabulary(), engine: createEngine({ store }) };
  }, 60_000);
  afterAll(async () => opened?.store.close());
  const table: UnderstandingTable = {
    get engine() {
      if (!opened) throw new Error('the store opens before the tests');
      return opened.engine;
    },
    run(pairs) {
      it.each<Pair>(pairs)('%s', (question, expected) => {
        if (!opened) throw new Error('the store opens before the tests');
        expectUnderstood(understand(normalizeQuestion(question), opened.index), expected, question);
      });
    },
  };
  return table;
}

function expectUnderstood(understood: Understanding, expected: Expected, question: string): void {
  const why = `${question}\n${JSON.stringify(understood)}`;
  if (expected === 'not_understood') {
    expect(understood, why).toEqual({ kind: 'not_understood' });
    return;
  }
  if ('chooseOrgans' in expected) {
    expect(understood.kind, why).toBe('chooseOrgans');
    if (understood.kind === 'chooseOrgans') expect(understood.candidates, why).toEqual(expected.chooseOrgans);
    return;
  }
  if ('chooseYears' in expected) {
    expect(understood.kind, why).toBe('chooseYears');
    if (understood.kind === 'chooseYears') expect(understood.count, why).toBe(expected.chooseYears);
    return;
  }
  if ('clarify' in expected) {
    expect(understood.kind, why).toBe('clarify');
    if (understood.kind !== 'clarify') return;
    // The figures offered, closest first: those expected lead the list (more may follow).
    expect(understood.candidates.slice(0, expected.clarify.length), why).toEqual(expected.clarify);
    expect(understood.meant, why).toEqual(expected.meant ?? []);
    if (expected.query) expect(understood.query, why).toMatchObject(expected.query);
    return;
  }
  expect(withoutNotes(understood), why).toEqual({ kind: 'query', query: { ...EMPTY_QUERY, ...expected } });
}

/** The understanding without the notes for the reply (how 去年 was counted): the tables assert the query. */
function withoutNotes(understood: Understanding): Understanding {
  if (understood.kind !== 'query' || understood.relativeYears === undefined) return understood;
  const { relativeYears: _note, ...query } = understood;
  return query;
}
