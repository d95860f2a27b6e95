// Questions phrased the ways people ask in a chat group (follow-ups in one conversation), none of them in questions.json or the other
// answer tests. Every expected value was read from the parsed sample reports (`npx nianbao parse data/reports/X.txt
// --json`); shares are rounded to one decimal as the engine states them. `values`: each must be among the facts; a
// single value must be the first fact. no_data, clarify and not_understood state no number at all.
import { describe, expect, it } from 'vitest';
import {
  LONGGANG,
  LONGGANG_DATA,
  LONGGANG_DRC,
  LONGHUA_DATA,
  NANSHAN,
  type Row,
  useSampleEngine,
} from '../sample-store.js';

const sample = useSampleEngine();
const { expectAnswer } = sample;

describe('follow-ups in one conversation', () => {
  async function converse(id: string, turns: readonly Row[]): Promise<void> {
    for (const turn of turns) await expectAnswer(turn, `unseen-${id}`);
  }

  it('changes organ, year and column in turn', async () => {
    await converse('a', [
      ['龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
      ['南山呢', 'no_data', [], [NANSHAN]],
      ['2020年的呢？', 'answered', [262], [NANSHAN]],
      ['其中自然人呢', 'answered', [236], [NANSHAN]],
      ['商业企业呢', 'answered', [22], [NANSHAN]],
    ]);
  });

  it('keeps the organ and year when only the figure changes', async () => {
    await converse('b', [
      ['南山区2020年行政复议多少', 'answered', [5], [NANSHAN]],
      ['那龙岗区2022年呢', 'answered', [15], [LONGGANG]],
      ['行政诉讼呢？', 'answered', [38], [LONGGANG]],
      ['维持了几件', 'answered', [23], [LONGGANG]],
    ]);
    const answer = await sample.engine.answer('直接起诉的呢', { conversationId: 'unseen-b' });
    expect(answer.answer).not.toContain('未指定年份');
  });

  it('answers "which one?" with a region written as a short name', async () => {
    await converse('c', [
      ['数据局2021年收到多少申请', 'clarify', [], [LONGGANG_DATA, LONGHUA_DATA]],
      ['龙岗的', 'answered', [0], [LONGGANG_DATA]],
    ]);
  });

  it('follows a ranking with its opposite and another year', async () => {
    await converse('d', [
      // No year: the latest year most organs hold (2020, three of five reports), then the other end of it.
      ['哪个单位收到申请最多', 'answered', [262], [NANSHAN]],
      ['最少呢', 'answered', [1], [LONGHUA_DATA]],
      ['2022年呢', 'answered', [552], [LONGGANG]],
    ]);
  });

  it('asks for the place of the figure just given, then of another organ', async () => {
    await converse('g', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['排第几？', 'answered', [262], [NANSHAN]],
      ['龙岗发改局呢', 'answered', [4], [LONGGANG_DRC]],
    ]);
    const answer = await sample.engine.answer('龙华数据局呢', { conversationId: 'unseen-g' });
    expect(answer.answer).toContain('排第 3 位');
  });

  it('swaps only the figure of a ranking or a list, keeping its year', async () => {
    await converse('h', [
      ['2020年哪个单位收到申请最多', 'answered', [262], [NANSHAN]],
      ['前三名呢', 'answered', [262, 4, 1], [NANSHAN, LONGGANG_DRC, LONGHUA_DATA]],
      ['行政诉讼呢', 'answered', [4, 0, 0], [NANSHAN]],
    ]);
    await converse('i', [
      ['哪些单位有行政诉讼', 'answered', [38, 4], [LONGGANG, NANSHAN]],
      ['2020年呢', 'answered', [4], [NANSHAN]],
      ['行政复议呢', 'answered', [5], [NANSHAN]],
    ]);
    await converse('l', [
      ['龙岗区哪个部门收到申请最多', 'answered', [0], [LONGGANG_DATA]],
      ['规范性文件制发呢', 'answered', [1], [LONGGANG_DATA]],
    ]);
    await converse('j', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['最多的是谁', 'answered', [262], [NANSHAN]],
    ]);
  });

  it('a breakdown after a share is a breakdown, not another share', async () => {
    await converse('k', [
      ['龙岗区2022年自然人占比', 'answered', [489, 552, 88.6], [LONGGANG]],
      ['南山区2020年呢', 'answered', [236, 262, 90.1], [NANSHAN]],
      ['不予公开的原因', 'answered', [4, 0], [NANSHAN]],
    ]);
  });

  it('switches a list to the organs without, and repeats a question for another organ', async () => {
    await converse('m', [
      ['哪些单位有行政诉讼', 'answered', [38, 4], [LONGGANG, NANSHAN]],
      ['那没有的呢', 'answered', [0, 0, 0], [LONGGANG_DATA, LONGGANG_DRC, LONGHUA_DATA]],
    ]);
    await converse('n', [
      ['南山区2020年收到多少申请', 'answered', [262], [NANSHAN]],
      ['换成行政复议', 'answered', [5], [NANSHAN]],
      ['同样的问题问龙岗区2022年', 'answered', [15], [LONGGANG]],
    ]);
    await converse('o', [
      ['龙岗区2022年行政诉讼多少', 'answered', [38], [LONGGANG]],
      ['南山呢？2020年的', 'answered', [4], [NANSHAN]],
      ['其中维持的呢', 'answered', [3], [NANSHAN]],
      ['占比呢', 'answered', [3, 4, 75], [NANSHAN]],
    ]);
  });

  it('follows in English', async () => {
    await converse('e', [
      ['Longgang applications 2022', 'answered', [552], [LONGGANG]],
      ['what about Nanshan in 2020?', 'answered', [262], [NANSHAN]],
      ['and litigation?', 'answered', [4], [NANSHAN]],
      ['what share is that?', 'answered', [4], [NANSHAN]],
    ]);
    await converse('e2', [
      ['How many applications did Nanshan receive in 2020?', 'answered', [262], [NANSHAN]],
      ['And natural persons?', 'answered', [236], [NANSHAN]],
      ['what share is that?', 'answered', [236, 262, 90.1], [NANSHAN]],
      ['how does it rank?', 'answered', [236], [NANSHAN]],
    ]);
  });

  it('an out-of-scope turn does not reuse the last figure', async () => {
    await converse('f', [
      ['龙岗区2022年收到多少申请', 'answered', [552], [LONGGANG]],
      ['那南山区的GDP呢', 'not_understood', [], []],
    ]);
  });

  it('moves from a rate to another organ and back to a figure', async () => {
    const id = 'unseen-2-a';
    await expectAnswer(['南山区2020年公开率', 'answered', [149, 235, 63.4], [NANSHAN]], id);
    await expectAnswer(['那龙岗区发改局的呢', 'answered', [3, 4, 75], [LONGGANG_DRC]], id);
    await expectAnswer(['它的复议数量呢', 'answered', [0], [LONGGANG_DRC]], id);
  });

  it('turns a 公开率 ranking the other way', async () => {
    const id = 'unseen-2-b';
    await expectAnswer(['2020年哪个单位公开率最高', 'answered', [3, 4, 75], [LONGGANG_DRC]], id);
    const lowest = await expectAnswer(['最低的呢', 'answered', [149, 235, 63.4], [NANSHAN]], id);
    expect(lowest.facts.map((fact) => fact.value)).toEqual([149, 235, 63.4]);
  });

  it('keeps all the data bureaus for the next figure', async () => {
    const id = 'unseen-2-c';
    await expectAnswer(['所有数据局收到多少申请', 'answered', [1, 0], [LONGHUA_DATA, LONGGANG_DATA]], id);
    await expectAnswer(['行政复议呢', 'answered', [0, 0], [LONGHUA_DATA, LONGGANG_DATA]], id);
  });
});
