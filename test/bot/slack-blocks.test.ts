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

  it('lists each source once, in English for English answers', () => {
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
          text: 'Source: table 三 “本年新收政府信息公开申请数量” 总计 · data/reports/longgang-district-2022.txt',
        },
      ],
    });
  });
});
