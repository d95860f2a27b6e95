import { describe, expect, it } from 'vitest';
import { checkReply, matchesAmount } from '../../../src/answers/llm/check-reply.js';
import { readNumbers } from '../../../src/answers/llm/read-numbers.js';
import type { Fact } from '../../../src/answers/types.js';
import {
  LONGGANG_RECEIVED_TEMPLATE,
  longgangFees,
  longgangReceived,
  longgangReceivedNatural,
  nanshanLicensing,
  nanshanLitigation,
  nanshanProcurement,
  nanshanReview,
} from './facts.js';

const SOURCE = '（来源：表三“本年新收政府信息公开申请数量”总计，data/reports/longgang-district-2022.txt）';

function check(
  reply: string,
  facts: readonly Fact[] = [longgangReceived],
  templateReply = LONGGANG_RECEIVED_TEMPLATE,
  question = '龙岗区2022年收到多少政府信息公开申请？',
) {
  return checkReply({ reply, question, facts, templateReply });
}

describe('checkReply on one fact (龙岗区 2022 收到 552)', () => {
  it.each([
    ['digits', `2022年，深圳市龙岗区人民政府共收到政府信息公开申请552件${SOURCE}`],
    ['Chinese numerals when right', `二〇二二年，深圳市龙岗区人民政府共收到五百五十二件政府信息公开申请${SOURCE}`],
    ['a two-digit year', `龙岗区政府22年共收到552件申请${SOURCE}`],
    ['bold markdown', `龙岗区政府2022年共收到 **552** 件申请。`],
    ['English digits', 'Longgang District received 552 applications in 2022 (source: table 三).'],
    ['English words', 'In 2022 Longgang District received five hundred and fifty-two applications.'],
  ])('accepts %s', (_name, reply) => {
    expect(check(reply)).toEqual({ isAccepted: true });
  });

  it.each([
    ['Chinese numerals when wrong', `2022年，龙岗区政府共收到五百五十三件申请${SOURCE}`, '"五百五十三"'],
    ['a digit changed', `2022年，龙岗区政府共收到562件申请${SOURCE}`, '"562"'],
    ['a wrong year', `2021年，龙岗区政府共收到552件申请`, '"2021"'],
    ['an approximation', `2022年，龙岗区政府共收到约550件申请`, '"550"'],
    ['"more than five hundred"', `2022年，龙岗区政府共收到五百多件申请`, '"五百"'],
    ['a number the model computed', `2022年，龙岗区政府共收到552件申请，日均1.5件`, '"1.5"'],
  ])('rejects %s', (_name, reply, named) => {
    const verdict = check(reply);
    expect(verdict.isAccepted).toBe(false);
    expect(verdict.isAccepted ? '' : verdict.reason).toContain(`the number ${named} is not among`);
  });

  it('rejects a reply that drops the fact, naming it', () => {
    expect(check('2022年，龙岗区政府收到了不少政府信息公开申请。')).toEqual({
      isAccepted: false,
      reason: 'the fact 552 (深圳市龙岗区人民政府 2022 收到政府信息公开申请) is missing',
    });
  });

  it('rejects an empty reply and one far longer than the template', () => {
    expect(check('  ')).toEqual({ isAccepted: false, reason: 'the reply is empty' });
    expect(check(`龙岗区2022年收到552件。${'很多'.repeat(400)}`).isAccepted).toBe(false);
  });
});

describe('checkReply on several facts (南山区 2020 复议 5, 诉讼 4)', () => {
  const facts = [nanshanReview, nanshanLitigation];
  const template =
    '深圳市南山区人民政府 2020年 行政复议 5 件，行政诉讼 4 件（来源：表四“行政复议”总计、表四“行政诉讼”总计，data/reports/nanshan-district-2020.txt）';
  const question = '南山区2020年的行政复议和行政诉讼情况';

  it('accepts both facts in any order', () => {
    expect(
      checkReply({ reply: '2020年南山区政府有4件行政诉讼、5件行政复议。', question, facts, templateReply: template }),
    ).toEqual({ isAccepted: true });
  });

  it('rejects a plausible extra total', () => {
    const verdict = checkReply({
      reply: '2020年南山区政府行政复议5件、行政诉讼4件，合计9件。',
      question,
      facts,
      templateReply: template,
    });
    expect(verdict).toEqual({
      isAccepted: false,
      reason: 'the number "9" is not among the facts, years, question or template',
    });
  });

  it('rejects a dropped fact', () => {
    const verdict = checkReply({
      reply: '2020年南山区政府共有5件行政复议。',
      question,
      facts,
      templateReply: template,
    });
    expect(verdict).toEqual({
      isAccepted: false,
      reason: 'the fact 4 (深圳市南山区人民政府 2020 行政诉讼) is missing',
    });
  });

  it('ignores list markers at the start of lines', () => {
    const reply = '南山区政府2020年：\n1. 行政复议5件\n2、行政诉讼4件\n（3）无其他情况';
    expect(checkReply({ reply, question, facts, templateReply: template })).toEqual({ isAccepted: true });
  });
});

describe('checkReply on thousands, 万 and 亿', () => {
  const procurementTemplate =
    '深圳市南山区人民政府 2020年 政府集中采购金额 1,708,154,000 元（来源：表二“政府集中采购”采购总金额）';

  it.each([
    ['8,759', [nanshanLicensing], true],
    ['8759', [nanshanLicensing], true],
    ['八千七百五十九', [nanshanLicensing], true],
    ['8,769', [nanshanLicensing], false],
    ['1,708,154,000元', [nanshanProcurement], true],
    ['170,815.4万元', [nanshanProcurement], true],
    ['17.08亿元', [nanshanProcurement], true],
    ['十七点零八亿元', [nanshanProcurement], true],
    ['17.09亿元', [nanshanProcurement], false],
    ['17.1亿元', [nanshanProcurement], false],
    ['约17亿元', [nanshanProcurement], false],
    ['17.0815亿元', [nanshanProcurement], true],
    ['1.708 billion yuan', [nanshanProcurement], true],
    ['1.71 billion yuan', [nanshanProcurement], true],
    ['1.7 billion yuan', [nanshanProcurement], false],
    ['22,293.4元', [longgangFees], true],
    ['2.229万元', [longgangFees], true],
    ['2.23万元', [longgangFees], true],
    ['2.2万元', [longgangFees], false],
    ['2.24万元', [longgangFees], false],
    ['22293元', [longgangFees], false],
  ] as const)('%s for %j', (written, facts, isAccepted) => {
    const reply = `2020年该机关的数字是${written}。`;
    const template =
      facts[0] === nanshanProcurement
        ? procurementTemplate
        : `${facts[0]?.org} 2020年 ${facts[0]?.label} ${facts[0]?.value}`;
    const verdict = checkReply({ reply, question: '多少？', facts: [...facts], templateReply: template });
    expect(verdict.isAccepted).toBe(isAccepted);
  });
});

describe('checkReply on a share (龙岗区 2022 自然人 489 / 552, template 88.6%)', () => {
  const share: Fact = {
    ...longgangReceivedNatural,
    metric: 'applications.newReceived.natural.share',
    label: '自然人占比',
    value: 88.6,
    unit: '%',
  };
  const facts = [longgangReceivedNatural, longgangReceived, share];
  const template =
    '深圳市龙岗区人民政府 2022年 收到申请 552 件，其中自然人 489 件，占 88.6%（来源：表三“本年新收政府信息公开申请数量”自然人、总计）';
  const question = '龙岗区2022年自然人申请占比多少？';
  const verdictOn = (reply: string) => checkReply({ reply, question, facts, templateReply: template });

  it('accepts the share as the template rounds it, in digits or words', () => {
    expect(verdictOn('2022年龙岗区政府收到的552件申请中，489件来自自然人，占88.6%。')).toEqual({ isAccepted: true });
    expect(verdictOn('2022年龙岗区政府收到的552件申请中，489件来自自然人，占百分之八十八点六。')).toEqual({
      isAccepted: true,
    });
  });

  it('rejects a reply that leaves the share out', () => {
    expect(verdictOn('2022年龙岗区政府收到552件申请，其中自然人489件。')).toEqual({
      isAccepted: false,
      reason: 'the fact 88.6 (深圳市龙岗区人民政府 2022 自然人占比) is missing',
    });
  });

  it.each([
    ['rounded to a whole percent', '2022年龙岗区政府收到552件申请，自然人489件，约占89%。', '"89%"'],
    ['with more decimals than the template', '2022年龙岗区政府收到552件申请，自然人489件，占88.59%。', '"88.59%"'],
    ['as 九成', '2022年龙岗区政府收到552件申请，自然人489件，近九成。', '"九"'],
  ])('rejects a share %s', (_name, reply, named) => {
    const verdict = verdictOn(reply);
    expect(verdict.isAccepted ? '' : verdict.reason).toContain(`the number ${named} is not among`);
  });
});

describe('checkReply with numbers from the question', () => {
  it('allows a number the question asked about (前三)', () => {
    const reply = '2022年收到申请最多的前3名中，龙岗区政府552件。';
    expect(
      checkReply({
        reply,
        question: '2022年收到申请最多的前三个单位',
        facts: [longgangReceived],
        templateReply: LONGGANG_RECEIVED_TEMPLATE,
      }),
    ).toEqual({ isAccepted: true });
  });

  it('states a change with its sign dropped (减少19 for -19)', () => {
    const change = {
      ...nanshanLicensing,
      metric: 'activeDisclosure.licensing.change',
      label: '行政许可增减',
      value: -19,
    };
    const verdict = checkReply({
      reply: '2020年南山区政府行政许可项目减少19项。',
      question: '南山区2020年行政许可增减多少？',
      facts: [change],
      templateReply: '深圳市南山区人民政府 2020年 行政许可 本年增/减 -19',
    });
    expect(verdict).toEqual({ isAccepted: true });
  });
});

describe('matchesAmount', () => {
  it.each([
    ['0.00万', 22, false],
    ['0.0022万', 22, true],
    ['0.02万', 215, false],
    ['17.08亿', -1708154000, true],
    ['552', 552, true],
    ['552.0', 552, true],
    ['551.6', 552, false],
  ] as const)('%s states %d: %s', (written, amount, expected) => {
    const [mention] = readNumbers(written);
    expect(mention && matchesAmount(mention, amount)).toBe(expected);
  });
});
