// Class 8 of issue 13 (understanding): a close misspelling of a figure word (one character typed for another of
// the same sound) is asked back — "您是想问 行政复议 吗？" — never not understood and never another figure; a variant
// spelling with one meaning (部份 for 部分) is read as the standard word and answered.
import { describe, expect, it } from 'vitest';
import { LONGGANG, NANSHAN } from '../sample-store.js';
import { useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const LG22 = { organs: [LONGGANG], years: [2022] };
const NS20 = { organs: [NANSHAN], years: [2020] };

describe('a slip of one character of the same sound: did you mean', () => {
  table.run([
    ['龙岗区2022年行政附议多少', { clarify: ['reviewLitigation.review.total'], meant: ['行政复议'], query: LG22 }],
    ['龙岗区2022年行政述讼几件', { clarify: ['reviewLitigation.litigation.total'], meant: ['行政诉讼'], query: LG22 }],
    ['龙岗区2022年予已公开多少', { clarify: ['applications.granted.total'], meant: ['予以公开'], query: LG22 }],
    ['南山区2020年行政付议有几件', { clarify: ['reviewLitigation.review.total'], meant: ['行政复议'], query: NS20 }],
    ['南山区2020年行政诉松多少', { clarify: ['reviewLitigation.litigation.total'], meant: ['行政诉讼'], query: NS20 }],
    ['南山区2020年不予工开的有几件', { clarify: ['applications.denied.total'], meant: ['不予公开'], query: NS20 }],
    ['龙岗区2022年无法提共的有多少', { clarify: ['applications.unavailable.total'], meant: ['无法提供'], query: LG22 }],
    ['龙岗区2022年不予处里几件', { clarify: ['applications.notProcessed.total'], meant: ['不予处理'], query: LG22 }],
    ['龙岗区2022年其他处里多少', { clarify: ['applications.otherHandling.total'], meant: ['其他处理'], query: LG22 }],
    [
      '龙岗区2022年结专下年度多少',
      { clarify: ['applications.carriedForward.total'], meant: ['结转下年度'], query: LG22 },
    ],
    [
      '南山区2020年重复申情几件',
      { clarify: ['applications.notProcessed.duplicate.total'], meant: ['重复申请'], query: NS20 },
    ],
    ['南山区2020年自然仁申请多少', { clarify: ['applications.newReceived.natural'], meant: ['自然人'], query: NS20 }],
    ['龙岗区2022年行政附议有几件啊', { clarify: ['reviewLitigation.review.total'], meant: ['行政复议'], query: LG22 }],
    ['龙岗区2022年行征复议多少', { clarify: ['reviewLitigation.review.total'], meant: ['行政复议'], query: LG22 }],
    ['南山区2020年上年结专多少', { clarify: ['applications.carriedOver.total'], meant: ['上年结转'], query: NS20 }],
    [
      '龙岗区2022年国家秘蜜的几件',
      { clarify: ['applications.denied.stateSecret.total'], meant: ['国家秘密'], query: LG22 },
    ],
  ]);
});

// A two-character table word (申请, 诉讼, 复议) is a slip only when neither character is read as another word.
describe('a slip in a two-character word: did you mean', () => {
  table.run([
    ['龙岗区2022年信息公开申清', { clarify: ['applications.newReceived.total'], meant: ['申请'], query: LG22 }],
    ['龙岗区2022年申清多少', { clarify: ['applications.newReceived.total'], meant: ['申请'], query: LG22 }],
    ['龙岗区2022年收到的申清有多少', { clarify: ['applications.newReceived.total'], meant: ['申请'], query: LG22 }],
    ['南山区2020年诉松多少', { clarify: ['reviewLitigation.litigation.total'], meant: ['诉讼'], query: NS20 }],
    ['南山区2020年的复意有几件', { clarify: ['reviewLitigation.review.total'], meant: ['复议'], query: NS20 }],
    ['淮安市2024年诉松有几件', { clarify: ['reviewLitigation.litigation.total'], meant: ['诉讼'] }],
    // 收 alone is a chat word, no word of two characters: 收道 is still a slip of 收到.
    ['龙岗区2022年收道多少申请', { clarify: ['applications.newReceived.total'], meant: ['收到'], query: LG22 }],
    ['龙岗区2022年收到多少申情', { clarify: ['applications.newReceived.total'], meant: ['申请'], query: LG22 }],
    [
      '龙岗区2022年行政许刻多少',
      { clarify: ['activeDisclosure.licensing.decisions'], meant: ['行政许可'], query: LG22 },
    ],
    ['龙岗区2022年行政速讼多少', { clarify: ['reviewLitigation.litigation.total'], meant: ['行政诉讼'], query: LG22 }],
  ]);
});

// English: an unread word one slip of the keys from a figure word (two in words of nine letters or more).
describe('an English typing slip: did you mean', () => {
  table.run([
    [
      'How many lawsiuts did Longgang have in 2022',
      { clarify: ['reviewLitigation.litigation.total'], meant: ['lawsuit'], query: LG22 },
    ],
    ['Longgang 2022 litigaton', { clarify: ['reviewLitigation.litigation.total'], meant: ['litigation'], query: LG22 }],
    [
      'Longgang 2022 reconsidaration',
      { clarify: ['reviewLitigation.review.total'], meant: ['reconsideration'], query: LG22 },
    ],
    [
      'How many reveiws did Longgang have in 2022',
      { clarify: ['reviewLitigation.review.total'], meant: ['review'], query: LG22 },
    ],
    // No figure word is near: not understood, never a figure.
    ['Longgang 2022 population', 'not_understood'],
    ['Longgang 2022 reconsiderashun', 'not_understood'],
  ]);
});

describe('a variant spelling with one meaning is answered', () => {
  table.run([
    ['龙岗区2022年部份公开多少', { ...LG22, metric: 'applications.partial.total' }],
    ['南山区2020年部份公开的申请有几件', { ...NS20, metric: 'applications.partial.total' }],
    ['南山区人民正府2020年行政处罚', { ...NS20, metric: 'activeDisclosure.punishment.decisions' }],
  ]);
});

describe('a different word is no slip', () => {
  table.run([
    ['龙岗区2022年申请人撤回申请的多少', { clarify: [], query: LG22 }],
    ['龙岗区2022年行政复议多少', { ...LG22, metric: 'reviewLitigation.review.total' }],
    ['龙岗区2022年不予公开多少', { ...LG22, metric: 'applications.denied.total' }],
  ]);
});

describe('the reply to a slip', () => {
  it('asks 您是想问 行政复议 吗？ with the value it would answer, and answers nothing', async () => {
    const reply = await table.engine.answer('龙岗区2022年行政附议多少');
    expect(reply).toMatchObject({
      status: 'clarify',
      facts: [],
      answer: '您是想问 行政复议 吗？\n- 行政复议：深圳市龙岗区人民政府 2022年 15 件',
    });
  });

  it('names the figure a two-character slip would read, with its value', async () => {
    const reply = await table.engine.answer('龙岗区2022年信息公开申清');
    expect(reply).toMatchObject({
      status: 'clarify',
      facts: [],
      answer: '您是想问 申请 吗？\n- 收到政府信息公开申请：深圳市龙岗区人民政府 2022年 552 件',
    });
  });
});
