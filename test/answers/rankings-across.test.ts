// Rankings and lists across many organs (the cached figure arrays and the kept places): the same places a full
// sort gives, ties kept in store order, and a changed store read afresh.
import { beforeAll, expect, it } from 'vitest';
import { EMPTY_QUERY, executeQuery, factsOf, type Query, QuerySchema } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { openSampleAnswerStore, variantOf } from './sample-store.js';

const METRIC = 'applications.newReceived.total';
const query = (fields: Partial<Query>): Query =>
  QuerySchema.parse({ ...EMPTY_QUERY, metric: METRIC, years: [2030], ...fields });

/** 200 organs of one year; applications received cycle through 0–36, so most values are tied several times. */
let reports: readonly Report[];
beforeAll(async () => {
  const [base] = (await openSampleAnswerStore().then((store) => store.list())).filter((report) => report.applications);
  reports = Array.from({ length: 200 }, (_, at) =>
    variantOf(base as Report, {
      org: `测试市第${String(at).padStart(3, '0')}局`,
      region: null,
      level: 'department',
      year: 2030,
      newReceivedTotal: (at * 7) % 37,
    }),
  );
});

/** What a stable sort of every report gives: [organ, value] of the first `count`. */
function sortedPlaces(isDescending: boolean, count: number): [string, number][] {
  const scored = reports.map((report): [string, number] => [report.org, report.applications?.newReceived?.total ?? 0]);
  return scored.sort(([, a], [, b]) => (isDescending ? b - a : a - b)).slice(0, count);
}

const placesOf = async (fields: Partial<Query>): Promise<[string, number][]> =>
  factsOf(await executeQuery(query(fields), reports)).map((fact) => [fact.org, fact.value]);

it.each([
  ['top', 1],
  ['top', 7],
  ['top', 30],
  ['bottom', 3],
  ['bottom', 12],
] as const)('%s %i gives the places of a full sort, ties in store order', async (aggregation, limit) => {
  expect(await placesOf({ aggregation, limit })).toEqual(sortedPlaces(aggregation === 'top', limit));
});

it('names every organ tied for the most, counting them all', async () => {
  const result = await executeQuery(query({ aggregation: 'max' }), reports);
  expect(result).toMatchObject({ kind: 'ranking', tied: 5, compared: 200 });
  expect(factsOf(result).map((fact) => fact.value)).toEqual([36, 36, 36, 36, 36]);
});

it('lists the largest non-zero figures and counts the zeros', async () => {
  expect(await executeQuery(query({ aggregation: 'nonzero' }), reports)).toMatchObject({
    kind: 'nonzero',
    matched: 194,
    compared: 200,
  });
  expect(await executeQuery(query({ aggregation: 'zero' }), reports)).toMatchObject({
    kind: 'nonzero',
    matched: 6,
    compared: 200,
  });
});

it('reads a changed store afresh, though the same question was asked of the old one', async () => {
  expect(await placesOf({ aggregation: 'top', limit: 1 })).toEqual([['测试市第021局', 36]]);
  const changed = reports.map((report, at) => (at === 150 ? variantOf(report, { newReceivedTotal: 99 }) : report));
  const result = await executeQuery(query({ aggregation: 'top', limit: 1 }), changed);
  expect(factsOf(result).map((fact) => [fact.org, fact.value])).toEqual([['测试市第150局', 99]]);
});
