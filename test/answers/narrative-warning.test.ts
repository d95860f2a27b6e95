// An answer from a report whose prose contradicts the cell it answers with says so, through the same warning every
// failing check gives; an answer from its other cells does not.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import { parseText, readSample } from '../parser/read-report.js';
import { listOnlyStore } from './sample-store.js';

describe('answers from a report whose text and table disagree', () => {
  const nanshan = readSample('nanshan-district-2020');
  // The prose says 226 applications where table 三 prints 262.
  const report = parseText(nanshan.replace('共收到262宗', '共收到226宗'), 'nanshan-district-2020.txt');
  const engine = createEngine({ store: listOnlyStore([report]) });

  it('the number asked for comes from the table, with a note that the text says otherwise', async () => {
    const answer = await engine.answer('南山区2020年收到多少政府信息公开申请？');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.value)).toEqual([262]);
    expect(answer.answer).toContain(
      '注意：该报告数字不一致，正文与表格不一致：正文“2020年我区各部门共收到226宗政府信息公开申请”中，收到申请 226，但表三“本年新收政府信息公开申请数量”总计为 262',
    );
  });

  it('a figure the prose agrees with carries no note', async () => {
    const answer = await engine.answer('南山区2020年行政复议多少件？');
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => fact.value)).toEqual([5]);
    expect(answer.answer).not.toContain('正文与表格不一致');
  });

  it('in English too', async () => {
    const answer = await engine.answer('How many applications did Nanshan receive in 2020?');
    expect(answer.facts.map((fact) => fact.value)).toEqual([262]);
    expect(answer.answer).toContain(
      "Warning: this report's figures disagree: the text disagrees with the table: 正文“2020年我区各部门共收到226宗政府信息公开申请”: 收到申请 226, but 表三“本年新收政府信息公开申请数量”总计 is 262",
    );
  });
});
