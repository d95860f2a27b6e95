// The console chat: what `npm start` runs when no channel is configured, so a newcomer can try at once.
import { createInterface } from 'node:readline';
import type { Engine } from '../answers/index.js';
import { handleQuestion } from './handle-question.js';
import type { Logger } from './logger.js';

export const CONSOLE_PROMPT = '问：';

/** Printed once at start: what this is and how to connect real chats. */
export const CONSOLE_BANNER = [
  'nianbao 政府信息公开年报问答 · 控制台模式（未配置聊天通道）',
  '  接入微信：设置 WECHATY_PUPPET（个人微信用 wechaty-puppet-wechat4u，企业微信用 wechaty-puppet-service 并设置 WECHATY_PUPPET_TOKEN），启动后扫码登录。',
  '  接入 Slack：设置 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET（或 SLACK_APP_TOKEN 用 Socket Mode）。',
  '  企业微信群机器人推送日报：设置 WECOM_WEBHOOK_URLS。全部变量见 .env.example 和 README。',
  '输入问题后回车；Ctrl+D（Windows 上 Ctrl+Z 回车）退出。',
].join('\n');

export interface ConsoleChatDeps {
  readonly engine: Engine;
  readonly logger: Logger;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Ends the chat early (shutdown signal). */
  readonly signal?: AbortSignal;
}

/** Answers one question per line until the input ends (or the signal aborts). */
export async function runConsoleChat(deps: ConsoleChatDeps): Promise<void> {
  const { input, output, signal } = deps;
  const isInteractive = isTerminal(input);
  const lines = createInterface({ input, output, prompt: CONSOLE_PROMPT, terminal: isInteractive });
  // In a terminal, Ctrl+C arrives here rather than as a process signal.
  lines.on('SIGINT', () => lines.close());
  signal?.addEventListener('abort', () => lines.close(), { once: true });
  output.write(`${CONSOLE_BANNER}\n`);
  lines.prompt();
  const ctx = (text: string) => ({
    channel: 'cli' as const,
    conversationId: 'cli',
    place: 'cli',
    trigger: 'direct' as const,
    text,
    reply: async (reply: string) => {
      output.write(`答：${reply}\n`);
    },
  });
  for await (const line of lines) {
    // A terminal echoes what was typed; piped input does not, so echo it to keep the transcript readable.
    if (!isInteractive) output.write(`${line}\n`);
    await handleQuestion(ctx(line), deps);
    lines.prompt();
  }
  output.write('\n');
}

function isTerminal(stream: NodeJS.ReadableStream): boolean {
  return (stream as NodeJS.ReadableStream & { isTTY?: boolean }).isTTY === true;
}
