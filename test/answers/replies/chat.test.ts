// Chat is answered by the engine: a short friendly line and three example questions that work on the store, in
// the language and script of the message; a question that merely starts with a greeting is still a question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Store } from '../../../src/store/index.js';
import { LONGGANG, openSampleAnswerStore } from '../sample-store.js';

let store: Store;
let engine: Engine;
beforeAll(async () => {
  store = await openSampleAnswerStore();
  engine = createEngine({ store });
});
afterAll(async () => store.close());

const GREETING_ZH = '你好！我能查政府信息公开工作年度报告里的数字，每个都注明出处。可以这样问：';
const THANKS_ZH = '不客气！还想查什么，可以这样问：';
const HELP_ZH = '我能查政府信息公开工作年度报告里的数字，每个都注明出处。可以这样问：';
const GREETING_EN =
  'Hello! I answer questions about the numbers in government information disclosure annual reports, each with its source. Try:';
const THANKS_EN = "You're welcome! Anything else? Try:";

describe('chat gets one friendly line and three example questions', () => {
  it.each([
    ['你好', GREETING_ZH],
    ['您好！', GREETING_ZH],
    ['早上好', GREETING_ZH],
    ['大家好呀～', GREETING_ZH],
    ['在吗？', GREETING_ZH],
    ['', GREETING_ZH],
    ['@年报助手', GREETING_ZH],
    ['[微笑]', GREETING_ZH],
    ['谢谢', THANKS_ZH],
    ['谢谢老师！', THANKS_ZH],
    ['辛苦了👍', THANKS_ZH],
    ['好的，收到', THANKS_ZH],
    // 帮大忙了 thanks for help given: not 帮忙, a request for help.
    ['感谢感谢，帮大忙了', THANKS_ZH],
    ['帮了我大忙，谢谢！', THANKS_ZH],
    ['👍', THANKS_ZH],
    ['帮助', HELP_ZH],
    ['年报', HELP_ZH],
    ['政府信息公开', HELP_ZH],
    ['你能做什么？', HELP_ZH],
    ['你能回答什么问题', HELP_ZH],
    ['可以查什么？', HELP_ZH],
    // Help in everyday words: 啥 / 干嘛 / 些什么 are what-words of the same ask.
    ['老师好，这个机器人能查啥', HELP_ZH],
    ['你会干嘛', HELP_ZH],
    ['机器人能干嘛？', HELP_ZH],
    ['你都能回答些啥', HELP_ZH],
    ['可以问哪些', HELP_ZH],
    ['？', HELP_ZH],
  ])('%j', async (message, first) => {
    const answer = await engine.answer(message);
    expect(answer.status).toBe('chat');
    expect(answer.facts).toEqual([]);
    const examples = (await engine.examples('zh')).slice(0, 3).map((example) => `- ${example}`);
    expect(answer.answer.split('\n')).toEqual([first, ...examples]);
  });

  it.each([
    ['hi there', GREETING_EN],
    ['Hello!', GREETING_EN],
    ['good morning', GREETING_EN],
    ['thanks', THANKS_EN],
    ['Thank you so much!', THANKS_EN],
  ])('%j in English', async (message, first) => {
    const answer = await engine.answer(message);
    expect([answer.status, answer.lang]).toEqual(['chat', 'en']);
    const examples = (await engine.examples('en')).slice(0, 3).map((example) => `- ${example}`);
    expect(answer.answer.split('\n')).toEqual([first, ...examples]);
  });

  it('謝謝 and 你好 in Traditional are answered in Traditional', async () => {
    const thanks = await engine.answer('謝謝！');
    expect(thanks.status).toBe('chat');
    expect(thanks.answer.split('\n')[0]).toBe('不客氣！還想查什麼，可以這樣問：');
    expect(thanks.answer).toContain('- 龍崗區2022年收到多少政府信息公開申請？');
    expect((await engine.answer('早安，各位')).status).toBe('chat');
  });

  it('every example a chat reply offers is answered', async () => {
    const reply = await engine.answer('你好');
    const examples = reply.answer
      .split('\n')
      .slice(1)
      .map((line) => line.replace(/^- /u, ''));
    expect(examples).toHaveLength(3);
    for (const example of examples) expect((await engine.answer(example)).status, example).toBe('answered');
  });

  it('an empty store still gets a friendly reply, with the examples that need no organ', async () => {
    const empty = createEngine({ store: { ...store, list: async () => [] } });
    const answer = await empty.answer('你好');
    expect(answer.status).toBe('chat');
    expect(answer.answer.split('\n').slice(1)).toEqual((await empty.examples('zh')).slice(0, 3).map((q) => `- ${q}`));
  });
});

describe('a question with chat words around it is still a question', () => {
  it.each([
    ['你好，龙岗区2022年收到多少申请？', 'answered'],
    ['谢谢！龙岗区2022年行政诉讼多少件', 'answered'],
    ['你好，2022年', 'not_understood'],
    ['年报什么时候报送？', 'not_understood'],
    ['你好，今天天气怎么样', 'not_understood'],
    ['龙岗区能查啥', 'not_understood'],
    ['这个', 'not_understood'],
    ['thanks, how many applications did Longgang receive in 2022?', 'answered'],
  ] as const)('%j', async (question, status) => {
    const answer = await engine.answer(question);
    expect(answer.status, answer.answer).toBe(status);
    if (status === 'answered') expect(answer.answer).toContain(LONGGANG);
  });
});
