// Text against table: the key figures a report's prose states plainly are compared with the table cells they
// restate (rule narrative.mismatch). No false mismatch on the sample or real reports; a changed figure on either
// side is found and named; what the prose does not state plainly is never compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Check, parseFile, type Report } from '../../src/parser/index.js';
import { parseText, REAL_REPORTS_DIR, readSample } from './read-report.js';

const narrativeChecks = (report: Report): Check[] =>
  report.checks.filter((check) => check.rule === 'narrative.mismatch');

/** A fixture of our own making: `text` with `from` (which must occur exactly once) changed to `to`. */
function changeOnce(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1, from).toBe(1);
  return text.replace(from, to);
}

describe('no false mismatch: every plain statement in the sample and real reports agrees with its table', () => {
  // How many statements each report's prose makes plainly (all compared, all agreeing).
  it.each([
    // 我局未收到政府信息公开申请: 0 applications, as table 三 prints.
    ['data/reports/longgang-data-bureau-2021.txt', 1],
    ['data/reports/longgang-development-reform-2020.txt', 0],
    // 全区共受理政府信息公开申请552件次（同比…in its own clause; 其中自然人申请489件 is a sub-count, not compared).
    ['data/reports/longgang-district-2022.txt', 1],
    ['data/reports/longhua-data-bureau-2020.txt', 1],
    // 共收到262宗…申请; 行政复议案件共5宗; 行政诉讼案件共4宗 = 2 direct + 2 after review.
    ['data/reports/nanshan-district-2020.txt', 3],
    [join(REAL_REPORTS_DIR, 'hongze-district-2023-layout.txt'), 1],
    [join(REAL_REPORTS_DIR, 'hongze-district-2023.pdf'), 1],
    // 区政府办代表区政府受理政府信息公开申请 17 件 counts the office's own applications, not the district's 95 in
    // table 三: a narrower subject, so not compared (the report does not contradict itself).
    [join(REAL_REPORTS_DIR, 'hongze-district-2024-pdftext.txt'), 0],
    // 受理 3119, 答复 3050, 上年度结转 34, 103 件顺延到下年度, 行政复议 351, 行政诉讼 46 = 26 + 20.
    [join(REAL_REPORTS_DIR, 'huaian-city-2024-pdftext.txt'), 6],
    [join(REAL_REPORTS_DIR, 'huaian-city-2024.pdf'), 6],
    // 受理 749 = 新收 713 + 上年结转 36; 共办理 718; 结转下一年 31.
    [join(REAL_REPORTS_DIR, 'shuyang-county-2025-ocr.txt'), 3],
  ])('%s: %i statements compared, none disagreeing', async (file, compared) => {
    const report = await parseFile(file);
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared });
  });
});

describe('the patterns keep no state between reads', () => {
  it('one text read twice, and after another, states the same figures each time', async () => {
    const huaian = join(REAL_REPORTS_DIR, 'huaian-city-2024-pdftext.txt');
    const first = await parseFile(huaian);
    await parseFile('data/reports/nanshan-district-2020.txt');
    const again = await parseFile(huaian);
    expect(again.narrative).toEqual({ compared: 6 });
    expect(again.checks).toEqual(first.checks);
  });
});

describe('a changed figure on either side is found, naming the sentence and the cell', () => {
  const nanshan = readSample('nanshan-district-2020');

  it('a narrative number changed: 共收到262宗 printed as 226宗', () => {
    const report = parseText(changeOnce(nanshan, '共收到262宗', '共收到226宗'));
    expect(report.narrative).toEqual({ compared: 3 });
    expect(report.checks).toEqual([
      {
        rule: 'narrative.mismatch',
        severity: 'warning',
        table: '三',
        row: 'newReceived',
        column: 'total',
        cells: [{ row: 'newReceived', column: 'total' }],
        sentence: '2020年我区各部门共收到226宗政府信息公开申请,同比增加4.8%,均在法定期限内答复。',
        message:
          '正文“2020年我区各部门共收到226宗政府信息公开申请”：收到申请 226 ≠ 表三“本年新收政府信息公开申请数量”总计 262',
        expected: 226,
        actual: 262,
      },
    ]);
  });

  it('a table cell changed where every sum still adds up: 行政复议 5 misread as 6 (结果维持 and 总计)', () => {
    const review = '\t5\n\t/\n\t/\n\t/\n\t5\n\t1\n';
    const report = parseText(changeOnce(nanshan, review, review.replaceAll('5', '6')));
    expect(report.reviewLitigation?.review).toEqual({ upheld: 6, corrected: 0, other: 0, pending: 0, total: 6 });
    // Only the prose catches it: 行政复议案件共5宗.
    expect(report.checks.map((check) => [check.rule, check.row, check.expected, check.actual])).toEqual([
      ['narrative.mismatch', 'review', 5, 6],
    ]);
    expect(report.checks[0]?.message).toBe(
      '正文“我区因政府信息公开被提起的行政复议案件共5宗”：行政复议 5 ≠ 表四“行政复议”总计 6',
    );
  });

  it('a terse list of figures (收到申请262宗、办结235宗、结转33宗；行政复议5宗): each is compared, one changed is found', () => {
    const sentence = '2020年我区各部门共收到262宗政府信息公开申请，同比增加4.8%，均在法定期限内答复。';
    const terse = '2020年，全区共收到申请262宗、办结235宗、结转33宗；行政复议5宗、行政诉讼4宗。';
    const agreeing = parseText(changeOnce(nanshan, sentence, terse));
    expect(narrativeChecks(agreeing)).toEqual([]);
    expect(agreeing.narrative).toEqual({ compared: 7 });
    const changed = parseText(changeOnce(nanshan, sentence, terse.replace('办结235宗', '办结253宗')));
    expect(narrativeChecks(changed).map((check) => [check.row, check.expected, check.actual])).toEqual([
      ['total', 253, 235],
    ]);
  });

  it('未发生政府信息公开行政复议、行政诉讼案件 states 0 for both', () => {
    const none = '我局未发生政府信息公开行政复议、行政诉讼案件。';
    const said = '2021年，我局未收到政府信息公开申请。';
    const agreeing = parseText(changeOnce(readSample('longgang-data-bureau-2021'), said, `${said}${none}`));
    expect(narrativeChecks(agreeing)).toEqual([]);
    expect(agreeing.narrative).toEqual({ compared: 3 });
    const report = parseText(
      changeOnce(nanshan, '同比增加4.8%，均在法定期限内答复。', `同比增加4.8%，均在法定期限内答复。${none}`),
    );
    expect(narrativeChecks(report).map((check) => [check.table, check.expected, check.actual])).toEqual([
      ['四', 0, 5],
      ['四', 0, 4],
    ]);
  });

  it('a sentence of prose without 。 is kept cut around the figure', () => {
    const long = `${'政务公开工作稳步推进'.repeat(40)}，全区共收到226宗政府信息公开申请，${'持续优化服务'.repeat(30)}`;
    const report = parseText(changeOnce(nanshan, '2020年我区各部门共收到262宗政府信息公开申请', long));
    const [check] = narrativeChecks(report);
    expect(check?.sentence).toHaveLength(202);
    expect(check?.sentence).toContain('全区共收到226宗政府信息公开申请');
    expect(check?.sentence?.startsWith('…')).toBe(true);
  });

  it('a table cell changed that a sum check catches too: both fail', () => {
    const report = parseText(changeOnce(nanshan, '\t5\n\t/\n\t/\n\t/\n\t5\n\t1\n', '\t5\n\t/\n\t/\n\t/\n\t4\n\t1\n'));
    expect(report.checks.map((check) => check.rule).sort()).toEqual(['narrative.mismatch', 'reviewLitigation.total']);
  });

  it('行政诉讼 N 件 restates both litigation groups: their sum, naming both cells', () => {
    const report = parseText(changeOnce(nanshan, '行政诉讼案件共4宗', '行政诉讼案件共3宗'));
    const [check, ...others] = narrativeChecks(report);
    expect(others).toEqual([]);
    expect(check).toMatchObject({
      table: '四',
      cells: [
        { row: 'litigationDirect', column: 'total' },
        { row: 'litigationAfterReview', column: 'total' },
      ],
      expected: 3,
      actual: 4,
    });
    expect(check?.row).toBeUndefined();
  });
});

describe('only what a sentence states plainly is compared', () => {
  const nanshan = readSample('nanshan-district-2020');
  const sentence = '2020年我区各部门共收到262宗政府信息公开申请';

  it.each([
    ['another year', '2019年我区各部门共收到100宗政府信息公开申请'],
    ['a comparison', '2020年我区各部门比上年多收到100宗政府信息公开申请'],
    ['a change', '2020年我区各部门收到政府信息公开申请增加100件'],
    ['an approximation', '2020年我区各部门共收到100余宗政府信息公开申请'],
    ['a narrower subject', '2020年区政府办共收到100宗政府信息公开申请'],
    ['two figures together', '2020年我区行政复议、行政诉讼案件共100宗'],
    ['applications not named', '2020年我区各部门共收到100宗咨询'],
  ])('%s is not compared', (_, replacement) => {
    const report = parseText(changeOnce(nanshan, sentence, replacement));
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared: 2 });
  });

  it("受理 may count last year's applications with the new ones; 新收 may not", () => {
    const shuyang = readFileSync(join(REAL_REPORTS_DIR, 'shuyang-county-2025-ocr.txt'), 'utf8');
    const received = '全县全年共受理政府信息公开申请 749 件';
    expect(narrativeChecks(parseText(shuyang))).toEqual([]);
    const report = parseText(changeOnce(shuyang, received, '全县全年共新收政府信息公开申请 749 件'));
    expect(narrativeChecks(report).map((check) => [check.row, check.expected, check.actual])).toEqual([
      ['newReceived', 749, 713],
    ]);
  });

  it('行政复议 and 行政诉讼 are compared only in a sentence about 政府信息公开 (not the cases a government reviews)', () => {
    const report = parseText(
      changeOnce(nanshan, '我区因政府信息公开被提起的行政复议案件共5宗', '我区行政复议案件共9宗'),
    );
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared: 1 });
  });

  it('a sentence that splits the figures by level (本级) is not compared', () => {
    const split = '2020年全区共收到300宗政府信息公开申请,区本级收到262宗政府信息公开申请';
    const report = parseText(changeOnce(nanshan, sentence, split));
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared: 2 });
  });

  it('行政诉讼 may count only the suits brought directly', () => {
    const report = parseText(changeOnce(nanshan, '行政诉讼案件共4宗', '行政诉讼案件共2宗'));
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared: 3 });
  });

  it('办理 may count the applications carried forward with those handled; 办结 may not', () => {
    const shuyang = readFileSync(join(REAL_REPORTS_DIR, 'shuyang-county-2025-ocr.txt'), 'utf8');
    expect(narrativeChecks(parseText(changeOnce(shuyang, '共办理 718 件', '共办理 749 件')))).toEqual([]);
    const report = parseText(changeOnce(shuyang, '共办理 718 件', '共办结 749 件'));
    expect(narrativeChecks(report).map((check) => [check.row, check.expected, check.actual])).toEqual([
      ['total', 749, 718],
    ]);
  });

  it('a figure whose cells were not read is not compared', () => {
    const withoutReview = nanshan.slice(0, nanshan.indexOf('四、政府信息公开行政复议'));
    const report = parseText(withoutReview);
    expect(report.reviewLitigation).toBeNull();
    expect(narrativeChecks(report)).toEqual([]);
    expect(report.narrative).toEqual({ compared: 1 });
  });
});
