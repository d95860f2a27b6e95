import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/index.js';
import { boldNumbers, escapeMrkdwn, formatSlackReply } from '../../src/bot/slack-blocks.js';
import { ANSWER_552, FACT_552 } from './helpers.js';

describe('Slack reply formatting', () => {
  it.each([
    ['申请 552 件', [552], '申请 *552* 件'],
    ['收到552件', [552], '收到 *552* 件'],
    ['处罚 34,389 件，许可 8759 件', [34389, 8759], '处罚 *34,389* 件，许可 *8759* 件'],
    ['5520 件与 1552 件都不是', [552], '5520 件与 1552 件都不是'],
    ['22293.4 元', [22293.4], '*22293.4* 元'],
    ['received 552.', [552], 'received *552*.'],
    // Only the figures: not the digits of a year, a file name or a table number.
    ['2015年 收到 15 件（data/reports/x-15.txt）', [15], '2015年 收到 *15* 件（data/reports/x-15.txt）'],
    [
      '2022年 收到 2022 件（来源：longgang-district-2022.txt）',
      [2022],
      '2022年 收到 *2022* 件（来源：longgang-district-2022.txt）',
    ],
    ['深圳市龙岗区人民政府, 2022: received 552', [552, 2022], '深圳市龙岗区人民政府, 2022: received *552*'],
    ['v552.1 与 552_a 不是', [552], 'v552.1 与 552_a 不是'],
  ])('boldNumbers(%j, %j)', (text, values, bolded) => {
    expect(
      boldNumbers(
        text,
        values.map((value) => ({ ...FACT_552, value })),
      ),
    ).toBe(bolded);
  });

  it('escapes the three mrkdwn control characters', () => {
    expect(escapeMrkdwn('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
  });

  it('falls back to plain text without facts', () => {
    const clarify: Answer = { status: 'clarify', answer: '你指的是哪个单位？', facts: [], lang: 'zh', via: 'template' };
    expect(formatSlackReply(clarify.answer, clarify)).toEqual({ text: '你指的是哪个单位？' });
    expect(formatSlackReply('抱歉')).toEqual({ text: '抱歉' });
  });

  it("splits a long answer into sections within Slack's 3000 characters, losing nothing", () => {
    const line = '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件 & 更多 <说明>。';
    const long = Array.from({ length: 200 }, () => line).join('\n');
    const reply = formatSlackReply(long, { ...ANSWER_552, answer: long });
    const sections = (reply.blocks ?? []).filter((block) => block.type === 'section') as {
      text: { text: string };
    }[];
    expect(sections.length).toBeGreaterThan(3);
    expect(sections.every((section) => section.text.text.length <= 3000)).toBe(true);
    const shown = sections.map((section) => section.text.text.replaceAll(' *552* ', ' 552 ')).join('\n');
    expect(shown).toBe(escapeMrkdwn(long));
    expect(reply.blocks?.at(-1)?.type).toBe('context');
    expect(reply.text).toBe(long);
  });

  it('cuts a part that escaping made too long between entities, never inside one', () => {
    const text = `${'&'.repeat(1900)} 552 件`;
    const sections = (formatSlackReply(text, ANSWER_552).blocks ?? []).filter((block) => block.type === 'section') as {
      text: { text: string };
    }[];
    expect(sections.length).toBe(4);
    expect(sections.every((section) => section.text.text.length <= 3000 && /^(&amp;)/.test(section.text.text))).toBe(
      true,
    );
    expect(sections.map((section) => section.text.text).join('')).toBe(`${'&amp;'.repeat(1900)} *552* 件`);
  });

  it('shows the source footer the reply ends with as context, each report once, its link escaped', () => {
    const text = [
      '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）',
      '深圳市南山区人民政府 2020年 收到政府信息公开申请 262 件（表三“本年新收政府信息公开申请数量”总计）',
      '来源：',
      '- 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》 https://www.lg.gov.cn/a?id=552&y=2022',
      '- 《深圳市南山区人民政府2020年政府信息公开工作年度报告》',
    ].join('\n');
    const reply = formatSlackReply(text, {
      ...ANSWER_552,
      answer: text,
      facts: [FACT_552, { ...FACT_552, value: 262 }],
    });
    expect(reply.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 *552* 件（表三“本年新收政府信息公开申请数量”总计）\n深圳市南山区人民政府 2020年 收到政府信息公开申请 *262* 件（表三“本年新收政府信息公开申请数量”总计）',
        },
      },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: '来源：\n- 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》 https://www.lg.gov.cn/a?id=552&amp;y=2022\n- 《深圳市南山区人民政府2020年政府信息公开工作年度报告》',
          },
        ],
      },
    ]);
  });

  it('cites the reports of the facts in English for an English reply without a footer', () => {
    const english: Answer = {
      ...ANSWER_552,
      lang: 'en',
      answer: 'Shenzhen Longgang received 552 and 552 applications.',
      facts: [FACT_552, FACT_552],
    };
    expect(formatSlackReply(english.answer, english).blocks?.[1]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: 'Source: 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
        },
      ],
    });
  });
});
