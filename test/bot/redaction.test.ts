import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRedactor, redactWrites } from '../../src/redact.js';
import { makeTempDir, startStandIn } from './helpers.js';

describe('createRedactor', () => {
  const redact = createRedactor([
    { variable: 'OPENAI_API_KEY', value: 'sk-live-abcdef123456' },
    { variable: 'NIANBAO_DATABASE_URL', value: 'p@ss word' },
    { variable: 'WECOM_WEBHOOK_URLS', value: 'key' },
    { variable: 'WECHATY_PUPPET_TOKEN', value: 'puppet_workpro_abc' },
    { variable: 'SLACK_APP_TOKEN', value: 'puppet_workpro_abc-longer' },
  ]);

  it.each([
    [
      '401 Incorrect API key provided: sk-live-abcdef123456.',
      '401 Incorrect API key provided: [redacted OPENAI_API_KEY].',
    ],
    ['postgres://nianbao:p%40ss%20word@db/x', 'postgres://nianbao:[redacted NIANBAO_DATABASE_URL]@db/x'],
    ['password p@ss word', 'password [redacted NIANBAO_DATABASE_URL]'],
    [
      'hosties/puppet_workpro_abc and puppet_workpro_abc-longer',
      'hosties/[redacted WECHATY_PUPPET_TOKEN] and [redacted SLACK_APP_TOKEN]',
    ],
    // Values this short are no secret worth the name: redacting "key" would garble every line.
    ['send?key=key', 'send?key=key'],
  ])('%s', (line, expected) => {
    expect(redact(line)).toBe(expected);
  });

  it('leaves text alone when nothing is configured', () => {
    expect(createRedactor([])('sk-live-abcdef123456')).toBe('sk-live-abcdef123456');
  });
});

describe('redactWrites', () => {
  it('redacts strings and UTF-8 buffers written to the stream, leaves binary alone, keeps callbacks, can be undone', () => {
    const written: unknown[] = [];
    const stream = {
      write(chunk: unknown, ...rest: unknown[]) {
        written.push(chunk);
        for (const part of rest) if (typeof part === 'function') part();
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    const restore = redactWrites(stream, createRedactor([{ variable: 'SLACK_BOT_TOKEN', value: 'xoxb-secret-1' }]));
    let called = 0;
    stream.write('token xoxb-secret-1\n');
    stream.write(Buffer.from('令牌 xoxb-secret-1\n'), () => called++);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00]);
    stream.write(binary);
    restore();
    stream.write('xoxb-secret-1');
    expect(written).toEqual([
      'token [redacted SLACK_BOT_TOKEN]\n',
      '令牌 [redacted SLACK_BOT_TOKEN]\n',
      binary,
      'xoxb-secret-1',
    ]);
    expect(called).toBe(1);
  });
});

describe('the real process never prints a configured secret', () => {
  it('nianbao ask: a model service that quotes the key in its 401 is logged without the key', async () => {
    const key = 'sk-live-abcdef123456';
    const openai = await startStandIn(() => ({
      status: 401,
      body: { error: { message: `Incorrect API key provided: ${key}.`, type: 'invalid_request_error' } },
    }));
    const temp = await makeTempDir();
    try {
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: temp.path,
        OPENAI_API_KEY: key,
        OPENAI_BASE_URL: `${openai.url}/v1`,
      };
      const args = [
        'bin/nianbao.js',
        'ask',
        '--store',
        `${temp.path}/store.json`,
        '龙岗区2022年收到多少政府信息公开申请？',
      ];
      const child = spawn(process.execPath, args, { env, stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(0);
      expect(openai.requests.length).toBeGreaterThan(0);
      expect(stdout).toContain('552');
      expect(stderr).toContain('Incorrect API key provided: [redacted OPENAI_API_KEY]');
      expect(stdout + stderr).not.toContain(key);
    } finally {
      await openai.close();
      await temp.remove();
    }
  });
});
