// Asking as a user does: through the bot's one path (handleQuestion, what every channel calls), so greetings
// and 重新开始 are handled where users meet them, and every other question reaches createEngine().answer,
// whose Answer (status and facts) is what gets scored.
import type { Answer, Engine } from '../../src/answers/index.js';
import { createMemoryLogger, handleQuestion } from '../../src/bot/index.js';

export interface Asked {
  readonly answer: Answer;
  /** `engine`: the engine's Answer; `bot`: the bot replied itself (greeting, reset, apology), with no facts. */
  readonly path: 'engine' | 'bot';
  /** What the bot logged as an error (the engine threw, a reply failed). */
  readonly errors: readonly string[];
}

export async function askAsUser(engine: Engine, question: string, conversationId: string): Promise<Asked> {
  let recorded: Answer | undefined;
  const recording: Engine = {
    ...engine,
    answer: async (text, options) => {
      recorded = await engine.answer(text, options);
      return recorded;
    },
  };
  const replies: string[] = [];
  const logger = createMemoryLogger();
  await handleQuestion(
    {
      channel: 'cli',
      conversationId,
      place: conversationId,
      trigger: 'mention',
      text: question,
      reply: async (text) => {
        replies.push(text);
      },
    },
    { engine: recording, logger },
  );
  const errors = logger.lines.filter((line) => line.startsWith('error'));
  if (recorded) return { answer: recorded, path: 'engine', errors };
  const answer: Answer = { status: 'answered', answer: replies.join('\n'), facts: [], lang: 'zh', via: 'template' };
  return { answer, path: 'bot', errors };
}
