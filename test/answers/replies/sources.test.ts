// Where a reply's numbers come from: the table and row beside each number, and one footer at the end naming each
// report once by its title (organ + year + 政府信息公开工作年度报告) with its page when the store has one. Never a
// file path of the server, in any kind of reply. Over the sample reports, some given web pages (one with Chinese in
// its path), and a 2021 copy of 龙岗区's report so that a change has two reports.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, citeReports, createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import type { Store } from '../../../src/store/index.js';
import { LONGGANG, LONGGANG_DRC, listOnlyStore, NANSHAN, openSampleAnswerStore, variantOf } from '../sample-store.js';

/** Web pages of some reports; the others were ingested from files and have none. */
const PAGES: Readonly<Record<string, string>> = {
  [`${LONGGANG}/2022`]: 'https://www.lg.gov.cn/xxgk/政务公开/t20230120_10345.html',
  [`${NANSHAN}/2020`]: 'https://www.szns.gov.cn/xxgk/ndbg/2021/262.html?id=5&y=2020',
};

const TITLE = /《[^《》]*?政府信息公开工作年度报告》|《[^《》]*?政府信息公開工作年度報告》/gu;
/** What a server path looks like in a reply: the store's files, a temp dir, an extension. */
const PATH = /data\/reports|synthetic\/|\/tmp\/|\/work\/|\.txt|\.pdf|\.docx/u;

const title = (org: string, year: number): string => `《${org}${year}年政府信息公开工作年度报告》`;

let sample: Store;
let engine: Engine;
beforeAll(async () => {
  sample = await openSampleAnswerStore();
  const reports = await sample.list();
  const withPages = reports.map((report): Report => {
    const url = PAGES[report.id];
    return url ? { ...report, source: { ...report.source, url } } : report;
  });
  const longgang = reports.find((report) => report.id === `${LONGGANG}/2022`) as Report;
  engine = createEngine({
    store: listOnlyStore([...withPages, variantOf(longgang, { year: 2021, newReceivedTotal: 500 })]),
  });
});
afterAll(async () => sample.close());

/** The titles a reply names, in order, with repeats. */
const titlesIn = (text: string): string[] => [...text.matchAll(TITLE)].map((match) => match[0]);

/** Every question of the shared set, and one of each kind of reply. */
async function questions(): Promise<string[]> {
  const shared = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
  return [
    ...shared.map((entry) => entry.q),
    '你有哪些报告？',
    '哪些报告数据对不上',
    '2020年哪个单位收到的申请最多？',
    '2022年收到申请最多的前三个单位',
    '哪些单位有行政诉讼？',
    '龙岗区2022年比南山区2020年多多少',
    '2020年全部单位合计收到多少申请',
    '南山区2020年收到的申请排第几',
    '龙岗区2022年自然人申请占比多少？',
    '龙岗区2022年收到的申请比2021年增加了多少',
    '龙岗区发展和改革局2020年的数据对得上吗',
    'How many applications did Longgang receive in 2022?',
    'Which organ received the most applications in 2020?',
    '龍崗區2022年收到多少申請',
  ];
}

describe('every reply', () => {
  it('names no server path and each report at most once; a reply with facts ends with their reports, once each', async () => {
    const problems: string[] = [];
    let footers = 0;
    for (const question of await questions()) {
      const answer = await engine.answer(question);
      const said = `${question}\n${answer.answer}`;
      if (PATH.test(answer.answer)) problems.push(`a path: ${said}`);
      const titles = titlesIn(answer.answer);
      if (new Set(titles).size !== titles.length) problems.push(`a report cited twice: ${said}`);
      for (const url of Object.values(PAGES))
        if (answer.answer.split(url).length > 2) problems.push(`a page cited twice: ${said}`);
      if (answer.facts.length === 0) continue;
      footers += 1;
      const cited = [...new Set(answer.facts.map((fact) => title(fact.org, fact.year)))];
      const footer = footerOf(answer);
      if (footer === undefined) problems.push(`no footer: ${said}`);
      else if (titlesIn(footer).length !== Math.min(cited.length, 10)) problems.push(`not its reports: ${said}`);
    }
    expect(problems).toEqual([]);
    expect(footers).toBeGreaterThanOrEqual(30);
  });
});

/** The reply's last lines from 来源：/ Source: on, when they are the footer of its facts. */
function footerOf(answer: Answer): string | undefined {
  const lines = answer.answer.split('\n');
  const at = lines.findIndex((line) => /^(来源：|來源：|Sources?:)/u.test(line));
  return at < 0 ? undefined : lines.slice(at).join('\n');
}

describe('the source footer', () => {
  it('is the report title and its page, after the table and row beside the number', async () => {
    const answer = await engine.answer('龙岗区2022年收到多少政府信息公开申请？');
    expect(answer.answer).toBe(
      `深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：${title(LONGGANG, 2022)} ${PAGES[`${LONGGANG}/2022`]}`,
    );
    // Programs still get the file and the page with each fact (ask --json).
    expect(answer.facts[0]?.source).toMatchObject({ file: 'data/reports/longgang-district-2022.txt' });
    expect(answer.facts[0]?.source.url).toBe(PAGES[`${LONGGANG}/2022`]);
  });

  it('lists several reports once each, in the order the reply states them, pages where the store has them', async () => {
    const answer = await engine.answer('龙岗区2022年、南山区2020年和龙岗区发改局2020年收到多少申请');
    expect(answer.answer.split('\n').slice(-4)).toEqual([
      '来源：',
      `- ${title(LONGGANG, 2022)} ${PAGES[`${LONGGANG}/2022`]}`,
      `- ${title(NANSHAN, 2020)} ${PAGES[`${NANSHAN}/2020`]}`,
      `- ${title(LONGGANG_DRC, 2020)}`,
    ]);
  });

  it('names the two reports of a change, each once', async () => {
    const answer = await engine.answer('龙岗区2022年收到的申请比2021年增加了多少');
    expect(answer.facts.map((fact) => fact.value)).toEqual([500, 552, 52, 10.4]);
    expect(answer.answer.split('\n').slice(-3)).toEqual([
      '来源：',
      `- ${title(LONGGANG, 2021)}`,
      `- ${title(LONGGANG, 2022)} ${PAGES[`${LONGGANG}/2022`]}`,
    ]);
  });

  it('is in English for an English reply', async () => {
    const answer = await engine.answer('How many applications did Longgang receive in 2022?');
    expect(answer.answer.split('\n').at(-1)).toBe(`Source: ${title(LONGGANG, 2022)} ${PAGES[`${LONGGANG}/2022`]}`);
  });

  it('keeps the page exactly as stored in a Traditional reply, Chinese path included', async () => {
    const answer = await engine.answer('龍崗區2022年收到多少申請');
    expect(answer.answer.split('\n').at(-1)).toBe(
      `來源：《深圳市龍崗區人民政府2022年政府信息公開工作年度報告》 ${PAGES[`${LONGGANG}/2022`]}`,
    );
  });

  it('cites the reports a check finds inconsistent', async () => {
    const answer = await engine.answer('哪些报告数据对不上');
    expect(titlesIn(answer.answer)).toEqual([title('深圳市龙华区政务服务数据管理局', 2020), title(LONGGANG_DRC, 2020)]);
  });

  it('names at most ten reports, then how many more', () => {
    const cited = Array.from({ length: 12 }, (_, at) => ({ org: `第${at + 1}局`, year: 2022 }));
    const footer = citeReports([...cited, ...cited], 'zh').split('\n');
    expect(footer).toEqual([
      '来源：',
      ...cited.slice(0, 10).map((report) => `- ${title(report.org, 2022)}`),
      '……另有 2 份报告',
    ]);
    expect(citeReports(cited, 'en').split('\n').at(-1)).toBe('… and 2 more reports');
    expect(citeReports([], 'zh')).toBe('');
  });
});
