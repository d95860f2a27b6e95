// Table 四 of a seed report (南山区 2020, Word cells) printed back in layouts other reports use: its groups in
// another order under headers that say so, headers wrapped over lines, a line of five per group after its name, and
// damaged cells. The rest of the report is the seed's own text; every read must give the seed's exact values and
// checks, and a table whose cells cannot be read is left null with a check saying why, never guessed.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/parser/index.js';
import { expectedFieldsOf, parseText, readExpected, readSample } from './read-report.js';

const SEED = 'nanshan-district-2020';
const expected = readExpected(SEED);

/** The seed's text with its table 四 (heading to section 五) replaced by `lines` after the heading. */
function withReviewTable(lines: readonly string[], heading?: string): Report {
  const text = readSample(SEED).split('\n');
  const start = text.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
  const end = text.findIndex((line, i) => i > start && line.startsWith('五、'));
  const table = [heading ?? text[start] ?? '', ...lines, ''];
  return parseText([...text.slice(0, start), ...table, ...text.slice(end)].join('\n'));
}

const RESULTS = '结果维持 结果纠正 其他结果 尚未审结 总计';
/** The seed's groups as it prints them: 复议 5 / / / 5, 未经复议直接起诉 1 / / 1 2, 复议后起诉 2 / / / 2. */
const REVIEW = '5 / / / 5';
const DIRECT = '1 / / 1 2';
const AFTER_REVIEW = '2 / / / 2';
const wordCells = (line: string): string[] => line.split(' ').map((cell) => `\t${cell}`);

const readsTheSeed = (report: Report) => {
  expect(expectedFieldsOf(report)).toEqual(expectedFieldsOf(expected));
  expect([...new Set(report.checks.map((check) => check.rule))].sort()).toEqual([...expected.checkRules].sort());
};

describe('table 四 with its groups in another order, as its header says', () => {
  it('reads 行政诉讼 printed before 行政复议 (PDF rows)', () => {
    readsTheSeed(
      withReviewTable([
        '行政诉讼 行政复议',
        `未经复议直接起诉 复议后起诉 ${RESULTS}`,
        `${RESULTS} ${RESULTS}`,
        `${DIRECT} ${AFTER_REVIEW} ${REVIEW}`,
      ]),
    );
  });

  it('reads 复议后起诉 printed before 未经复议直接起诉 (Word cells)', () => {
    readsTheSeed(
      withReviewTable([
        ...wordCells('行政复议 行政诉讼'),
        '',
        ...wordCells(`${RESULTS} 复议后起诉 未经复议直接起诉`),
        '',
        ...wordCells(`${RESULTS} ${RESULTS}`),
        '',
        ...wordCells(`${REVIEW} ${AFTER_REVIEW} ${DIRECT}`),
      ]),
    );
  });

  it('reads a line of five per group after its name, 行政诉讼 first (PDF rows)', () => {
    readsTheSeed(
      withReviewTable([
        RESULTS,
        `行政诉讼（复议后起诉） ${AFTER_REVIEW}`,
        `行政诉讼（未经复议直接起诉） ${DIRECT}`,
        `行政复议 ${REVIEW}`,
      ]),
    );
  });

  it('reads 行政诉讼 first under a heading that lost a character (行政诉讼�况)', () => {
    readsTheSeed(
      withReviewTable(
        [
          '行政诉讼 行政复议',
          `未经复议直接起诉 复议后起诉 ${RESULTS}`,
          `${RESULTS} ${RESULTS}`,
          `${DIRECT} ${AFTER_REVIEW} ${REVIEW}`,
        ],
        '四、政府信息公开行政复议、行政诉讼\ufffd况',
      ),
    );
  });

  it('reads the template order when a line per group names it', () => {
    readsTheSeed(
      withReviewTable([
        RESULTS,
        `行政复议 ${REVIEW}`,
        `行政诉讼（未经复议直接起诉） ${DIRECT}`,
        `行政诉讼（复议后起诉） ${AFTER_REVIEW}`,
      ]),
    );
  });
});

describe('table 四 with its header cells wrapped over lines (PDF text)', () => {
  it('reads each cell over two lines, 行政 / 复议 and 未经复议 / 直接起诉, 行政诉讼 first', () => {
    readsTheSeed(
      withReviewTable([
        ...['行政', '诉讼', '行政', '复议'],
        ...[
          '未经复议',
          '直接起诉',
          '复议后',
          '起诉',
          '结果',
          '维持',
          '结果',
          '纠正',
          '其他',
          '结果',
          '尚未',
          '审结',
          '总计',
        ],
        ...`${RESULTS} ${RESULTS}`.split(' ').flatMap((word) => [word.slice(0, 2), word.slice(2)].filter(Boolean)),
        `${DIRECT} ${AFTER_REVIEW} ${REVIEW}`,
      ]),
    );
  });

  it('reads header rows printed as three lines of pieces, in the template order', () => {
    readsTheSeed(
      withReviewTable([
        '行政 行政',
        '复议 诉讼',
        '结果 结果 其他 尚未 总 未经 复议',
        '维持 纠正 结果 审结 计 复议 后起',
        '直接起诉 诉',
        '结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
        '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
        `${REVIEW} ${DIRECT} ${AFTER_REVIEW}`,
      ]),
    );
  });
});

describe('table 四 with a damaged cell is left unread with a check saying why', () => {
  const header = ['行政复议 行政诉讼', `${RESULTS} 未经复议直接起诉 复议后起诉`, `${RESULTS} ${RESULTS}`];
  const unread = (report: Report, why: string) => {
    expect(report.reviewLitigation).toBeNull();
    expect(report.checks.filter((check) => check.table === '四')).toEqual([
      {
        rule: 'table.missing',
        severity: 'error',
        table: '四',
        message: `表四（政府信息公开行政复议、行政诉讼情况）的数字未能读取（${why}）`,
      },
    ]);
    expect(report.applications).toEqual(expected.applications);
    expect(report.activeDisclosure).toEqual(expected.activeDisclosure);
  };

  it('a letter in place of a digit (S for 5)', () => {
    unread(withReviewTable([...header, `S / / / 5 ${DIRECT} ${AFTER_REVIEW}`]), '单元格不是数字：S');
  });

  it('a letter among digits (1O for 10), Word cells', () => {
    const cells = wordCells(`10 / / / 10 ${DIRECT} ${AFTER_REVIEW}`).map((cell, i) => (i === 0 ? '\t1O' : cell));
    unread(withReviewTable([...header.flatMap(wordCells), ...cells]), '单元格不是数字：1O');
  });

  it('two cells run together (1 2 printed 12)', () => {
    unread(withReviewTable([...header, `${REVIEW} 1 / / 12 ${AFTER_REVIEW}`]), '印出 14 个数字，应为 15 个');
  });

  it('two numbers in one Word cell (1 2): two cells merged or a stray space, nothing tells', () => {
    const cells = wordCells(`${REVIEW} 1 / / 1 2 ${AFTER_REVIEW}`);
    const merged = [...cells.slice(0, 8), '\t1 2', ...cells.slice(10)];
    unread(withReviewTable([...header.flatMap(wordCells), ...merged]), '各数字属于哪一栏无法确定');
  });

  it('group words only in pieces, 行政诉讼 first (行政 行政 / 诉讼 复议): nothing says whose numbers are whose', () => {
    const pieces = [
      '行政 行政',
      '诉讼 复议',
      '未经复议 复议后 结果 结果 其他 尚未 总',
      '直接起诉 起诉 维持 纠正 结果 审结 计',
      '结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
      '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
    ];
    unread(withReviewTable([...pieces, `${DIRECT} ${AFTER_REVIEW} ${REVIEW}`]), '各数字属于哪一栏无法确定');
  });

  it('group words only in pieces, 复议后起诉 first (复议 未经复 / 后起 议直接)', () => {
    const pieces = [
      '行政 行政',
      '复议 诉讼',
      '结果 结果 其他 尚未 总 复议 未经复',
      '维持 纠正 结果 审结 计 后起 议直接',
      '诉 起诉',
      '结果 结果 其他 尚未 总 结果 结果 其他 尚未 总',
      '维持 纠正 结果 审结 计 维持 纠正 结果 审结 计',
    ];
    unread(withReviewTable([...pieces, `${REVIEW} ${AFTER_REVIEW} ${DIRECT}`]), '各数字属于哪一栏无法确定');
  });

  it('a cell missing', () => {
    unread(withReviewTable([...header, `${REVIEW} 1 / 1 2 ${AFTER_REVIEW}`]), '印出 14 个数字，应为 15 个');
  });
});

it('a report whose table 四 is cut out entirely says it was not found', () => {
  const text = readSample(SEED).split('\n');
  const start = text.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
  const end = text.findIndex((line, i) => i > start && line.startsWith('五、'));
  const report = parseText([...text.slice(0, start), ...text.slice(end)].join('\n'));
  expect(report.checks.filter((check) => check.table === '四').map((check) => check.message)).toEqual([
    '未找到表四（政府信息公开行政复议、行政诉讼情况）',
  ]);
});
