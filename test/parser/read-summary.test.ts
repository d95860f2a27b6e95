// The read summary, derived from a report's JSON: cells read from labelled rows, cells missing, checks failed and
// how the figures its prose states compare with its tables.
import { describe, expect, it } from 'vitest';
import { type Report, summarizeReading } from '../../src/parser/index.js';
import { parseText, readSample } from './read-report.js';

describe('read summary', () => {
  it.each([
    // Template 2021: table 二 10 cells, table 三 25 rows of 7 (（六）其他处理 is the sum of its read sub-rows), 四 15.
    ['longgang-data-bureau-2021', 200, 0, { compared: 1, agreeing: 1, disagreeing: 0 }],
    // Template 2019: table 二 22 cells, table 三 23 rows of 7, 四 15; two balance checks fail.
    ['longgang-development-reform-2020', 198, 2, { compared: 0, agreeing: 0, disagreeing: 0 }],
    ['longgang-district-2022', 200, 0, { compared: 1, agreeing: 1, disagreeing: 0 }],
    ['longhua-data-bureau-2020', 198, 3, { compared: 1, agreeing: 1, disagreeing: 0 }],
    ['nanshan-district-2020', 198, 0, { compared: 3, agreeing: 3, disagreeing: 0 }],
  ])('%s: %i cells read, none missing, %i checks failed', (name, cellsRead, checksFailed, narrative) => {
    expect(summarizeReading(parseText(readSample(name)))).toEqual({
      cellsRead,
      cellsMissing: 0,
      checksFailed,
      narrative,
    });
  });

  it('a table not found counts all its cells missing; a prose figure about it is not compared', () => {
    const nanshan = readSample('nanshan-district-2020');
    const report = parseText(nanshan.slice(0, nanshan.indexOf('四、政府信息公开行政复议')));
    expect(summarizeReading(report)).toEqual({
      cellsRead: 183,
      cellsMissing: 15,
      checksFailed: 0,
      narrative: { compared: 1, agreeing: 1, disagreeing: 0 },
    });
  });

  it('a row not read counts its seven cells missing', () => {
    const nanshan = readSample('nanshan-district-2020');
    const row = nanshan.indexOf('\t2.重复申请');
    const report = parseText(nanshan.slice(0, row) + nanshan.slice(nanshan.indexOf('\t3.', row)));
    expect(report.applications?.['notProcessed.duplicate']).toBeUndefined();
    expect(summarizeReading(report)).toMatchObject({ cellsRead: 191, cellsMissing: 7 });
  });

  it('a disagreeing figure is counted apart from the checks failed', () => {
    const report = parseText(readSample('nanshan-district-2020').replace('共收到262宗', '共收到226宗'));
    expect(summarizeReading(report)).toMatchObject({
      checksFailed: 0,
      narrative: { compared: 3, agreeing: 2, disagreeing: 1 },
    });
  });

  it('a report stored before the prose was compared has no narrative figures', () => {
    const { narrative: _, ...older } = parseText(readSample('nanshan-district-2020'));
    expect(summarizeReading(older as Report).narrative).toBeNull();
  });
});
