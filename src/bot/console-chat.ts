// The console chat: what `npm start` runs when no channel is configured, so a newcomer can try at once.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Answer, Engine } from '../answers/index.js';
import type { ReportCounts, Store } from '../store/index.js';
import { drawChartOf } from './answer-chart.js';
import { requireQuery } from './digest-figures.js';
import { handleQuestion } from './handle-question.js';
import type { Logger } from './logger.js';

export const CONSOLE_PROMPT = '问：';

/** How to connect real chats, after what the store holds. */
export const CHANNEL_SETTINGS = [
  '接入聊天通道（全部变量见 .env.example 和 README）：',
  '  企业微信群（推荐）：创建智能机器人（API 模式），设置 WECOM_BOT_TOKEN 和 WECOM_BOT_AES_KEY，回调地址 /wecom/callback。',
  '  Slack：设置 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET（或 SLACK_APP_TOKEN 用 Socket Mode）。',
  '  微信：设置 WECHATY_PUPPET（个人微信用 wechaty-puppet-wechat4u，启动后扫码登录）。',
  '  日报推送到企业微信群：设置 WECOM_WEBHOOK_URLS。',
  '输入问题后回车；Ctrl+D（Windows 上 Ctrl+Z 回车）退出。',
].join('\n');

/** The first screen: what the store holds (N reports of M organs, which years), three questions to try, the channels. */
export function composeConsoleBanner(counts: ReportCounts, examples: readonly string[]): string {
  const years = counts.years.map((entry) => entry.year);
  const holding =
    counts.reports === 0
      ? '库中还没有报告：用 nianbao ingest <文件或文件夹> 导入年报。'
      : `库中有 ${counts.reports} 份报告，来自 ${counts.organs} 个单位，年份：${years.join('、')}。`;
  return [
    'nianbao 政府信息公开年报问答 · 控制台模式（未配置聊天通道）',
    holding,
    '可以这样问：',
    ...examples.slice(0, 3).map((question) => `  - ${question}`),
    CHANNEL_SETTINGS,
  ].join('\n');
}

export interface ConsoleChatDeps {
  readonly engine: Engine;
  readonly store: Store;
  readonly logger: Logger;
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Ends the chat early (shutdown signal). */
  readonly signal?: AbortSignal;
  /** Where answers' charts are saved (a nianbao-charts folder in the system's temp folder by default). */
  readonly chartDir?: string;
}

/** Answers one question per line until the input ends (or the signal aborts). */
export async function runConsoleChat(deps: ConsoleChatDeps): Promise<void> {
  const { input, output, signal } = deps;
  // Read the store before listening to the input, so no line typed meanwhile is lost.
  // Counted by the store (one query per year on a database), never by reading every report.
  const counts = await requireQuery(deps.store, 'countReports')();
  const banner = composeConsoleBanner(counts, await deps.engine.examples('zh'));
  if (signal?.aborted) return;
  const isInteractive = isTerminal(input);
  const lines = createInterface({ input, output, prompt: CONSOLE_PROMPT, terminal: isInteractive });
  // In a terminal, Ctrl+C arrives here rather than as a process signal.
  lines.on('SIGINT', () => lines.close());
  signal?.addEventListener('abort', () => lines.close(), { once: true });
  output.write(`${banner}\n`);
  lines.prompt();
  const ctx = (text: string) => ({
    channel: 'cli' as const,
    conversationId: 'cli',
    place: 'cli',
    trigger: 'direct' as const,
    text,
    reply: async (reply: string, answer?: Answer) => {
      output.write(`答：${reply}\n`);
      const saved = await saveChart(answer, deps);
      if (saved !== null) output.write(`图表：${saved}\n`);
    },
  });
  for await (const line of lines) {
    // A terminal echoes what was typed; piped input does not, so echo it to keep the transcript readable.
    if (!isInteractive) output.write(`${line}\n`);
    // 订阅日报 here is told where it works (in a group), not taken as a question.
    await handleQuestion(ctx(line), { ...deps, digestStore: deps.store });
    lines.prompt();
  }
  output.write('\n');
}

/** Saves the answer's chart (when it has one) and returns the file's path; a failure is logged, never fatal. */
async function saveChart(answer: Answer | undefined, deps: ConsoleChatDeps): Promise<string | null> {
  const chart = await drawChartOf(answer, deps.logger);
  if (chart === null) return null;
  const dir = deps.chartDir ?? join(tmpdir(), 'nianbao-charts');
  const path = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${chart.plan.spec.kind}.png`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path, chart.png);
    return path;
  } catch (error) {
    deps.logger.warn(`console: the chart could not be saved to ${path}`, error);
    return null;
  }
}

function isTerminal(stream: NodeJS.ReadableStream): boolean {
  return (stream as NodeJS.ReadableStream & { isTTY?: boolean }).isTTY === true;
}
