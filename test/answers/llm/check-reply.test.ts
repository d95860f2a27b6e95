// The guard on replies written in placeholders, over the engine's own answers from the five sample reports.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answers/index.js';
import { checkReply } from '../../../src/answers/llm/check-reply.js';
import { writeSkeleton } from '../../../src/answers/llm/skeleton.js';
import { longgangChangeAnswer, skeletonOf, useSampleAnswers } from './guard-fixtures.js';

const sample = useSampleAnswers();
const RECEIVED = '龙岗区2022年收到多少政府信息公开申请？';
const RECEIVED_EN = 'How many applications did Longgang receive in 2022?';
const OUTCOMES = '龙岗区2022年申请的办理结果';
const LITIGATION_LIST = '哪些单位有行政诉讼？';
const SHARE = '龙岗区2022年自然人申请占比多少？';
const SOURCE = '（表三“本年新收政府信息公开申请数量”总计）';
/** nianbao's footer, appended after the model's reply: the model never sees it. */
const FOOTER = '\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》';

async function verdictOn(question: string | Answer, reply: string) {
  const answer = typeof question === 'string' ? await sample.answer(question) : question;
  return checkReply({ reply, skeleton: skeletonOf(answer), vocabulary: sample.vocabulary() });
}

describe('the skeleton of a template reply', () => {
  it.each([
    [RECEIVED, '{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}'],
    [RECEIVED_EN, '{{org1}}, {{year1}}: {{metric1}}: {{v1}}{{src1}}'],
    [
      OUTCOMES,
      '{{org1}} {{year1}} {{metric1}} {{v1}}，其中：{{metric2}} {{v2}}，{{metric3}} {{v3}}，{{metric4}} {{v4}}，{{metric5}} {{v5}}，{{metric6}} {{v6}}，{{metric7}} {{v7}}{{src1}}',
    ],
    [
      LITIGATION_LIST,
      '有{{metric1}}的单位{{note1}}：\n- {{org1}}（{{year1}}）：{{v1}}\n- {{org2}}（{{year2}}）：{{v2}}\n{{src1}}',
    ],
    ['2022年收到申请最多的前三个单位', '{{year1}}，{{metric1}}从多到少排名{{note1}}：\n{{note2}}{{v1}}\n{{src1}}'],
    ['龙岗区发展和改革局2020年收到多少政府信息公开申请？', '{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}\n{{note1}}'],
  ])('%s → %s', async (question, skeleton) => {
    expect(writeSkeleton(skeletonOf(await sample.answer(question)))).toBe(skeleton);
  });

  it('keeps a passage stating numbers that are not facts whole, as a note', async () => {
    const skeleton = skeletonOf(await sample.answer('2022年收到申请最多的前三个单位'));
    expect(skeleton.slots.get('note1')?.text).toBe('（共比较 1 份报告）');
    expect(skeleton.slots.get('note2')?.text).toBe('1. 深圳市龙岗区人民政府（2022年）：');
  });

  it('writes a change with its sign, and both its years', () => {
    const skeleton = skeletonOf(longgangChangeAnswer());
    expect(writeSkeleton(skeleton)).toBe(
      '{{org1}} {{metric1}}：{{year1}} {{v1}}，{{year2}} {{v2}}，变化 {{v3}}（{{v4}}）{{src1}}',
    );
    expect([...skeleton.slots.values()].filter((slot) => slot.kind === 'v').map((slot) => slot.text)).toEqual([
      '500 件',
      '552 件',
      '+52 件',
      '+10.4%',
    ]);
  });
});

describe('checkReply accepts placeholders joined by plain words, and fills them', () => {
  it.each([
    [
      RECEIVED,
      `{{year1}}，{{org1}}{{metric1}}共{{v1}}{{src1}}。`,
      `2022年，深圳市龙岗区人民政府收到政府信息公开申请共552 件${SOURCE}。${FOOTER}`,
    ],
    [
      RECEIVED,
      `据该单位年报，{{year1}}{{org1}}的{{metric1}}为{{v1}}{{src1}}。`,
      `据该单位年报，2022年深圳市龙岗区人民政府的收到政府信息公开申请为552 件${SOURCE}。${FOOTER}`,
    ],
    [
      RECEIVED,
      `{{ year1 }}，{{ORG1}}{{metric1}}{{V1}}{{src1}}`,
      `2022年，深圳市龙岗区人民政府收到政府信息公开申请552 件${SOURCE}${FOOTER}`,
    ],
    [
      RECEIVED_EN,
      'In {{year1}}, {{org1}} reported {{metric1}} of {{v1}}{{src1}}.',
      'In 2022, 深圳市龙岗区人民政府 reported new information disclosure applications received of 552 (table 3 "本年新收政府信息公开申请数量", column 总计).\nSource: 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
    ],
    [
      OUTCOMES,
      '{{year1}}，{{org1}}{{metric1}}{{v1}}。其中{{metric7}}{{v7}}，{{metric2}}{{v2}}，{{metric3}}{{v3}}，{{metric4}}{{v4}}，{{metric5}}{{v5}}，{{metric6}}{{v6}}{{src1}}。',
      `2022年，深圳市龙岗区人民政府办理申请（办理结果总计）535 件。其中其他处理118 件，予以公开66 件，部分公开36 件，不予公开30 件，无法提供285 件，不予处理0 件（表三）。${FOOTER}`,
    ],
    [
      LITIGATION_LIST,
      '有{{metric1}}的单位{{note1}}：{{org2}}（{{year2}}）为{{v2}}；{{org1}}（{{year1}}）为{{v1}}{{src1}}。',
      '有行政诉讼的单位（行政诉讼不为 0，共 2 份报告，比较了 5 份）：深圳市南山区人民政府（2020年）为4 件；深圳市龙岗区人民政府（2022年）为38 件（各报告表四“行政诉讼（未经复议直接起诉＋复议后起诉）”总计）。\n来源：\n- 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》\n- 《深圳市南山区人民政府2020年政府信息公开工作年度报告》',
    ],
  ])('%s: %s', async (question, reply, filled) => {
    expect(await verdictOn(question, reply)).toEqual({ isAccepted: true, reply: filled });
  });

  it('accepts a change reworded, its sign kept in the placeholder', async () => {
    const reply = '{{org1}}的{{metric1}}：{{year1}}为{{v1}}，{{year2}}为{{v2}}，变化{{v3}}（{{v4}}）{{src1}}。';
    expect(await verdictOn(longgangChangeAnswer(), reply)).toEqual({
      isAccepted: true,
      reply: `深圳市龙岗区人民政府的收到政府信息公开申请：2021年为500 件，2022年为552 件，变化+52 件（+10.4%）${SOURCE}。\n来源：\n- 《深圳市龙岗区人民政府2021年政府信息公开工作年度报告》\n- 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》`,
    });
  });

  it('accepts the skeleton itself as the template reply', async () => {
    const answer = await sample.answer(SHARE);
    const skeleton = skeletonOf(answer);
    expect(checkReply({ reply: writeSkeleton(skeleton), skeleton, vocabulary: sample.vocabulary() })).toEqual({
      isAccepted: true,
      reply: answer.answer,
    });
  });
});

describe('checkReply refuses', () => {
  it.each([
    ['an empty reply', RECEIVED, '  ', 'the reply is empty'],
    [
      'an unknown placeholder',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v2}}{{src1}}`,
      "the placeholder {{v2}} is not one of the template's",
    ],
    ['a dropped value', RECEIVED, `{{org1}}{{year1}}{{metric1}}{{src1}}`, 'the reply drops {{v1}} (552 件)'],
    ['a dropped source', RECEIVED, `{{org1}}{{year1}}{{metric1}}{{v1}}。`, 'the reply drops {{src1}}'],
    [
      'a dropped note',
      '2022年收到申请最多的前三个单位',
      '{{year1}}，{{metric1}}从多到少排名：{{note2}}{{v1}}{{src1}}',
      'the reply drops {{note1}} (（共比较 1 份报告）)',
    ],
    [
      'a single brace',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{v1}{{src1}}`,
      'the numeral "1" stands outside the placeholders',
    ],
    [
      'digits',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，日均1.5件{{src1}}`,
      'the numeral "1.5" stands outside the placeholders',
    ],
    [
      'a Chinese numeral inside a word',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，与上年一致{{src1}}`,
      'the numeral "一" (1) stands outside the placeholders',
    ],
    [
      'a percent sign',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，占%{{src1}}`,
      'the character "%" (U+0025) may not stand outside the placeholders of a Chinese reply',
    ],
    [
      'Latin letters in a Chinese reply',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，OK{{src1}}`,
      'the character "O" (U+004F)',
    ],
    [
      'Han characters in an English reply',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}}{{src1}}, 很多.',
      'the character "很" (U+5F88) may not stand outside the placeholders of an English reply',
    ],
    [
      'a zero-width space',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}\u200b{{v1}}{{src1}}`,
      'the character "\u200b" (U+200B)',
    ],
    [
      'an approximation before a value',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}将近{{v1}}{{src1}}`,
      'the word "将近" (quantity) is not the template\'s',
    ],
    [
      'an unlisted word right before a value',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}拢共{{v1}}{{src1}}`,
      '"拢共" stands right before {{v1}} (552 件)',
    ],
    [
      'a word right after a value',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}出头{{src1}}`,
      '"出头" stands right after {{v1}} (552 件)',
    ],
    [
      'an English word right after a value',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}} units{{src1}}.',
      '"units" stands right after {{v1}} (552)',
    ],
    [
      'another metric in English',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}} lawsuits{{src1}}.',
      'the reply names the metric word (row reviewLitigation.litigation) "lawsuit" outside the placeholders',
    ],
    [
      'a year made a count',
      RECEIVED,
      `{{org1}}{{metric1}}{{v1}}，{{year1}}件{{src1}}`,
      '"件" makes a count of {{year1}} (2022年)',
    ],
    [
      'an English year made a count',
      RECEIVED_EN,
      '{{org1}}: {{metric1}}: {{v1}}{{src1}}, and {{year1}} requests.',
      '"requests" stands right after {{year1}} (2022)',
    ],
    [
      'placeholders that run into one number',
      RECEIVED_EN,
      '{{org1}}, {{metric1}}: {{v1}}.{{year1}}{{src1}}',
      'the placeholders run together into the number "552.2022"',
    ],
    [
      "a confirmation of the user's figure",
      RECEIVED,
      `没错，{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}`,
      'the word "没错" (confirmation) is not the template\'s',
    ],
    [
      'a negation',
      RECEIVED,
      `{{org1}}{{year1}}并非{{metric1}}{{v1}}{{src1}}`,
      'the word "非" (negation) is not the template\'s',
    ],
    [
      'a rank',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，位居榜首{{src1}}`,
      'the word "首" (rank) is not the template\'s',
    ],
    [
      'a relative year',
      RECEIVED,
      `去年{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}`,
      'the reply names the word (relativeYear) "去年" outside the placeholders',
    ],
    [
      'another organ',
      RECEIVED,
      `{{org1}}（南山区）{{year1}}{{metric1}}{{v1}}{{src1}}`,
      'the reply names the organ "南山区" outside the placeholders',
    ],
    [
      'an organ the store lacks',
      RECEIVED,
      `{{org1}}和福田区{{year1}}{{metric1}}{{v1}}{{src1}}`,
      'the reply names the organ "福田区" outside the placeholders',
    ],
    [
      'a city',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，位于深圳{{src1}}`,
      'the reply names the place "深圳" outside the placeholders',
    ],
    [
      "a city's government the store lacks",
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，居深圳市政府之后{{src1}}`,
      'the reply names the organ "深圳市政府" outside the placeholders',
    ],
    [
      'another metric',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}，行政复议另计{{src1}}`,
      'the reply names the metric word (row reviewLitigation.review) "行政复议" outside the placeholders',
    ],
    [
      'an English organ word',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}}{{src1}}, like the city government.',
      'the reply names the organ word "government" outside the placeholders',
    ],
    [
      'a markdown link',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}，见[年报](https://example.com)`,
      'the reply holds a URL',
    ],
    [
      'a bare domain',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}}{{src1}}. See example.com today.',
      'the reply holds a domain name',
    ],
    ['code', RECEIVED_EN, 'In {{year1}}, {{org1}} {{metric1}}: {{v1}}{{src1}}. `ls`', 'the reply holds code or markup'],
    [
      'a command',
      RECEIVED_EN,
      'In {{year1}}, {{org1}} {{metric1}}: {{v1}}{{src1}}. Now run sudo reboot.',
      'the reply holds a command',
    ],
    [
      'a reply far longer than the template',
      RECEIVED,
      `{{org1}}{{year1}}{{metric1}}{{v1}}{{src1}}${'好'.repeat(800)}`,
      'the reply is 852 characters long (limit 600)',
    ],
  ])('%s', async (_name, question, reply, reason) => {
    const verdict = await verdictOn(question, reply);
    expect(verdict.isAccepted).toBe(false);
    expect(verdict.isAccepted ? '' : verdict.reason).toContain(reason);
  });

  it.each([
    [
      'two metrics swapped',
      OUTCOMES,
      '{{org1}}{{year1}}{{metric1}}{{v1}}，其中{{metric2}}{{v3}}，{{metric3}}{{v2}}，{{metric4}}{{v4}}，{{metric5}}{{v5}}，{{metric6}}{{v6}}，{{metric7}}{{v7}}{{src1}}',
      '{{v3}} (36 件) stands with the metric {{metric2}} (予以公开), which is not its own',
    ],
    [
      'a value moved away from its metric',
      OUTCOMES,
      '{{org1}}{{year1}}{{metric1}}{{v1}}。{{v2}}，{{metric3}}{{v3}}，{{metric4}}{{v4}}，{{metric5}}{{v5}}，{{metric6}}{{v6}}，{{metric7}}{{v7}}，{{metric2}}{{src1}}',
      '{{v2}} (66 件) is not stated with its metric {{metric2}} (予以公开) in its sentence',
    ],
    [
      'two organs swapped',
      LITIGATION_LIST,
      '有{{metric1}}的单位{{note1}}：{{org1}}（{{year1}}）{{v2}}；{{org2}}（{{year2}}）{{v1}}{{src1}}',
      '{{v2}} (4 件) stands with the org {{org1}} (深圳市龙岗区人民政府), which is not its own',
    ],
    [
      "a share given the part's metric",
      SHARE,
      '{{org1}} {{year1}} {{metric2}} {{v1}}，占{{metric1}} {{v2}} 的 {{v3}}{{src1}}',
      '{{v1}} (489 件) stands with the metric {{metric2}} (收到政府信息公开申请), which is not its own',
    ],
    [
      'a rank moved to another value',
      '2022年收到申请最多的前三个单位',
      '{{v1}}，{{note2}}，{{year1}}{{metric1}}从多到少排名{{note1}}{{src1}}',
      '{{v1}} (552 件) no longer follows {{note2}} (1. 深圳市龙岗区人民政府（2022年）：) in its sentence',
    ],
  ])('%s', async (_name, question, reply, reason) => {
    expect(await verdictOn(question, reply)).toEqual({ isAccepted: false, reason });
  });

  it.each([
    [
      'the years swapped',
      '{{org1}}{{metric1}}：{{year1}}为{{v2}}，{{year2}}为{{v1}}，变化{{v3}}（{{v4}}）{{src1}}',
      'zh',
      '{{v2}} (552 件) stands with the year {{year1}} (2021年), which is not its own',
    ],
    [
      'the sign flipped in words',
      '{{org1}}{{metric1}}：{{year1}}为{{v1}}，{{year2}}为{{v2}}，减少{{v3}}（{{v4}}）{{src1}}',
      'zh',
      'the word "减" (change or comparison) is not the template\'s',
    ],
    [
      'the change and its percentage swapped',
      '{{org1}}{{metric1}}：{{year1}} {{v1}}，{{year2}} {{v2}}，变化 {{v4}}（{{v3}}）{{src1}}',
      'zh',
      '"变化" stands right before {{v4}} (+10.4%)',
    ],
    [
      'the years swapped in English',
      '{{org1}}, {{metric1}}: {{v2}} in {{year1}}, {{v1}} in {{year2}}, a change of {{v3}} ({{v4}}){{src1}}',
      'en',
      '{{v2}} (552) stands with the year {{year1}} (2021), which is not its own',
    ],
    [
      'a decrease for an increase',
      '{{org1}}, {{metric1}}: {{v1}} in {{year1}}, {{v2}} in {{year2}}, a decrease of {{v3}} ({{v4}}){{src1}}',
      'en',
      'the word "decrease" (change or comparison) is not the template\'s',
    ],
  ] as const)('a change with %s', async (_name, reply, lang, reason) => {
    expect(await verdictOn(longgangChangeAnswer(lang), reply)).toEqual({ isAccepted: false, reason });
  });
});

describe('numbers written with separators and in the printed money unit', () => {
  const PROCUREMENT = '南山区2020年政府集中采购情况';

  it('are the values of the skeleton, exactly as the template writes them', async () => {
    const skeleton = skeletonOf(await sample.answer(PROCUREMENT));
    const values = [...skeleton.slots.values()].filter((slot) => slot.kind === 'v').map((slot) => slot.text);
    expect(values).toEqual(['2,502 项', '170,815.4 万元']);
  });

  it('are accepted in their placeholders and filled as written', async () => {
    const verdict = await verdictOn(
      PROCUREMENT,
      '{{org1}}{{year1}}{{metric1}}：{{metric2}}{{v1}}，{{metric3}}{{v2}}{{src1}}',
    );
    expect(verdict.isAccepted).toBe(true);
    if (verdict.isAccepted) expect(verdict.reply).toContain('2,502 项，金额170,815.4 万元');
  });

  it.each([
    ['170,815.4 万元', 'the numeral "170,815.4" (170815.4) stands outside the placeholders'],
    ['17.08 亿元', 'the numeral "17.08" stands outside the placeholders'],
    ['二千五百零二项', 'the numeral "二千五百零二" (2502) stands outside the placeholders'],
  ])('are refused when the model writes one itself (%s)', async (written, reason) => {
    const reply = `{{org1}}{{year1}}{{metric1}}：{{metric2}}{{v1}}，{{metric3}}{{v2}}，即${written}{{src1}}`;
    expect(await verdictOn(PROCUREMENT, reply)).toEqual({ isAccepted: false, reason });
  });
});
