// The one path every channel's question takes: channel event → BotContext → engine.answer → ctx.reply.
import type { Answer, Engine } from '../answers/index.js';
import type { Logger } from './logger.js';

export type ChannelName = 'wechat' | 'slack' | 'cli';

/** One conversation turn, whatever the channel. Adapters build it; they never look inside the question. */
export interface BotContext {
  readonly channel: ChannelName;
  /** Follow-up questions with the same id share context (a WeChat room, a Slack channel or thread). */
  readonly conversationId: string;
  readonly text: string;
  /** Sends the reply where the question came from; `answer` lets rich channels (Slack) add formatting. */
  reply(text: string, answer?: Answer): Promise<void>;
}

export interface QuestionDeps {
  readonly engine: Engine;
  readonly logger: Logger;
}

/** What a user sees when answering fails: short, no stack trace, with a question that works. */
export const APOLOGY = '抱歉，回答这个问题时出了点问题，请稍后再试。可以这样问：龙岗区2022年收到多少政府信息公开申请？';

/** Answers one question and replies. Errors are logged with the conversation id, never thrown. */
export async function handleQuestion(ctx: BotContext, deps: QuestionDeps): Promise<void> {
  const question = ctx.text.trim();
  if (question === '') return;
  let answer: Answer | undefined;
  try {
    answer = await deps.engine.answer(question, { conversationId: ctx.conversationId });
  } catch (error) {
    deps.logger.error(`${ctx.channel} ${ctx.conversationId}: answering failed`, error);
  }
  try {
    await (answer ? ctx.reply(answer.answer, answer) : ctx.reply(APOLOGY));
  } catch (error) {
    deps.logger.error(`${ctx.channel} ${ctx.conversationId}: reply could not be sent`, error);
  }
}
