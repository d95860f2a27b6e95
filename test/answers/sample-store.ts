// The store the answer tests run on: the five sample reports in data/reports, read by the real parser.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Answer, createEngine, type Engine, type Fact, type Lang } from '../../src/answers/index.js';
import { toTraditionalText } from '../../src/answers/reply/index.js';
import type { Report } from '../../src/parser/index.js';
import { openSampleStore, type Store } from '../../src/store/index.js';

// The organs of the sample reports, as the answers name them.
export const LONGGANG = '深圳市龙岗区人民政府';
export const NANSHAN = '深圳市南山区人民政府';
export const LONGGANG_DRC = '深圳市龙岗区发展和改革局';
export const LONGGANG_DATA = '深圳市龙岗区政务服务数据管理局';
export const LONGHUA_DATA = '深圳市龙华区政务服务数据管理局';

/** One expected answer: the status, values that must be among the facts, organs the reply must name. */
export type Row = readonly [
  question: string,
  status: Answer['status'],
  values: readonly number[],
  organs: readonly string[],
];

/** A fresh store on a temp file, built from data/reports by the parser. */
export async function openSampleAnswerStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-answers-'));
  return openSampleStore(join(dir, 'store.json'), 'data/reports');
}

/** A store that only lists the given reports: for synthetic stores (other organs, more years, many reports). */
export function listOnlyStore(reports: readonly Report[]): Store {
  const unused = async (): Promise<never> => {
    throw new Error('not used by the answer engine');
  };
  return {
    list: async () => reports,
    put: unused,
    get: unused,
    find: unused,
    listIngestedSince: unused,
    getMeta: unused,
    setMeta: unused,
    close: async () => {},
  };
}

/** A copy of a report under another organ, region, level or year, with some cells changed. */
export function variantOf(
  report: Report,
  changes: { org?: string; region?: string | null; level?: Report['level']; year?: number; newReceivedTotal?: number },
): Report {
  const org = changes.org ?? report.org;
  const year = changes.year ?? report.year;
  const applications =
    report.applications && changes.newReceivedTotal !== undefined
      ? {
          ...report.applications,
          newReceived: {
            ...(report.applications.newReceived ?? {
              natural: 0,
              commercial: 0,
              research: 0,
              social: 0,
              legal: 0,
              other: 0,
              total: 0,
            }),
            total: changes.newReceivedTotal,
          },
        }
      : report.applications;
  return {
    ...report,
    org,
    year,
    id: `${org}/${year}`,
    region: changes.region === undefined ? report.region : changes.region,
    level: changes.level ?? report.level,
    source: { ...report.source, file: `synthetic/${org}-${year}.txt` },
    applications,
  };
}

/**
 * A fact's value as a person reads it, written here independently of the phrase book: digits grouped in thousands
 * (8,759), in Chinese money in the unit the report printed it in (170,815.4 万元), in English in yuan; 12.5%.
 */
export function writtenValue(fact: Fact, lang: Lang = 'zh'): string {
  const isPrinted = lang === 'zh' && fact.printedUnit !== undefined;
  const scale = !isPrinted ? 1 : fact.printedUnit === '亿元' ? 1e8 : 1e4;
  const digits = (fact.value / scale).toLocaleString('en-US', { maximumFractionDigits: 10 });
  if (fact.unit === '%') return `${digits}%`;
  if (lang === 'zh') return `${digits} ${isPrinted ? fact.printedUnit : fact.unit}`;
  const unit = { 元: ' yuan', 项: ' items', 倍: ' times' }[fact.unit] ?? '';
  return `${digits}${unit}`;
}

/** Asserts that `reply` names `organ`, in Traditional when the reply is (test/answers/replies/traditional.test.ts). */
export function expectNamed(reply: string, organ: string, why = reply): void {
  expect(
    [organ, toTraditionalText(organ)].some((name) => reply.includes(name)),
    `${why}\nnames ${organ}`,
  ).toBe(true);
}

/**
 * Asks one question and asserts its row: the status, each value among the facts (a single value the first
 * fact), each organ named, and no number at all unless answered.
 */
export async function expectAnswer(
  engine: Engine,
  [question, status, values, organs]: Row,
  conversationId?: string,
): Promise<Answer> {
  const answer = await engine.answer(question, { conversationId });
  const why = `${question}\n${answer.answer}`;
  expect(answer.status, why).toBe(status);
  const stated = answer.facts.map((fact) => fact.value);
  if (values.length === 1) expect(stated[0], why).toBe(values[0]);
  for (const value of values) expect(stated, why).toContain(value);
  for (const organ of organs) expectNamed(answer.answer, organ, why);
  if (status !== 'answered') expect(stated, why).toEqual([]);
  return answer;
}

/** A test file's sample store and engine (opened before its tests, closed after) with its row checks. */
export interface SampleEngine {
  readonly store: Store;
  readonly engine: Engine;
  /** The shared row check on this engine. */
  expectAnswer(row: Row, conversationId?: string): Promise<Answer>;
  /** One test per row. */
  run(rows: readonly Row[]): void;
}

export function useSampleEngine(): SampleEngine {
  let opened: { store: Store; engine: Engine } | undefined;
  beforeAll(async () => {
    const store = await openSampleAnswerStore();
    opened = { store, engine: createEngine({ store }) };
  });
  afterAll(async () => opened?.store.close());
  const sample: SampleEngine = {
    get store() {
      if (!opened) throw new Error('the sample store opens before the tests');
      return opened.store;
    },
    get engine() {
      if (!opened) throw new Error('the sample engine starts before the tests');
      return opened.engine;
    },
    expectAnswer: (row, conversationId) => expectAnswer(sample.engine, row, conversationId),
    run(rows) {
      it.each<Row>(rows)('%s', async (...row) => {
        await sample.expectAnswer(row);
      });
    },
  };
  return sample;
}
