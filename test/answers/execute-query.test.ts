// The structured query, as a model would fill it, executed against the store; and year-over-year change.
import { beforeAll, expect, it } from 'vitest';
import {
  createEngine,
  EMPTY_QUERY,
  executeQuery,
  factsOf,
  phrase,
  type Query,
  QuerySchema,
  statusOf,
} from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

let reports: readonly Report[];
beforeAll(async () => {
  reports = await (await openSampleAnswerStore()).list();
});

const query = (fields: Partial<Query>): Query => QuerySchema.parse({ ...EMPTY_QUERY, ...fields });

it('executes a model-filled query naming organs as people write them', async () => {
  const result = await executeQuery(
    query({ organs: ['龙岗区'], years: [2022], metric: 'reviewLitigation.litigation.total' }),
    reports,
  );
  expect(statusOf(result)).toBe('answered');
  expect(factsOf(result).map((fact) => [fact.org, fact.value])).toEqual([['深圳市龙岗区人民政府', 38]]);
  expect(phrase(result, 'zh')).toContain('表四');
});

it('runs a threshold on a list of organs only: a model query with one elsewhere is not understood', async () => {
  const listed = await executeQuery(
    query({ years: [2020], metric: 'applications.newReceived.total', aggregation: 'nonzero', above: 3 }),
    reports,
  );
  expect(factsOf(listed).map((fact) => [fact.org, fact.value])).toEqual([
    ['深圳市南山区人民政府', 262],
    ['深圳市龙岗区发展和改革局', 4],
  ]);
  const ranked = await executeQuery(
    query({ years: [2020], metric: 'applications.newReceived.total', aggregation: 'max', above: 3 }),
    reports,
  );
  expect([statusOf(ranked), factsOf(ranked)]).toEqual(['not_understood', []]);
});

it('labels facts in the language asked for', async () => {
  const result = await executeQuery(
    query({ organs: ['深圳市南山区人民政府'], years: [2020], metric: 'applications.newReceived.natural' }),
    reports,
    { lang: 'en' },
  );
  expect(factsOf(result)[0]).toMatchObject({
    value: 236,
    label: 'new information disclosure applications received (natural persons)',
    unit: '件',
  });
});

it('rejects a query with an unknown metric at the schema', async () => {
  expect(QuerySchema.safeParse({ ...EMPTY_QUERY, metric: 'applications.madeUp.total' }).success).toBe(false);
});

it('ranks over a region given as a scope', async () => {
  const result = await executeQuery(
    query({ regions: ['龙岗区'], aggregation: 'max', metric: 'applications.newReceived.total' }),
    reports,
  );
  expect(factsOf(result).map((fact) => fact.org)).toEqual(['深圳市龙岗区人民政府']);
});

it('limits a ranking to departments', async () => {
  const result = await executeQuery(
    query({
      level: 'department',
      years: [2020],
      aggregation: 'top',
      limit: 2,
      metric: 'applications.newReceived.total',
    }),
    reports,
  );
  expect(factsOf(result).map((fact) => [fact.org, fact.value])).toEqual([
    ['深圳市龙岗区发展和改革局', 4],
    ['深圳市龙华区政务服务数据管理局', 1],
  ]);
});

it('answers no_data, never a number, for an organ or year the store lacks', async () => {
  for (const asked of [
    query({ organs: ['福田区'], metric: 'applications.newReceived.total' }),
    query({ organs: ['南山区'], years: [2019], metric: 'applications.newReceived.total' }),
  ]) {
    const result = await executeQuery(asked, reports);
    expect(statusOf(result)).toBe('no_data');
    expect(factsOf(result)).toEqual([]);
  }
});

it('computes the change between two stored years, as facts', async () => {
  const nanshan = reports.find((report) => report.org === '深圳市南山区人民政府') as Report;
  const store = listOnlyStore([...reports, variantOf(nanshan, { year: 2021, newReceivedTotal: 300 })]);
  const engine = createEngine({ store });
  const answer = await engine.answer('南山区2021年收到的申请比上年增加了多少？');
  expect(answer.status).toBe('answered');
  expect(answer.facts.map((fact) => [fact.metric, fact.year, fact.value])).toEqual([
    ['applications.newReceived.total', 2020, 262],
    ['applications.newReceived.total', 2021, 300],
    ['applications.newReceived.total:change', 2021, 38],
    ['applications.newReceived.total:changePercent', 2021, 14.5],
  ]);
  expect(answer.answer).toContain('+38 件');
  for (const question of [
    '南山区2020年和2021年分别收到多少申请',
    '南山区2020年至2021年收到多少申请',
    '南山区二〇二〇到二〇二一年收到的申请',
  ]) {
    expect(
      (await engine.answer(question)).facts.map((fact) => fact.value),
      question,
    ).toEqual([262, 300]);
  }
});

it('says which year is missing for a change', async () => {
  const result = await executeQuery(
    query({ organs: ['龙岗区'], aggregation: 'change', metric: 'applications.newReceived.total' }),
    reports,
  );
  expect(statusOf(result)).toBe('no_data');
  expect(phrase(result, 'zh')).toContain('没有深圳市龙岗区人民政府 2021年的报告');
});
