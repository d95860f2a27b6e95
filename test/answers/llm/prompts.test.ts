import { describe, expect, it } from 'vitest';
import { buildPhrasingMessages, buildQueryMessages, MAX_ORGANS_IN_PROMPT } from '../../../src/answers/llm/prompts.js';
import { LONGGANG_RECEIVED_TEMPLATE, longgangReceived } from './facts.js';
import { skeletonOf } from './guard-fixtures.js';

describe('buildPhrasingMessages', () => {
  const skeleton = skeletonOf({
    answer: LONGGANG_RECEIVED_TEMPLATE,
    facts: [longgangReceived],
    lang: 'zh' as const,
  });
  const [system, user] = buildPhrasingMessages('龙岗区2022年收到多少政府信息公开申请？', skeleton);

  it('gives the question, the template in placeholders and what each placeholder stands for, never the template', () => {
    expect(user?.role).toBe('user');
    expect(user?.content).toBe(
      [
        'Question: 龙岗区2022年收到多少政府信息公开申请？',
        'Template reply with placeholders:\n{{org1}} {{year1}} {{metric1}} {{v1}}{{src1}}',
        'What nianbao writes for each placeholder (to understand them; never copy these texts):',
      ].join('\n\n') +
        '\n{{org1}} = 深圳市龙岗区人民政府\n{{year1}} = 2022年\n{{metric1}} = 收到政府信息公开申请\n{{v1}} = 552 件\n{{src1}} = （表三“本年新收政府信息公开申请数量”总计）',
    );
  });

  it("never shows the model the reply's source footer: nianbao appends it after the guard", () => {
    expect(skeleton.footer).toBe('\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》');
    for (const message of [system, user]) {
      expect(message?.content).not.toContain('年度报告》');
      expect(message?.content).not.toContain('来源');
    }
  });

  it("asks for the question's language, every placeholder, and no number of its own", () => {
    expect(system?.role).toBe('system');
    expect(system?.content).toContain('Write in Simplified Chinese (简体中文), the language of the question.');
    expect(system?.content).toContain('Use every placeholder of the template at least once');
    expect(system?.content).toContain('Never write a number yourself in any form');
    expect(system?.content).toContain('only these words: 为、是、有、共');
    expect(system?.content).toContain('Keep organs and years in the order of the template');
    expect(system?.content).toContain('Give no causes or reasons');
    const english = skeletonOf({
      answer:
        '深圳市龙岗区人民政府, 2022: new information disclosure applications received: 552 (table 3 "本年新收政府信息公开申请数量", column 总计)\nSource: 《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
      facts: [longgangReceived],
      lang: 'en',
    });
    const [englishSystem] = buildPhrasingMessages('How many applications did Longgang receive in 2022?', english);
    expect(englishSystem?.content).toContain('Write in English, the language of the question.');
  });
});

describe('buildQueryMessages', () => {
  const context = {
    jsonSchema: { type: 'object', properties: { query: { type: ['object', 'null'] } } },
    organs: ['深圳市龙岗区人民政府', '深圳市南山区人民政府'],
    regions: ['龙岗区', '南山区'],
    years: [2020, 2021, 2022],
    metrics: [{ id: 'applications.newReceived.total', label: '收到政府信息公开申请' }],
  };

  it("gives the schema, the store's organs, years and metrics, and the question", () => {
    const [system, user] = buildQueryMessages('龙岗那边22年来了几份申请', context);
    expect(system?.content).toContain(JSON.stringify(context.jsonSchema));
    expect(system?.content).toContain('answer {"query": null}');
    expect(system?.content).toContain('Never put a number from the reports into the query');
    expect(system?.content).toContain(
      'Put in the query only the organs, regions, years and figures the question names',
    );
    expect(user?.content).toContain('深圳市龙岗区人民政府\n深圳市南山区人民政府');
    expect(user?.content).toContain('Regions in the store: 龙岗区, 南山区');
    expect(user?.content).toContain('Years in the store: 2020, 2021, 2022');
    expect(user?.content).toContain('applications.newReceived.total: 收到政府信息公开申请');
    expect(user?.content).toMatch(/Question: 龙岗那边22年来了几份申请$/u);
  });

  it('lists a long enum (the metric ids) once, with labels, instead of inside the schema', () => {
    const ids = Array.from({ length: 30 }, (_, at) => `metric.${at}`);
    const schema = {
      type: 'object',
      properties: { metric: { type: 'string', enum: ids }, aggregation: { type: 'string', enum: ['value', 'max'] } },
    };
    const [system] = buildQueryMessages('问题', { ...context, jsonSchema: schema });
    expect(system?.content).toContain(
      '{"type":"object","properties":{"metric":{"type":"string","description":"one of the metric ids listed under Metrics"},"aggregation":{"type":"string","enum":["value","max"]}}}',
    );
  });

  it('keeps the organs sharing most two-character pieces with the question when the store has many', () => {
    const many = Array.from({ length: MAX_ORGANS_IN_PROMPT + 50 }, (_, at) => `某市第${at}区人民政府`);
    const [, user] = buildQueryMessages('龙岗区人民政府收到多少申请', {
      ...context,
      organs: [...many, '深圳市龙岗区人民政府'],
    });
    const listed = user?.content.split('\n\n')[0]?.split('\n').slice(1) ?? [];
    expect(listed).toHaveLength(MAX_ORGANS_IN_PROMPT);
    expect(listed[0]).toBe('深圳市龙岗区人民政府');
  });
});
