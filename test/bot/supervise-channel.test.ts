import { describe, expect, it } from 'vitest';
import { blameChannel, guardProcess } from '../../src/bot/guard-process.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { type ChannelStarter, type SupervisedChannel, superviseChannel } from '../../src/bot/supervise-channel.js';
import { waitFor } from './helpers.js';

/** A channel whose starts follow a script: 'fail', 'hang' (never settles) or 'ok'. */
function scriptedChannel(script: ('fail' | 'hang' | 'ok')[]) {
  const events: string[] = [];
  let attempt = 0;
  const starter: ChannelStarter = {
    name: 'Demo',
    packages: ['demo-sdk'],
    async start() {
      const step = script[attempt++] ?? 'ok';
      events.push(`start ${attempt}: ${step}`);
      if (step === 'fail') throw new Error(`attempt ${attempt} refused`);
      if (step === 'hang') return new Promise(() => undefined);
      const id = attempt;
      return { stop: () => void events.push(`stop ${id}`) };
    },
  };
  return { starter, events };
}

describe('superviseChannel', () => {
  it('retries a failing start with doubling pauses, alerts once, then runs', async () => {
    const { starter, events } = scriptedChannel(['fail', 'fail', 'ok']);
    const logger = createMemoryLogger();
    const alerts: string[] = [];
    const channel = superviseChannel(starter, {
      logger,
      alert: async (text) => void alerts.push(text),
      retryDelayMs: 20,
    });
    expect(await channel.firstStart).toBe(false);
    await waitFor(() => channel.isRunning());
    expect(events).toEqual(['start 1: fail', 'start 2: fail', 'start 3: ok']);
    expect(logger.lines).toEqual([
      'error Demo: could not start; the other channels go on; retrying in 20 ms (Error: attempt 1 refused)',
      'error Demo: could not start; the other channels go on; retrying in 40 ms (Error: attempt 2 refused)',
      'info Demo: running again after 2 failed attempt(s)',
    ]);
    expect(alerts).toEqual(['nianbao：Demo 通道启动失败（attempt 1 refused），请查看日志。']);
    await channel.stop();
    expect(events.at(-1)).toBe('stop 3');
  });

  it('a running channel that breaks is stopped and started again, and alerted (once per outage)', async () => {
    const { starter, events } = scriptedChannel(['ok', 'ok', 'ok']);
    const logger = createMemoryLogger();
    const alerts: string[] = [];
    const channel = superviseChannel(starter, {
      logger,
      alert: async (text) => void alerts.push(text),
      retryDelayMs: 10,
    });
    expect(await channel.firstStart).toBe(true);
    channel.fail(new TypeError('this.listener.onError is not a function'));
    expect(channel.isRunning()).toBe(false);
    await waitFor(() => channel.isRunning());
    channel.fail(new Error('again'));
    await waitFor(() => channel.isRunning());
    expect(events).toEqual(['start 1: ok', 'stop 1', 'start 2: ok', 'stop 2', 'start 3: ok']);
    expect(logger.lines.filter((line) => line.startsWith('error'))).toEqual([
      'error Demo: failed; the other channels go on; retrying in 10 ms (TypeError: this.listener.onError is not a function)',
      'error Demo: failed; the other channels go on; retrying in 10 ms (Error: again)',
    ]);
    // Recovered in between: the second outage is a new one, so it is alerted too.
    expect(alerts).toEqual([
      'nianbao：Demo 通道出错（this.listener.onError is not a function），正在自动重启，请查看日志。',
      'nianbao：Demo 通道出错（again），正在自动重启，请查看日志。',
    ]);
    await channel.stop();
  });

  it('a start that never finishes counts as failed after the timeout; stop ends the retries', async () => {
    const { starter, events } = scriptedChannel(['hang', 'fail', 'fail', 'fail']);
    const logger = createMemoryLogger();
    const channel = superviseChannel(starter, {
      logger,
      alert: async () => undefined,
      retryDelayMs: 10,
      startTimeoutMs: 30,
    });
    expect(await channel.firstStart).toBe(false);
    expect(logger.lines[0]).toBe(
      'error Demo: could not start; the other channels go on; retrying in 10 ms (Error: no start within 30 ms)',
    );
    await waitFor(() => events.length >= 2);
    await channel.stop();
    const attempts = events.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toHaveLength(attempts);
  });
});

describe('guardProcess', () => {
  it('hands an uncaught error to the channel whose package threw it; others are one log line', () => {
    const failed: unknown[] = [];
    const channel = { name: 'WeChat', packages: ['wechaty'], fail: (error: unknown) => failed.push(error) };
    const logger = createMemoryLogger();
    const before = process.listeners('unhandledRejection');
    const unguard = guardProcess(logger, () => [channel as unknown as SupervisedChannel]);
    const added = process.listeners('unhandledRejection').filter((listener) => !before.includes(listener));
    expect(added).toHaveLength(1);
    const fromWechaty = new TypeError('this.listener.onError is not a function');
    fromWechaty.stack = `TypeError: this.listener.onError is not a function
    at WechatyResolver.reportResolutionError (/srv/nianbao/node_modules/wechaty-token/src/resolver-wechaty.ts:44:19)`;
    added[0]?.(fromWechaty, Promise.resolve());
    added[0]?.(new Error('somewhere else'), Promise.resolve());
    unguard();
    expect(process.listeners('unhandledRejection')).toEqual(before);
    expect(failed).toEqual([fromWechaty]);
    expect(logger.lines).toEqual(['error unhandled rejection outside any channel; serving on (Error: somewhere else)']);
  });

  it('blames by package path, on Windows too', () => {
    const slack = { name: 'Slack', packages: ['@slack/'] } as unknown as SupervisedChannel;
    const error = new Error('x');
    error.stack = 'Error: x\n    at C:\\nianbao\\node_modules\\@slack\\bolt\\dist\\App.js:1:1';
    expect(blameChannel(error, [slack])).toBe(slack);
    expect(blameChannel(new Error('y'), [slack])).toBeUndefined();
  });
});
