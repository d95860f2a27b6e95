// Issue 13: a follow-up carries exactly the figure(s) asked in the last answered turn. After a clarify it takes the
// clarify's organs and years but none of its figures (it asks again, unless it names one); after a breakdown it
// carries the breakdown, not its parts; after a ranking or a list, an organ named asks about that organ (its place
// or its figure), a region after a ranking of departments narrows the ranking. Conversations through the engine.
import { describe, expect, it } from 'vitest';
import { type ExactAnswer, expectExactly } from '../exact-answer.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, NANSHAN } from '../sample-store.js';
import { HUAIAN, SHUYANG, useUnderstandingTable } from './understanding-table.js';

const table = useUnderstandingTable();
const RECEIVED = 'applications.newReceived.total';
const CARRIED_OVER = 'applications.carriedOver.total';
const LITIGATION = 'reviewLitigation.litigation.total';
const REVIEW = 'reviewLitigation.review.total';
const NATURAL = 'applications.newReceived.natural';
const OUTCOMES_2020 = [
  [NANSHAN, 2020, 'applications.total.total', 235],
  [NANSHAN, 2020, 'applications.granted.total', 100],
  [NANSHAN, 2020, 'applications.partial.total', 49],
  [NANSHAN, 2020, 'applications.denied.total', 4],
  [NANSHAN, 2020, 'applications.unavailable.total', 52],
  [NANSHAN, 2020, 'applications.notProcessed.total', 5],
  [NANSHAN, 2020, 'applications.otherHandling.total', 25],
] as const;

let conversations = 0;
/** Asks each turn in one new conversation, each reply checked exactly (null: asked, not checked). */
async function converse(turns: readonly (readonly [string, ExactAnswer | null])[]): Promise<void> {
  conversations += 1;
  const conversationId = `follow-up-figures-${conversations}`;
  for (const [question, expected] of turns) {
    if (expected === null) await table.engine.answer(question, { conversationId });
    else await expectExactly(table.engine, question, expected, conversationId);
  }
}

const clarifyAgain = (...says: string[]): ExactAnswer => ({
  status: 'clarify',
  facts: [],
  says: ['上一问还没有确定是报告表格里的哪个数字', ...says],
});

describe('after a clarify, a follow-up takes no figure it was not sure of', () => {
  it('asks again for another organ and year, answers once a figure is named, and that figure carries on', async () => {
    await converse([
      ['龙岗区2022年结转的申请有多少', { status: 'clarify', facts: [], says: ['上年结转申请', '结转下年度继续办理'] }],
      ['南山区的呢', clarifyAgain('上年结转申请', '结转下年度继续办理')],
      ['2020年呢', clarifyAgain('深圳市南山区人民政府 2020年 6 件', '深圳市南山区人民政府 2020年 33 件')],
      ['上年结转的呢', { status: 'answered', facts: [[NANSHAN, 2020, CARRIED_OVER, 6]] }],
      ['龙岗区2022年呢', { status: 'answered', facts: [[LONGGANG, 2022, CARRIED_OVER, 10]] }],
    ]);
  });

  it('换成2020年 after a clarify is asked again, never the figures of a summary', async () => {
    await converse([
      ['南山区2020年结转的申请有多少', { status: 'clarify', facts: [] }],
      ['换成龙岗区2022年', clarifyAgain('深圳市龙岗区人民政府 2022年 10 件')],
      ['结转下年度的', { status: 'answered', facts: [[LONGGANG, 2022, 'applications.carriedForward.total', 27]] }],
    ]);
  });

  it('龙岗2022收了多少申请 → 南山区的呢 → 换成2020年: every reply states only the figure asked, or asks', async () => {
    const conversationId = 'received-three-turns';
    for (const question of ['龙岗2022收了多少申请', '南山区的呢', '换成2020年']) {
      const answer = await table.engine.answer(question, { conversationId });
      const why = `${question}\n${answer.answer}`;
      expect(['answered', 'no_data', 'clarify'], why).toContain(answer.status);
      expect(
        answer.facts.filter((fact) => fact.metric !== RECEIVED),
        why,
      ).toEqual([]);
    }
  });

  it('a new question of its own after a clarify is answered as asked', async () => {
    await converse([
      ['龙岗区2022年结转的申请有多少', { status: 'clarify', facts: [] }],
      ['2020年哪个单位收到申请最多', { status: 'answered', facts: [[NANSHAN, 2020, RECEIVED, 262]] }],
    ]);
    await converse([
      ['南山区2020年结转的申请有多少', { status: 'clarify', facts: [] }],
      ['龙岗区2022年行政诉讼多少件', { status: 'answered', facts: [[LONGGANG, 2022, LITIGATION, 38]] }],
    ]);
    await converse([
      ['南山区2020年结转的申请有多少', { status: 'clarify', facts: [] }],
      ['你有哪些报告', { status: 'answered', facts: [], says: ['我有 8 个单位的 8 份报告'] }],
    ]);
  });
});

describe('after a ranking or a list, an organ named asks about that organ', () => {
  it('its place among the reports of the year ranked, with its own figure only', async () => {
    await converse([
      ['2020年哪个单位收到申请最多', { status: 'answered', facts: [[NANSHAN, 2020, RECEIVED, 262]] }],
      [
        '龙岗发改局呢',
        { status: 'answered', facts: [[LONGGANG_DRC, 2020, RECEIVED, 4]], says: ['排第 2 位'], saysNot: [NANSHAN] },
      ],
    ]);
    await converse([
      ['哪个单位行政复议最多', null],
      ['南山区呢', { status: 'answered', facts: [[NANSHAN, 2020, REVIEW, 5]], says: ['排第 1 位'] }],
      ['龙岗区发改局呢', { status: 'answered', facts: [[LONGGANG_DRC, 2020, REVIEW, 0]], says: ['排第 2 位'] }],
    ]);
  });

  it('its figure after a list of the organs that have it', async () => {
    await converse([
      ['哪些单位有行政诉讼', null],
      ['龙岗区呢', { status: 'answered', facts: [[LONGGANG, 2022, LITIGATION, 38]] }],
    ]);
  });

  it('its share after a share ranking', async () => {
    await converse([
      ['哪个单位的自然人申请占比最高', null],
      [
        '南山区呢',
        {
          status: 'answered',
          facts: [
            [NANSHAN, 2020, NATURAL, 236],
            [NANSHAN, 2020, RECEIVED, 262],
            [NANSHAN, 2020, `${NATURAL}:share`, 90.1],
          ],
        },
      ],
    ]);
  });

  it('a region after a ranking of departments ranks that region’s departments', async () => {
    await converse([
      ['哪个部门收到申请最多', null],
      ['龙岗区呢', { status: 'answered', facts: [[LONGGANG_DATA, 2021, RECEIVED, 0]], says: ['最多的是'] }],
    ]);
  });
});

describe('a row named alone after a column asked reads that column where every row has it', () => {
  it('规范性文件呢 after 规章制发了几件: 规范性文件’s 制发 alone, never its three fields', async () => {
    await converse([
      ['沐阳县2025年规章制发了几件', null],
      [
        '规范性文件呢',
        { status: 'answered', facts: [[SHUYANG, 2025, 'activeDisclosure.normativeDocuments.issued', 6]] },
      ],
    ]);
  });

  it('行政诉讼呢 after 行政复议纠正了几件: its total, and its 纠正 beside it (either reading)', async () => {
    await converse([
      ['淮安市2024年行政复议纠正了几件', null],
      [
        '行政诉讼呢',
        {
          status: 'answered',
          facts: [
            [HUAIAN, 2024, LITIGATION, 46],
            [HUAIAN, 2024, 'reviewLitigation.litigation.corrected', 5],
          ],
        },
      ],
    ]);
  });

  it('复议后起诉的呢 after 直接起诉的结果纠正: the same column of the row named, alone (1, never its 总计 20)', async () => {
    await converse([
      ['淮安市2024年未经复议直接起诉的结果纠正', null],
      [
        '复议后起诉的呢',
        { status: 'answered', facts: [[HUAIAN, 2024, 'reviewLitigation.litigationAfterReview.corrected', 1]] },
      ],
    ]);
  });

  it('不予公开呢 after 自然人申请多少: the row’s total, as an applicant column is no reading of another row', async () => {
    await converse([
      ['沐阳县2025年自然人申请多少', null],
      ['不予公开呢', { status: 'answered', facts: [[SHUYANG, 2025, 'applications.denied.total', 32]] }],
    ]);
  });
});

describe('after a breakdown, two figures or arithmetic, the follow-up carries exactly that', () => {
  it('a breakdown carries as the breakdown; a figure named next is that figure alone', async () => {
    await converse([
      ['龙岗区2022年申请的办理结果', null],
      ['南山区2020年呢', { status: 'answered', facts: OUTCOMES_2020 }],
      ['行政诉讼呢', { status: 'answered', facts: [[NANSHAN, 2020, LITIGATION, 4]] }],
    ]);
  });

  it('two figures asked carry as those two', async () => {
    await converse([
      ['龙岗区2022年行政复议和行政诉讼', null],
      [
        '南山区2020年呢',
        {
          status: 'answered',
          facts: [
            [NANSHAN, 2020, REVIEW, 5],
            [NANSHAN, 2020, LITIGATION, 4],
          ],
        },
      ],
    ]);
  });

  it('a difference carries as a difference of the figure named next', async () => {
    await converse([
      ['龙岗区2022年比南山区2020年多多少申请', null],
      [
        '行政诉讼呢',
        {
          status: 'answered',
          facts: [
            [LONGGANG, 2022, `${LITIGATION}:difference`, 34],
            [LONGGANG, 2022, LITIGATION, 38],
            [NANSHAN, 2020, LITIGATION, 4],
          ],
        },
      ],
    ]);
  });
});
