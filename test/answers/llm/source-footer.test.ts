// The source footer gives a model no numbers to use: nianbao appends it to a reply the guard accepted, the model
// never sees it, and digits that stand only in a report's title or page (its year, 20230120, 10345) are numerals of
// the model's own when it writes them. Through the engine, the model played by the local stand-in, over the sample
// reports with 龙岗区 2022 given a web page (with Chinese in its path) and 南山区 2020 another.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Report } from '../../../src/parser/index.js';
import type { Store } from '../../../src/store/index.js';
import { listOnlyStore } from '../sample-store.js';
import { openSampleReportsStore } from './sample-store.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

const PAGE = 'https://www.lg.gov.cn/xxgk/政务公开/t20230120_10345.html';
const NANSHAN_PAGE = 'https://www.szns.gov.cn/ndbg/2021/3119.html';
const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';
const FOOTER = `\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》 ${PAGE}`;
const GOOD = '{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。';

let standIn: StandIn;
let sample: Store;
let reports: Report[];
let engine: Engine;
let logged: string[];
beforeAll(async () => {
  [standIn, sample] = await Promise.all([startStandIn(), openSampleReportsStore()]);
  const pages: Readonly<Record<string, string>> = {
    '深圳市龙岗区人民政府/2022': PAGE,
    '深圳市南山区人民政府/2020': NANSHAN_PAGE,
  };
  reports = (await sample.list()).map((report) => {
    const url = pages[report.id];
    return url ? { ...report, source: { ...report.source, url } } : report;
  });
});
afterAll(async () => {
  await Promise.all([standIn.close(), sample.close()]);
});
beforeEach(() => {
  standIn.requests.length = 0;
  logged = [];
  engine = createEngine({
    store: listOnlyStore(reports),
    llm: createStandInLlm(standIn, (line) => logged.push(line), 2000),
  });
});

describe('a reply with a source footer', () => {
  it('is accepted with the footer appended once, which the model was never shown', async () => {
    standIn.reply(() => ({ content: GOOD }));
    const answer = await engine.answer(QUESTION);
    expect(answer).toMatchObject({
      via: 'llm',
      answer: `2022年，深圳市龙岗区人民政府收到政府信息公开申请共552 件（表三“本年新收政府信息公开申请数量”总计）。${FOOTER}`,
    });
    const prompt = standIn.requests.flatMap((request) => request.messages.map((message) => message.content)).join();
    expect(prompt).not.toContain(PAGE);
    expect(prompt).not.toContain('10345');
    expect(prompt).not.toContain('年度报告》');
  });

  it.each([
    ['the value changed to digits of the page', GOOD.replace('{{v1}}', '10345件'), 'the numeral "10345"'],
    ['the value changed to the date in the page', GOOD.replace('{{v1}}', '20230120件'), 'the numeral "20230120"'],
    ['the value changed to the year of the title', GOOD.replace('{{v1}}', '2022件'), 'the numeral "2022"'],
    ['a number added from the page', `${GOOD}另见编号10345`, 'the numeral "10345"'],
    [
      'the footer written by the model',
      `${GOOD}来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》`,
      'the numeral "2022"',
    ],
    ['the page written by the model', `${GOOD}详见 ${PAGE}`, 'stands outside the placeholders'],
    ['a placeholder for the footer', `${GOOD}{{src2}}`, "the placeholder {{src2}} is not one of the template's"],
    ['a placeholder for a citation', `${GOOD}{{cite1}}`, "the placeholder {{cite1}} is not one of the template's"],
  ])('is refused (the template sent) with %s', async (_name, content, reason) => {
    standIn.reply(() => ({ content }));
    const answer = await engine.answer(QUESTION);
    expect(answer.via).toBe('llm-fallback');
    expect(answer.answer).toBe(
      `深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）${FOOTER}`,
    );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(reason);
  });

  it("refuses a value swapped for a number standing only in another report's page", async () => {
    // 3119 is no fact of this answer (and 南山区's page is not shown to the model): a numeral of the model's own.
    standIn.reply(() => ({
      content: '{{year1}}，{{org1}}{{metric1}}{{v1}}{{src1}}；{{year2}}，{{org2}}{{metric1}}3119件{{src1}}。',
    }));
    const answer = await engine.answer('龙岗区2022年和南山区2020年收到多少申请');
    expect(answer.via).toBe('llm-fallback');
    expect(answer.answer.split('\n').slice(-3)).toEqual([
      '来源：',
      `- 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》 ${PAGE}`,
      `- 《深圳市南山区人民政府2020年政府信息公开工作年度报告》 ${NANSHAN_PAGE}`,
    ]);
    expect(logged[0]).toContain('the numeral "3119"');
  });

  it('keeps the page unchanged when the reply is converted to Traditional after the guard', async () => {
    standIn.reply(() => ({ content: GOOD }));
    const answer = await engine.answer('龍崗區2022年收到多少政府信息公開申請？');
    expect(answer.via).toBe('llm');
    expect(answer.answer.endsWith(` ${PAGE}`)).toBe(true);
    expect(answer.answer).toContain('來源：《深圳市龍崗區人民政府2022年政府信息公開工作年度報告》');
  });
});
