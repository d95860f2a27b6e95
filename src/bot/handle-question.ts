// The one path every channel's message takes: channel event → BotContext → (subscribe | reset | limit | answer).
// Chat (你好, 谢谢, a bare mention) is the engine's to answer, so that every channel and the console reply alike.
import type { Answer, Engine } from '../answers/index.js';
import type { Store } from '../store/index.js';
import { isOneOf, RESET_WORDS, SUBSCRIBE_WORDS, UNSUBSCRIBE_WORDS } from './chat-words.js';
import { changeSubscription } from './digest-subscriptions.js';
import type { Logger } from './logger.js';
import type { QuestionLimiter } from './question-limiter.js';

export type ChannelName = 'wechat' | 'slack' | 'wecom' | 'cli';

/**
 * How a message reached the bot: `direct` (one-to-one chat, slash command), an @`mention` in a group, or
 * `unaddressed`: a group message that did not mention the bot (it starts with the prefix `年报`, or follows up
 * in a Slack thread the bot answered) and so may be talk among people.
 */
export type Trigger = 'direct' | 'mention' | 'unaddressed';

/** One conversation turn, whatever the channel. Adapters build it; they never look inside the question. */
export interface BotContext {
  readonly channel: ChannelName;
  /** Whose context follow-ups share: one person in one place (room + sender; Slack thread + user). */
  readonly conversationId: string;
  /** Where it was said (a group, a Slack channel, a direct chat): rate limits count per place. */
  readonly place: string;
  readonly trigger: Trigger;
  readonly text: string;
  /** Sends the reply where the question came from; `answer` lets rich channels (Slack) add formatting. */
  reply(text: string, answer?: Answer): Promise<void>;
  /** Clarifying questions, apologies and notices, for the asker's eyes only where the channel can (Slack). */
  replyToAsker?(text: string): Promise<void>;
}

export interface QuestionDeps {
  readonly engine: Engine;
  readonly logger: Logger;
  /** Questions per place per minute; none for channels whose platform limits the askers itself. */
  readonly limiter?: QuestionLimiter;
  /** Where 订阅日报 / 取消订阅 keep the group's choice; without it those words are questions like any other. */
  readonly digestStore?: Store;
}

/** What a user sees when answering fails: short, no stack trace, with a question that works. */
export const APOLOGY = '抱歉，回答这个问题时出了点问题，请稍后再试。可以这样问：龙岗区2022年收到多少政府信息公开申请？';

/** The reply to 重新开始. */
export const RESET_REPLY = '好的，已清除之前的对话，可以重新提问。';

/** The reply past the rate limit. */
export const askLater = (perMinute: number): string =>
  `问得有点快，请稍后再问（这里每分钟最多回答 ${perMinute} 个问题）。`;

/** Handles one message and replies. Errors are logged with the conversation id, never thrown. */
export async function handleQuestion(ctx: BotContext, deps: QuestionDeps): Promise<void> {
  const question = ctx.text.trim();
  const where = `${ctx.channel} ${ctx.conversationId}`;
  const toAsker = (text: string) => (ctx.replyToAsker ?? ctx.reply)(text);
  try {
    // A bare mention is greeted (by the engine, as any chat); an empty message that did not mention us is nothing.
    if (question === '' && ctx.trigger !== 'mention') return;
    const wish = isOneOf(question, SUBSCRIBE_WORDS)
      ? 'subscribe'
      : isOneOf(question, UNSUBSCRIBE_WORDS)
        ? 'unsubscribe'
        : null;
    if (wish !== null && deps.digestStore !== undefined) {
      deps.logger.info(`${where}: ${wish} ${ctx.place} to the digest`);
      return await ctx.reply(await changeSubscription(deps.digestStore, ctx.place, wish));
    }
    if (isOneOf(question, RESET_WORDS)) {
      await deps.engine.forget(ctx.conversationId);
      return await toAsker(RESET_REPLY);
    }
    const admission = deps.limiter?.admit(ctx.place, ctx.conversationId) ?? 'answer';
    if (admission !== 'answer') {
      const limit = deps.limiter?.perMinute ?? 0;
      const told = admission === 'ask-later' ? 'asked to ask later' : 'already asked to ask later, not answered';
      deps.logger.warn(`${where}: more than ${limit} questions a minute in ${ctx.place}, ${told}`);
      if (admission === 'ask-later') await toAsker(askLater(limit));
      return;
    }
  } catch (error) {
    deps.logger.error(`${where}: reply could not be sent`, error);
    return;
  }
  await answerQuestion(ctx, question, deps);
}

async function answerQuestion(ctx: BotContext, question: string, deps: QuestionDeps): Promise<void> {
  const where = `${ctx.channel} ${ctx.conversationId}`;
  let answer: Answer | undefined;
  try {
    answer = await deps.engine.answer(question, { conversationId: ctx.conversationId });
  } catch (error) {
    deps.logger.error(`${where}: answering failed`, error);
  }
  // Group chat that merely starts with the prefix (年报什么时候报送？) is talk among people, not a question for us.
  if (answer?.status === 'not_understood' && ctx.trigger === 'unaddressed') {
    deps.logger.info(`${where}: not understood as a question, and not addressed to the bot; no reply`);
    return;
  }
  try {
    if (answer === undefined) await (ctx.replyToAsker ?? ctx.reply)(APOLOGY);
    else if (answer.status === 'clarify' || answer.status === 'not_understood') {
      await (ctx.replyToAsker ?? ctx.reply)(answer.answer);
    } else await ctx.reply(answer.answer, answer);
  } catch (error) {
    deps.logger.error(`${where}: reply could not be sent`, error);
  }
}
