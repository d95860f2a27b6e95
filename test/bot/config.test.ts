import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, listSecrets, loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/parser/index.js';

describe('loadConfig', () => {
  it('with no variables: console only, sample store, default digest schedule', () => {
    expect(loadConfig({})).toEqual({
      databaseUrl: undefined,
      llm: null,
      wechat: null,
      slack: null,
      wecomBot: null,
      http: { port: 3000, host: undefined },
      wecomWebhookUrls: [],
      digest: { cron: '0 9 * * *', timeZone: 'Asia/Shanghai', skipUnchanged: true, weeklyDay: null },
      fetch: { delayMs: 1000, timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024 },
      watch: { urls: [], cron: '0 7 * * *', maxPages: 5, announce: false },
      ingest: { allowedUsers: [] }, // nobody may add reports by chat until named
      parse: DEFAULT_PARSE_LIMITS,
    });
  });

  it('treats empty values (FOO= in a .env file) as not set', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', WECHATY_PUPPET: '', PORT: '', DIGEST_CRON: '' })).toEqual(loadConfig({}));
  });

  it('reads every channel and its defaults', () => {
    const config = loadConfig({
      NIANBAO_STORE: '/var/lib/nianbao/store.json',
      NIANBAO_DATABASE_URL: 'postgres://nianbao:pw@db:5432/nianbao',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: 'https://api.deepseek.com/v1',
      OPENAI_TIMEOUT_MS: '5000',
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_TOKEN: 'puppet-token',
      WECHAT_DIGEST_ROOMS: '年报工作群，信息公开科',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_DIGEST_CHANNELS: 'C1, C2',
      SLACK_API_URL: 'https://slack-proxy.example.com/api',
      WECOM_BOT_TOKEN: 'robot-token',
      WECOM_BOT_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
      PORT: '8080',
      HOST: '127.0.0.1',
      WECOM_WEBHOOK_URLS:
        'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a,https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=b',
      DIGEST_CRON: '30 8 * * 1-5',
      DIGEST_TZ: 'UTC',
      DIGEST_SKIP_UNCHANGED: 'off',
      DIGEST_WEEKLY_DAY: '1',
      FETCH_DELAY_MS: '2000',
      FETCH_TIMEOUT_MS: '10000',
      FETCH_MAX_MB: '20',
      WATCH_URLS: 'https://www.example.gov.cn/xxgk/ndbg/，https://www.example2.gov.cn/ndbg/index.html',
      WATCH_CRON: '0 */6 * * *',
      WATCH_MAX_PAGES: '3',
      WATCH_ANNOUNCE: 'on',
      INGEST_ALLOWED_USERS: 'slack:U0123ABCD，wechat:李明',
      PARSE_MAX_FILE_MB: '10',
      PARSE_MAX_UNZIPPED_MB: '20',
      PARSE_MAX_UNZIPPED_TOTAL_MB: '30',
      PARSE_MAX_PAGES: '40',
      PARSE_TIMEOUT_S: '50',
      PARSE_MAX_MEMORY_MB: '600',
    });
    expect(config).toEqual({
      databaseUrl: 'postgres://nianbao:pw@db:5432/nianbao',
      llm: { apiKey: 'sk-test', baseUrl: 'https://api.deepseek.com/v1', model: 'gpt-4o-mini', timeoutMs: 5000 },
      wechat: {
        puppet: 'wechaty-puppet-service',
        puppetToken: 'puppet-token',
        serviceAuthority: 'api.chatie.io',
        serviceEndpoint: undefined,
        sessionName: 'nianbao',
        roomPrefixes: ['年报'],
        maxReplyLength: 1500,
        rateLimitPerMinute: 6,
        partSpacingMs: 1500,
        digestRooms: ['年报工作群', '信息公开科'],
        digestSpacingMs: 20_000,
      },
      slack: {
        botToken: 'xoxb-1',
        signingSecret: 'secret',
        appToken: undefined,
        command: '/nianbao',
        digestChannels: ['C1', 'C2'],
        // A trailing slash, so the Web API client appends method names to the path.
        apiUrl: 'https://slack-proxy.example.com/api/',
      },
      wecomBot: { token: 'robot-token', aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
      http: { port: 8080, host: '127.0.0.1' },
      wecomWebhookUrls: [
        'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=a',
        'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=b',
      ],
      digest: { cron: '30 8 * * 1-5', timeZone: 'UTC', skipUnchanged: false, weeklyDay: 1 },
      fetch: { delayMs: 2000, timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 },
      watch: {
        urls: ['https://www.example.gov.cn/xxgk/ndbg/', 'https://www.example2.gov.cn/ndbg/index.html'],
        cron: '0 */6 * * *',
        maxPages: 3,
        announce: true,
      },
      ingest: { allowedUsers: ['slack:U0123ABCD', 'wechat:李明'] },
      parse: {
        maxFileBytes: 10 * 1024 * 1024,
        maxEntryBytes: 20 * 1024 * 1024,
        maxUnzippedBytes: 30 * 1024 * 1024,
        maxPages: 40,
        timeoutMs: 50_000,
        maxMemoryMb: 600,
      },
    });
  });

  it('waits 8 s for a model by default (OPENAI_TIMEOUT_MS)', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }).llm).toEqual({
      apiKey: 'sk-test',
      baseUrl: undefined,
      model: 'gpt-4o-mini',
      timeoutMs: 8000,
    });
  });

  it('Socket Mode needs no signing secret', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it.each([
    [
      { SLACK_BOT_TOKEN: 'xoxb-1' },
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not; set both',
    ],
    [{ SLACK_SIGNING_SECRET: 's' }, 'SLACK_SIGNING_SECRET', 'SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not'],
    [
      { SLACK_DIGEST_CHANNELS: 'C1' },
      'SLACK_DIGEST_CHANNELS',
      'SLACK_DIGEST_CHANNELS is set but SLACK_BOT_TOKEN is not',
    ],
    [
      { SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' },
      'SLACK_BOT_TOKEN',
      'must be a bot token starting with xoxb-',
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, 'SLACK_APP_TOKEN', 'starting with xapp-'],
    [{ SLACK_COMMAND: 'nianbao' }, 'SLACK_COMMAND', 'SLACK_COMMAND must look like /nianbao'],
    [{ PORT: 'eighty' }, 'PORT', 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT', 'PORT must be a whole number from 0 to 65535'],
    [{ WECHATY_PUPPET_TOKEN: 't' }, 'WECHATY_PUPPET_TOKEN', 'WECHATY_PUPPET_TOKEN is set but WECHATY_PUPPET is not'],
    [{ WECHAT_DIGEST_ROOMS: '群' }, 'WECHAT_DIGEST_ROOMS', 'WECHAT_DIGEST_ROOMS is set but WECHATY_PUPPET is not'],
    [{ DIGEST_TZ: 'Mars/Olympus' }, 'DIGEST_TZ', 'DIGEST_TZ "Mars/Olympus" is not a time zone'],
    [{ DIGEST_CRON: 'every morning' }, 'DIGEST_CRON', 'DIGEST_CRON "every morning" is not a cron pattern'],
    [{ DIGEST_SKIP_UNCHANGED: 'maybe' }, 'DIGEST_SKIP_UNCHANGED', 'DIGEST_SKIP_UNCHANGED must be on or off'],
    [
      { DIGEST_WEEKLY_DAY: 'Monday' },
      'DIGEST_WEEKLY_DAY',
      'DIGEST_WEEKLY_DAY must be a weekday number from 1 (Monday)',
    ],
    [
      { NIANBAO_DATABASE_URL: 'mysql://u:pw@db/x' },
      'NIANBAO_DATABASE_URL',
      'NIANBAO_DATABASE_URL must be a postgres:// or postgresql:// URL',
    ],
    [{ OPENAI_BASE_URL: 'localhost' }, 'OPENAI_BASE_URL', 'OPENAI_BASE_URL must be an http(s) URL'],
    [{ WECOM_BOT_TOKEN: 't' }, 'WECOM_BOT_AES_KEY', 'WECOM_BOT_TOKEN is set but WECOM_BOT_AES_KEY is not; set both'],
    [
      { WECOM_BOT_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
      'WECOM_BOT_TOKEN',
      'WECOM_BOT_AES_KEY is set but WECOM_BOT_TOKEN is not',
    ],
    [
      { WECOM_BOT_TOKEN: 't', WECOM_BOT_AES_KEY: 'too-short' },
      'WECOM_BOT_AES_KEY',
      "WECOM_BOT_AES_KEY must be the 43 letters and digits of the robot's EncodingAESKey",
    ],
    [{ SLACK_API_URL: 'http://proxy/api/' }, 'SLACK_API_URL', 'SLACK_API_URL is set but SLACK_BOT_TOKEN is not'],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'proxy' },
      'SLACK_API_URL',
      'SLACK_API_URL must be an http(s) URL',
    ],
  ])('%j → ConfigError naming %s', (env, variable, message) => {
    const error = catchError(() => loadConfig(env));
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(message);
  });

  it('never quotes a webhook URL (it carries the key) when rejecting one', () => {
    const error = catchError(() =>
      loadConfig({ WECOM_WEBHOOK_URLS: 'https://ok.example/send?key=fine,secret-key-123' }),
    );
    expect((error as ConfigError).message).toBe(
      'WECOM_WEBHOOK_URLS item 2 is not an http(s) URL; expected comma-separated URLs like https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
    );
    expect((error as ConfigError).message).not.toContain('secret-key-123');
  });
});

describe('listSecrets', () => {
  it('finds every secret the environment holds: tokens, keys, webhook keys and the database password', () => {
    expect(
      listSecrets({
        OPENAI_API_KEY: 'sk-live-123456',
        WECHATY_PUPPET_TOKEN: 'puppet_workpro_abc',
        SLACK_BOT_TOKEN: 'xoxb-1-2-3',
        SLACK_SIGNING_SECRET: 'signing-secret',
        SLACK_APP_TOKEN: 'xapp-1-2',
        WECOM_BOT_TOKEN: 'robot-token',
        WECOM_BOT_AES_KEY: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
        WECOM_WEBHOOK_URLS:
          'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=key-one,https://x.example/send?a=1&key=key-two',
        NIANBAO_DATABASE_URL: 'postgres://nianbao:p%40ss-word@db:5432/nianbao',
        SLACK_COMMAND: '/nianbao',
      }),
    ).toEqual([
      { variable: 'OPENAI_API_KEY', value: 'sk-live-123456' },
      { variable: 'WECHATY_PUPPET_TOKEN', value: 'puppet_workpro_abc' },
      { variable: 'SLACK_BOT_TOKEN', value: 'xoxb-1-2-3' },
      { variable: 'SLACK_SIGNING_SECRET', value: 'signing-secret' },
      { variable: 'SLACK_APP_TOKEN', value: 'xapp-1-2' },
      { variable: 'WECOM_BOT_TOKEN', value: 'robot-token' },
      { variable: 'WECOM_BOT_AES_KEY', value: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG' },
      { variable: 'WECOM_WEBHOOK_URLS', value: 'key-one' },
      { variable: 'WECOM_WEBHOOK_URLS', value: 'key-two' },
      { variable: 'NIANBAO_DATABASE_URL', value: 'p@ss-word' },
    ]);
  });

  it('reads even values loadConfig would reject, and nothing from unset or empty variables', () => {
    expect(listSecrets({ SLACK_BOT_TOKEN: 'not-a-bot-token', OPENAI_API_KEY: '' })).toEqual([
      { variable: 'SLACK_BOT_TOKEN', value: 'not-a-bot-token' },
    ]);
  });
});

describe('.env.example', () => {
  it('lists exactly the variables loadConfig reads', async () => {
    const text = await readFile('.env.example', 'utf8');
    const listed = [...text.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('loads as it stands (its values are valid)', async () => {
    const text = await readFile('.env.example', 'utf8');
    const env = Object.fromEntries(
      [...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((match) => [match[1], match[2]]),
    );
    expect(loadConfig(env).digest).toEqual({
      cron: '0 9 * * *',
      timeZone: 'Asia/Shanghai',
      skipUnchanged: true,
      weeklyDay: null,
    });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
