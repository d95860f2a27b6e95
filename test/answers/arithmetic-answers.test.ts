// Answers computing on report figures, over the sample store: the result first, then each operand with its organ,
// year and source; exactly those facts (no extra figure, no false "没有…的报告" line); never a partial result; and a
// reply the guard can prove (the computed figure is a fact nianbao fills).
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/answers/index.js';
import { buildSkeleton, writeSkeleton } from '../../src/answers/llm/skeleton.js';
import { indexStore } from '../../src/answers/organs/index.js';
import { LONGGANG, LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA, NANSHAN, useSampleEngine } from './sample-store.js';

const sample = useSampleEngine();

/** [organ, year, value] of every fact, in order. */
type Stated = readonly (readonly [string, number, number])[];

const stated = (facts: readonly { org: string; year: number; value: number }[]): Stated =>
  facts.map((fact) => [fact.org, fact.year, fact.value] as const);

describe('the result first, then its operands, and nothing else', () => {
  it.each<readonly [string, Stated, string]>([
    [
      '龙岗区2022年比南山区2020年多多少',
      [
        [LONGGANG, 2022, 290],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
      `收到政府信息公开申请：${LONGGANG} 2022年 比 ${NANSHAN} 2020年 多 290 件`,
    ],
    [
      '南山区2020年比龙岗区2022年少几件申请',
      [
        [NANSHAN, 2020, -290],
        [NANSHAN, 2020, 262],
        [LONGGANG, 2022, 552],
      ],
      `${NANSHAN} 2020年 比 ${LONGGANG} 2022年 少 290 件`,
    ],
    [
      '龙岗区2022年行政诉讼比南山区2020年多几件',
      [
        [LONGGANG, 2022, 34],
        [LONGGANG, 2022, 38],
        [NANSHAN, 2020, 4],
      ],
      '多 34 件',
    ],
    [
      '龙岗区2022年收到的申请比办结的多多少',
      [
        [LONGGANG, 2022, 17],
        [LONGGANG, 2022, 552],
        [LONGGANG, 2022, 535],
      ],
      `${LONGGANG} 2022年：收到政府信息公开申请 比 办理申请（办理结果总计） 多 17 件`,
    ],
    [
      '龙岗区2022年和南山区2020年加起来一共多少申请',
      [
        [LONGGANG, 2022, 814],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
      '合计 814 件',
    ],
    [
      '龙岗区2022年行政复议和行政诉讼一共多少件',
      [
        [LONGGANG, 2022, 53],
        [LONGGANG, 2022, 15],
        [LONGGANG, 2022, 38],
      ],
      `${LONGGANG} 2022年 行政复议、行政诉讼合计 53 件`,
    ],
    [
      '2020年全部单位合计收到多少申请',
      [
        [NANSHAN, 2020, 267],
        [NANSHAN, 2020, 262],
        [LONGHUA_DATA, 2020, 1],
        [LONGGANG_DRC, 2020, 4],
      ],
      '2020年 全部单位（共 3 份报告） 收到政府信息公开申请合计 267 件',
    ],
    [
      '龙岗区2022年收到的申请是南山区2020年的几倍',
      [
        [LONGGANG, 2022, 2.11],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
      `${LONGGANG} 2022年 是 ${NANSHAN} 2020年 的 2.11 倍`,
    ],
    [
      '南山区2020年的申请占龙岗区2022年的百分之几',
      [
        [NANSHAN, 2020, 47.5],
        [NANSHAN, 2020, 262],
        [LONGGANG, 2022, 552],
      ],
      '的 47.5%',
    ],
    [
      '南山区2020年采购金额除以采购项目数',
      [
        [NANSHAN, 2020, 682715.43],
        [NANSHAN, 2020, 1708154000],
        [NANSHAN, 2020, 2502],
      ],
      '÷ 政府集中采购采购项目数量 = 平均每项 682,715.43 元',
    ],
    [
      '南山区2020年予以公开加部分公开再加不予公开一共多少',
      [
        [NANSHAN, 2020, 153],
        [NANSHAN, 2020, 149],
        [NANSHAN, 2020, 4],
      ],
      '合计 153 件',
    ],
    [
      'How many more applications did Longgang get in 2022 than Nanshan in 2020?',
      [
        [LONGGANG, 2022, 290],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
      '290 more than',
    ],
  ])('%s', async (question, facts, head) => {
    const answer = await sample.engine.answer(question);
    expect(answer.status, answer.answer).toBe('answered');
    expect(stated(answer.facts), answer.answer).toEqual(facts);
    const lines = answer.answer.split('\n');
    const footerAt = lines.findIndex((line) => /^(来源：|Sources?:)/u.test(line));
    const [first, ...operands] = lines.slice(0, footerAt);
    expect(first).toContain(head);
    expect(operands).toHaveLength(facts.length - 1);
    for (const line of operands) expect(line).toMatch(/^- .*（表[二三四]“|^- .*\(table [234] "/);
    // Then the footer: each report the operands come from, once, by its title.
    const titles = [...new Set(facts.map(([org, year]) => `《${org}${year}年政府信息公开工作年度报告》`))];
    const label = /^[A-Za-z]/u.test(question) ? (titles.length === 1 ? 'Source: ' : 'Sources:') : '来源：';
    expect(lines.slice(footerAt)).toEqual(
      titles.length === 1 ? [`${label}${titles[0]}`] : [label, ...titles.map((title) => `- ${title}`)],
    );
    expect(answer.answer).not.toContain('没有');
  });
});

describe('organs asked each with its own year', () => {
  it('states each organ in its own year, with no false "没有…的报告" line', async () => {
    const answer = await sample.engine.answer('龙岗区2022年和南山区2020年收到多少申请');
    expect(stated(answer.facts)).toEqual([
      [LONGGANG, 2022, 552],
      [NANSHAN, 2020, 262],
    ]);
    expect(answer.answer).not.toContain('没有');
  });

  it('says which pair the store lacks, and computes nothing from the other', async () => {
    const answer = await sample.engine.answer('龙岗区2021年比南山区2020年多多少');
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain(`没有${LONGGANG} 2021年的报告；现有年份：2022年。`);
    expect(answer.answer).not.toContain(NANSHAN);
  });
});

describe('one year for organs compared without a year', () => {
  it('asks which year when the organs share none, and states no number', async () => {
    for (const question of [
      '龙岗区和南山区一共收到多少申请',
      '龙岗区比南山区多多少申请',
      '龙岗区三个单位一共收到多少申请',
    ]) {
      const answer = await sample.engine.answer(question);
      expect(answer.status, answer.answer).toBe('clarify');
      expect(answer.facts, answer.answer).toEqual([]);
      expect(answer.answer).toContain('请指明年份');
    }
  });

  it('never adds a partial total: an organ without the year asked stops the sum', async () => {
    const answer = await sample.engine.answer('龙岗区和南山区2020年一共收到多少申请');
    expect(answer.status).toBe('no_data');
    expect(answer.facts).toEqual([]);
    expect(answer.answer).toContain(`没有${LONGGANG} 2020年的报告`);
  });

  it('a sum of one figure of one organ is that figure', async () => {
    const answer = await sample.engine.answer('龙岗区2022年一共收到多少申请');
    expect(stated(answer.facts)).toEqual([[LONGGANG, 2022, 552]]);
  });
});

describe('follow-ups compute on the figures just asked', () => {
  it.each<readonly [readonly string[], Stated]>([
    [
      ['龙岗区2022年和南山区2020年收到多少申请', '两者相差多少'],
      [
        [LONGGANG, 2022, 290],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      ['龙岗区2022年和南山区2020年收到多少申请', '加起来呢'],
      [
        [LONGGANG, 2022, 814],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      ['龙岗区2022年收到多少申请', '南山区2020年呢', '两者相差多少'],
      [
        [LONGGANG, 2022, 290],
        [LONGGANG, 2022, 552],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      ['龙岗区2022年行政复议多少', '比南山区2020年多多少'],
      [
        [LONGGANG, 2022, 10],
        [LONGGANG, 2022, 15],
        [NANSHAN, 2020, 5],
      ],
    ],
    [
      ['龙岗区2022年行政复议和行政诉讼分别多少', '一共多少'],
      [
        [LONGGANG, 2022, 53],
        [LONGGANG, 2022, 15],
        [LONGGANG, 2022, 38],
      ],
    ],
    [
      // 这两个 names the organs of the last two turns; the figure is the question's own, whatever those turns asked.
      ['南山区2020年行政复议多少', '龙岗区2022年行政诉讼呢', '这两个的行政诉讼一共多少'],
      [
        [NANSHAN, 2020, 42],
        [NANSHAN, 2020, 4],
        [LONGGANG, 2022, 38],
      ],
    ],
    [
      // …and a column named alone (废止) is the question's own figure too.
      ['龙岗区2022年规范性文件制发多少', '龙岗区数据局2021年现行有效呢', '这两家废止的合计'],
      [
        [LONGGANG, 2022, 11],
        [LONGGANG, 2022, 11],
        [LONGGANG_DATA, 2021, 0],
      ],
    ],
    [
      // After 最多 and 最少: the two organs the answers named (a sum needs 两个 said: 一共 adds the ranking's scope).
      ['2020年哪个单位收到的申请最多', '最少的呢', '两者相差多少'],
      [
        [NANSHAN, 2020, 261],
        [NANSHAN, 2020, 262],
        [LONGHUA_DATA, 2020, 1],
      ],
    ],
    [
      ['2020年哪个单位收到的申请最多', '最少的呢', '这两个加起来'],
      [
        [NANSHAN, 2020, 263],
        [NANSHAN, 2020, 262],
        [LONGHUA_DATA, 2020, 1],
      ],
    ],
    [
      ['2020年哪个单位收到的申请最多', '最少的呢', '一共多少'],
      [
        [NANSHAN, 2020, 267],
        [NANSHAN, 2020, 262],
        [LONGHUA_DATA, 2020, 1],
        [LONGGANG_DRC, 2020, 4],
      ],
    ],
    [
      // The organ named leads the quotient unless a comparing word stands before it (是…的几倍, 比, than).
      ['南山区2020年收到多少申请', '龙岗区发改局2020年呢', '南山区是几倍'],
      [
        [NANSHAN, 2020, 65.5],
        [NANSHAN, 2020, 262],
        [LONGGANG_DRC, 2020, 4],
      ],
    ],
    [
      ['南山区2020年收到多少申请', '龙岗区发改局2020年呢', '是南山区的几倍'],
      [
        [LONGGANG_DRC, 2020, 1.5],
        [LONGGANG_DRC, 2020, 4],
        [NANSHAN, 2020, 262],
      ],
    ],
    [
      ['Nanshan 2020 applications received', 'And Longgang DRC 2020?', 'How many times larger is Nanshan?'],
      [
        [NANSHAN, 2020, 65.5],
        [NANSHAN, 2020, 262],
        [LONGGANG_DRC, 2020, 4],
      ],
    ],
  ])('%s', async (turns, facts) => {
    const conversationId = `arithmetic ${turns.join(' ')}`;
    let last = await sample.engine.answer(turns[0] as string, { conversationId });
    for (const turn of turns.slice(1)) last = await sample.engine.answer(turn, { conversationId });
    expect(stated(last.facts), last.answer).toEqual(facts);
  });

  it.each([[['龙岗区2022年不予公开', '其中保护第三方合法权益的', '四类过程性信息呢', '这两项占不予公开的比例']]])(
    "a share of two turns' figures is asked back, never one figure's share: %s",
    async (turns) => {
      const conversationId = `arithmetic ${turns.join(' ')}`;
      let last = await sample.engine.answer(turns[0] as string, { conversationId });
      for (const turn of turns.slice(1)) last = await sample.engine.answer(turn, { conversationId });
      expect(last.status, last.answer).toBe('clarify');
      expect(last.facts).toEqual([]);
      expect(last.answer).toContain('这几项合起来占另一个数字的比例');
    },
  );

  it('加起来 → 占不予公开的比例: the sum just stated in the whole named, 7 + 10 = 17 of 30', async () => {
    const conversationId = 'arithmetic sum in whole';
    await sample.engine.answer('龙岗区2022年保护第三方合法权益和四类过程性信息不予公开', { conversationId });
    await sample.engine.answer('加起来', { conversationId });
    const last = await sample.engine.answer('占不予公开的比例', { conversationId });
    expect(last.facts.map((fact) => fact.value)).toEqual([17, 30, 56.7]);
  });

  it('重新开始 forgets the question before the last too', async () => {
    const conversationId = 'arithmetic forget';
    await sample.engine.answer('龙岗区2022年收到多少申请', { conversationId });
    await sample.engine.answer('南山区2020年呢', { conversationId });
    await sample.engine.forget(conversationId);
    const answer = await sample.engine.answer('两者相差多少', { conversationId });
    expect(answer.facts).toEqual([]);
  });
});

describe('the guard proves every computed figure', () => {
  it.each([
    '龙岗区2022年比南山区2020年多多少',
    '南山区2020年比龙岗区2022年少几件申请',
    '龙岗区2022年收到的申请比办结的多多少',
    '龙岗区2022年和南山区2020年加起来一共多少申请',
    '2020年全部单位合计收到多少申请',
    '龙岗区2022年收到的申请是南山区2020年的几倍',
    '南山区2020年的申请占龙岗区2022年的百分之几',
    'How many more applications did Longgang get in 2022 than Nanshan in 2020?',
  ])('%s', async (question) => {
    const answer = await sample.engine.answer(question);
    const skeleton = buildSkeleton(answer);
    if ('failure' in skeleton) throw new Error(skeleton.failure);
    const vocabulary = indexStore(await sample.store.list());
    const verdict = checkReply({ reply: writeSkeleton(skeleton), skeleton, vocabulary });
    expect(verdict.isAccepted, verdict.isAccepted ? '' : verdict.reason).toBe(true);
    expect(verdict.isAccepted && verdict.reply).toBe(answer.answer);
    // The direction is part of the difference's placeholder: a model cannot turn 多 into 少.
    const difference = skeleton.facts[0] && skeleton.slots.get(skeleton.facts[0].value);
    if (answer.facts[0]?.metric.endsWith(':difference')) expect(difference?.text).toMatch(/^[多少] |more|fewer/);
  });
});

it('keeps every organ of the store apart from the operands', async () => {
  const answer = await sample.engine.answer('龙岗区2022年比南山区2020年多多少');
  for (const other of [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]) expect(answer.answer).not.toContain(other);
});
