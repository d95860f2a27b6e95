import { describe, expect, it } from 'vitest';
import { createEngine, createStoreMemory } from '../../src/answers/index.js';
import { isOneOf, RESET_WORDS } from '../../src/bot/chat-words.js';
import { APOLOGY, type BotContext, handleQuestion, RESET_REPLY } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { createQuestionLimiter } from '../../src/bot/question-limiter.js';
import { ANSWER_552, createScriptedEngine, openExpectedStore, useTempStore } from './helpers.js';

/** A context that records what was said publicly and what only to the asker. */
function turn(text: string, overrides: Partial<BotContext> = {}) {
  const said: string[] = [];
  const toAsker: string[] = [];
  const ctx: BotContext = {
    channel: 'slack',
    conversationId: 'slack:C1:U1',
    place: 'slack:C1',
    trigger: 'mention',
    text,
    reply: async (reply) => void said.push(reply),
    replyToAsker: async (reply) => void toAsker.push(reply),
    ...overrides,
  };
  return { ctx, said, toAsker };
}

describe('handleQuestion: the one path of every channel', () => {
  it.each([
    ['你好', true],
    ['您好！', true],
    ['Hello.', true],
    ['  在吗？ ', true],
    ['你好，龙岗区2022年收到多少申请？', false],
    ['重新开始', false],
  ])('isOneOf(%j, greetings) is %s', (text, expected) => {
    expect(isOneOf(text, ['你好', '您好', 'hello', '在吗'])).toBe(expected);
  });

  it.each([
    ['重新开始吧', true],
    ['那我们重新开始吧！', true],
    ['请重新开始', true],
    ['咱们重来一下吧', true],
    ["Let's start over.", true],
    ['please reset', true],
    ['重新开始统计龙岗区2022年的申请', false],
    ['那结转下年度的呢', false],
    ['重来了', false],
  ])('isOneOf(%j, resets), polite words around the command read through, is %s', (text, expected) => {
    expect(isOneOf(text, RESET_WORDS)).toBe(expected);
  });

  it('answers with facts publicly; clarifications and apologies go to the asker only', async () => {
    const clarify = { ...ANSWER_552, status: 'clarify' as const, answer: '哪个单位？', facts: [] };
    const engine = createScriptedEngine((question) =>
      question === 'boom' ? new Error('down') : question === '龙岗' ? clarify : ANSWER_552,
    );
    const deps = { engine, logger: createMemoryLogger() };
    const answered = turn('龙岗区2022年收到多少申请？');
    await handleQuestion(answered.ctx, deps);
    const clarified = turn('龙岗');
    await handleQuestion(clarified.ctx, deps);
    const failed = turn('boom');
    await handleQuestion(failed.ctx, deps);
    expect([answered.said, answered.toAsker]).toEqual([[ANSWER_552.answer], []]);
    expect([clarified.said, clarified.toAsker]).toEqual([[], ['哪个单位？']]);
    expect([failed.said, failed.toAsker]).toEqual([[], [APOLOGY]]);
  });

  it("an unaddressed group message that is not understood gets no reply; addressed ones get the engine's", async () => {
    const notUnderstood = { ...ANSWER_552, status: 'not_understood' as const, answer: 'HELP', facts: [] };
    const deps = { engine: createScriptedEngine(() => notUnderstood), logger: createMemoryLogger() };
    const overheard = turn('什么时候报送？', { trigger: 'unaddressed' });
    const asked = turn('什么时候报送？', { trigger: 'direct' });
    await handleQuestion(overheard.ctx, deps);
    await handleQuestion(asked.ctx, deps);
    expect([...overheard.said, ...overheard.toAsker]).toEqual([]);
    expect(asked.toAsker).toEqual(['HELP']);
  });

  it("an empty unaddressed message is ignored; an empty mention is the engine's to greet, in public", async () => {
    const greeting = { ...ANSWER_552, status: 'chat' as const, answer: '你好！…\n- 问一', facts: [] };
    const engine = createScriptedEngine((question) => (question === '' ? greeting : undefined));
    const deps = { engine, logger: createMemoryLogger() };
    const empty = turn('  ', { trigger: 'unaddressed' });
    const bare = turn('');
    await handleQuestion(empty.ctx, deps);
    await handleQuestion(bare.ctx, deps);
    expect(empty.said).toEqual([]);
    expect([bare.said, bare.toAsker]).toEqual([[greeting.answer], []]);
    expect(engine.calls).toEqual([{ question: '', conversationId: 'slack:C1:U1' }]);
  });

  it('the limit counts per place; past it the asker hears once to ask later, and is not answered', async () => {
    let now = 0;
    const limiter = createQuestionLimiter(1, () => now);
    const engine = createScriptedEngine();
    const logger = createMemoryLogger();
    const turns = ['一', '二', '三'].map((text) => turn(text));
    for (const { ctx } of turns) await handleQuestion(ctx, { engine, logger, limiter });
    const elsewhere = turn('四', { place: 'slack:C2', conversationId: 'slack:C2:U1' });
    await handleQuestion(elsewhere.ctx, { engine, logger, limiter });
    now = 61_000;
    const later = turn('五');
    await handleQuestion(later.ctx, { engine, logger, limiter });
    expect(engine.calls.map((call) => call.question)).toEqual(['一', '四', '五']);
    expect(turns.map((entry) => entry.toAsker)).toEqual([
      [],
      ['问得有点快，请稍后再问（这里每分钟最多回答 1 个问题）。'],
      [],
    ]);
    expect(logger.lines).toEqual([
      'warn slack slack:C1:U1: more than 1 questions a minute in slack:C1, asked to ask later',
      'warn slack slack:C1:U1: more than 1 questions a minute in slack:C1, already asked to ask later, not answered',
    ]);
  });

  describe('重新开始 with the real engine and the store-backed memory', () => {
    const fixture = useTempStore(openExpectedStore);

    it("forgets the asker's context, in the store, and says so", async () => {
      const memory = createStoreMemory(fixture.store);
      const engine = createEngine({ store: fixture.store, memory });
      const deps = { engine, logger: createMemoryLogger() };
      const ask = async (text: string) => {
        const { ctx, said, toAsker } = turn(text);
        await handleQuestion(ctx, deps);
        return [...said, ...toAsker].join('\n');
      };
      expect(await ask('龙岗区2022年行政复议总数？')).toContain('行政复议 15 件');
      expect(await ask('那南山区2020年呢？')).toMatch(/^深圳市南山区人民政府 2020年 行政复议 5 件/);
      expect(await ask('重新开始')).toBe(RESET_REPLY);
      expect(await memory?.get('slack:C1:U1')).toBeUndefined();
      expect(await ask('那南山区2020年呢？')).toContain('262');
    });

    it('清除记录 is a reset too', async () => {
      const memory = createStoreMemory(fixture.store);
      const engine = createEngine({ store: fixture.store, memory });
      const deps = { engine, logger: createMemoryLogger() };
      const ask = async (text: string) => {
        const { ctx, said, toAsker } = turn(text);
        await handleQuestion(ctx, deps);
        return [...said, ...toAsker].join('\n');
      };
      expect(await ask('龙岗区2022年行政复议总数？')).toContain('行政复议 15 件');
      expect(await ask('清除记录')).toBe(RESET_REPLY);
      expect(await memory?.get('slack:C1:U1')).toBeUndefined();
    });
  });
});
