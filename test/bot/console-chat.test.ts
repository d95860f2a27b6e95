import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import { CHANNEL_SETTINGS } from '../../src/bot/console-chat.js';
import { APOLOGY, serve } from '../../src/bot/index.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { loadConfig } from '../../src/config.js';
import { createScriptedEngine, makeTempDir, openExpectedStore, useTempStore } from './helpers.js';

const QUESTION = '龙岗区2022年收到多少政府信息公开申请？';

/** Collects everything written to a stream. */
function capture(): { stream: PassThrough; text(): string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('console chat (serve with no channel configured)', () => {
  const fixture = useTempStore(openExpectedStore);

  it('prints the banner, answers each line through the engine as one conversation, and ends with the input', async () => {
    const engine = createScriptedEngine(undefined, createEngine({ store: fixture.store }));
    const input = new PassThrough();
    const output = capture();
    const served = serve({
      config: loadConfig({}),
      store: fixture.store,
      engine,
      input,
      output: output.stream,
      logger: createMemoryLogger(),
    });
    input.end(`${QUESTION}\n\n那南山区呢？\n`);
    await served;
    expect(engine.calls).toEqual([
      { question: QUESTION, conversationId: 'cli' },
      { question: '那南山区呢？', conversationId: 'cli' },
    ]);
    expect(output.text()).toBe(
      [
        'nianbao 政府信息公开年报问答 · 控制台模式（未配置聊天通道）',
        '库中有 5 份报告，来自 5 个单位，年份：2020、2021、2022。',
        '可以这样问：',
        '  - 龙岗区2022年收到多少政府信息公开申请？',
        '  - 龙岗区2022年申请的办理结果',
        '  - 龙岗区2022年行政复议和行政诉讼情况',
        CHANNEL_SETTINGS,
        `问：${QUESTION}`,
        `答：echo:${QUESTION}@cli`,
        '问：',
        '问：那南山区呢？',
        '答：echo:那南山区呢？@cli',
        '问：',
        '',
      ].join('\n'),
    );
  });

  it('answers with an apology when the engine throws, and goes on', async () => {
    const engine = createScriptedEngine((question) => (question === 'boom' ? new Error('engine exploded') : undefined));
    const input = new PassThrough();
    const output = capture();
    const logger = createMemoryLogger();
    const served = serve({
      config: loadConfig({}),
      store: fixture.store,
      engine,
      input,
      output: output.stream,
      logger,
    });
    input.end('boom\nok\n');
    await served;
    expect(output.text()).toContain(`问：boom\n答：${APOLOGY}\n问：ok\n答：echo:ok@cli\n`);
    expect(logger.lines).toEqual(['error cli cli: answering failed: Error: engine exploded']);
  });

  it('stops when the shutdown signal fires, even with the input still open', async () => {
    const input = new PassThrough();
    const stop = new AbortController();
    const served = serve({
      config: loadConfig({}),
      store: fixture.store,
      engine: createScriptedEngine(),
      input,
      output: capture().stream,
      logger: createMemoryLogger(),
      signal: stop.signal,
    });
    stop.abort();
    await expect(served).resolves.toBeUndefined();
  });
});

describe('npm start: the real process, driven through stdin', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('builds the sample store, answers the 552 question, and exits 0 at the end of input', async () => {
    // No channel variables: only what node needs to run.
    const env = { PATH: process.env.PATH ?? '', HOME: temp.path };
    const child = spawn(process.execPath, ['bin/nianbao.js', 'serve', '--store', `${temp.path}/store.json`], {
      env,
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      child.stdin.write(`${QUESTION}\n`);
      await waitForText(() => stdout, /答：.*\n/, 20_000);
      child.stdin.end();
      expect(await exited).toBe(0);
    } finally {
      child.kill();
    }
    expect(stdout).toContain('控制台模式');
    expect(stdout).toMatch(/答：[^\n]*552/);
    expect(stderr).toBe('');
  });
});

async function waitForText(read: () => string, pattern: RegExp, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (!pattern.test(read())) {
    if (Date.now() - start > timeoutMs) throw new Error(`no ${pattern} in output within ${timeoutMs} ms:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
