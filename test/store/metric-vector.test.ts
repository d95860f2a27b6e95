import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS, DISCLOSURE_ROWS, disclosureFields, REVIEW_GROUPS } from '../../src/parser/index.js';
import { METRIC_VECTOR, metricPosition } from '../../src/store/postgres/metric-vector.js';

describe('the PostgreSQL metric vector', () => {
  it('keeps the layout stored databases were written with (a change needs a migration that rewrites metrics)', async () => {
    const stored = JSON.parse(await readFile('test/fixtures/store/metric-vector-layout.json', 'utf8')) as string[][];
    expect(METRIC_VECTOR.slice(0, stored.length)).toEqual(stored);
  });

  it("holds every cell of the tables' definitions, each once", () => {
    const paths = METRIC_VECTOR.map((path) => path.join('/'));
    expect(new Set(paths).size).toBe(paths.length);
    for (const row of APPLICATION_ROWS) expect(metricPosition(['applications', row, 'natural'])).toBeGreaterThan(0);
    for (const group of REVIEW_GROUPS) expect(metricPosition(['reviewLitigation', group, 'total'])).toBeGreaterThan(0);
    for (const row of DISCLOSURE_ROWS)
      for (const field of disclosureFields(row))
        expect(metricPosition(['activeDisclosure', row, field.name])).toBeGreaterThan(0);
    expect(metricPosition(['applications', 'disclosed', 'total'])).toBeUndefined();
  });
});
