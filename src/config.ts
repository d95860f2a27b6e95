// Configuration is read once, from the environment, and validated here; nothing else reads process.env.
import { Cron } from 'croner';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { ParseLimits } from './parser/index.js';

/** The optional language model (used by the answer engine to reword or understand). */
export interface LlmConfig {
  readonly apiKey: string;
  readonly baseUrl: string | undefined;
  readonly model: string;
  readonly timeoutMs: number;
}

/** A WeChat account driven through a wechaty puppet. */
export interface WechatConfig {
  readonly puppet: string;
  readonly puppetToken: string | undefined;
  /** wechaty-puppet-service: the directory that maps the token to its server, or the server itself. */
  readonly serviceAuthority: string;
  readonly serviceEndpoint: string | undefined;
  /** Name of the wechaty session file (`<name>.memory-card.json`), so a restart needs no new QR scan. */
  readonly sessionName: string;
  /** In rooms, a message starting with one of these is a question even without an @mention. */
  readonly roomPrefixes: readonly string[];
  readonly maxReplyLength: number;
  readonly rateLimitPerMinute: number;
  /** Pause between the parts of a long reply: several messages in the same millisecond look like spam. */
  readonly partSpacingMs: number;
  /** Room topics (or ids) that opted in to the daily digest. */
  readonly digestRooms: readonly string[];
  readonly digestSpacingMs: number;
}

/** A Slack app: HTTP mode on the shared HTTP server, or Socket Mode when `appToken` is set. */
export interface SlackConfig {
  readonly botToken: string;
  readonly signingSecret: string | undefined;
  readonly appToken: string | undefined;
  readonly command: string;
  readonly digestChannels: readonly string[];
  /** Slack Web API base URL (https://slack.com/api/ when unset); operators may route it through a proxy. */
  readonly apiUrl: string | undefined;
}

/** A WeCom (企业微信) smart robot (智能机器人) in API mode: its callback is /wecom/callback on the HTTP server. */
export interface WecomBotConfig {
  /** The robot's Token: signs every callback. */
  readonly token: string;
  /** The robot's EncodingAESKey (43 characters): encrypts callbacks and replies. */
  readonly aesKey: string;
}

/** The one HTTP server that Slack (HTTP mode) and the WeCom robot callback share. */
export interface HttpConfig {
  readonly port: number;
  /** Interface to bind to; all interfaces when unset (127.0.0.1 behind a reverse proxy). */
  readonly host: string | undefined;
}

export interface DigestConfig {
  readonly cron: string;
  readonly timeZone: string;
  /** No digest on a day with nothing new (DIGEST_SKIP_UNCHANGED, default on)… */
  readonly skipUnchanged: boolean;
  /** …but a short weekly one on this weekday (DIGEST_WEEKLY_DAY, 1 = Monday … 7 = Sunday), when set. */
  readonly weeklyDay: number | null;
}

/** How reports are fetched from the web (`nianbao ingest URL`, the watch). */
export interface FetchConfig {
  /** Pause between two requests to one host. */
  readonly delayMs: number;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Sites' annual-report columns that `serve` (and `nianbao watch`) check for new reports. */
export interface WatchConfig {
  readonly urls: readonly string[];
  readonly cron: string;
  /** List pages followed per column (page 1 and its next pages). */
  readonly maxPages: number;
  /** New reports are also announced to the digest's destinations. */
  readonly announce: boolean;
}

/** Reports sent to the bot in chat (a file, or a message with a report's URL). */
export interface IngestConfig {
  /**
   * Who may add reports: `slack:U0123`, `wechat:<contact id or name>`, or a bare id or name for any channel.
   * Nobody when empty.
   */
  readonly allowedUsers: readonly string[];
}

/** Everything nianbao reads from the environment. A channel is `null` when it is not configured. */
export interface Config {
  /** A shared PostgreSQL store (postgres://…) for every command; it carries a password, so it is never logged. */
  readonly databaseUrl: string | undefined;
  readonly llm: LlmConfig | null;
  readonly wechat: WechatConfig | null;
  readonly slack: SlackConfig | null;
  readonly wecomBot: WecomBotConfig | null;
  readonly http: HttpConfig;
  /** WeCom (企业微信) group robot webhooks: the digest and alerts go there as markdown. */
  readonly wecomWebhookUrls: readonly string[];
  readonly digest: DigestConfig;
  readonly fetch: FetchConfig;
  readonly watch: WatchConfig;
  readonly ingest: IngestConfig;
  /** How far one file may take the parser (bytes, pages, time, memory). */
  readonly parse: ParseLimits;
}

const MB = 1024 * 1024;

// `FOO=` in a .env file means "not set", not "set to nothing".
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().trim().optional());
const listOf = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z
    .string()
    .optional()
    .transform((text) =>
      (text ?? '')
        .split(/[,，]/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
);
const integerFrom = (fallback: number, min: number, max: number) => {
  const range = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    (value) => (value === '' || value === undefined ? String(fallback) : value),
    z.string().regex(/^\d+$/, range).transform(Number).pipe(z.number().int().min(min, range).max(max, range)),
  );
};

const onOff = (fallback: 'on' | 'off') =>
  z.preprocess(
    (value) => (value === '' || value === undefined ? fallback : String(value).toLowerCase()),
    z
      .enum(['on', 'off', 'true', 'false', '1', '0'], 'must be on or off')
      .transform((text) => ['on', 'true', '1'].includes(text)),
  );
const cronPattern = (fallback: string) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : value), z.string());

const EnvSchema = z.object({
  NIANBAO_STORE: optionalText,
  NIANBAO_DATABASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
  ),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.url('must be an http(s) URL such as https://api.openai.com/v1').optional(),
  ),
  OPENAI_MODEL: optionalText,
  OPENAI_TIMEOUT_MS: integerFrom(8_000, 1, 600_000),
  WECHATY_PUPPET: optionalText,
  WECHATY_PUPPET_TOKEN: optionalText,
  WECHATY_PUPPET_SERVICE_AUTHORITY: optionalText,
  WECHATY_PUPPET_SERVICE_ENDPOINT: optionalText,
  WECHATY_NAME: optionalText,
  WECHAT_ROOM_PREFIXES: z.preprocess((value) => value ?? '年报', listOf),
  WECHAT_MAX_REPLY_LENGTH: integerFrom(1500, 100, 10_000),
  WECHAT_RATE_LIMIT_PER_MINUTE: integerFrom(6, 1, 1000),
  WECHAT_DIGEST_ROOMS: listOf,
  WECHAT_DIGEST_SPACING_MS: integerFrom(20_000, 0, 600_000),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText,
  SLACK_COMMAND: z.preprocess(
    (value) => (value === '' || value === undefined ? '/nianbao' : value),
    z.string().regex(/^\/[a-z0-9_-]+$/, 'must look like /nianbao (a slash, then lowercase letters, digits, - or _)'),
  ),
  SLACK_DIGEST_CHANNELS: listOf,
  SLACK_API_URL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .url('must be an http(s) URL such as https://slack.com/api/')
      .optional()
      .transform((url) => (url === undefined || url.endsWith('/') ? url : `${url}/`)),
  ),
  WECOM_BOT_TOKEN: optionalText,
  WECOM_BOT_AES_KEY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[A-Za-z0-9]{43}$/, "must be the 43 letters and digits of the robot's EncodingAESKey")
      .optional(),
  ),
  WECHAT_PART_SPACING_MS: integerFrom(1500, 0, 60_000),
  PORT: integerFrom(3000, 0, 65_535),
  HOST: optionalText,
  WECOM_WEBHOOK_URLS: listOf,
  DIGEST_CRON: cronPattern('0 9 * * *'),
  DIGEST_TZ: z.preprocess((value) => (value === '' || value === undefined ? 'Asia/Shanghai' : value), z.string()),
  DIGEST_SKIP_UNCHANGED: onOff('on'),
  DIGEST_WEEKLY_DAY: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .string()
      .regex(/^[1-7]$/, 'must be a weekday number from 1 (Monday) to 7 (Sunday)')
      .transform(Number)
      .optional(),
  ),
  FETCH_DELAY_MS: integerFrom(1_000, 0, 600_000),
  FETCH_TIMEOUT_MS: integerFrom(30_000, 1, 600_000),
  FETCH_MAX_MB: integerFrom(50, 1, 2_000),
  PARSE_MAX_FILE_MB: integerFrom(100, 1, 10_000),
  PARSE_MAX_UNZIPPED_MB: integerFrom(50, 1, 10_000),
  PARSE_MAX_UNZIPPED_TOTAL_MB: integerFrom(100, 1, 10_000),
  PARSE_MAX_PAGES: integerFrom(500, 1, 100_000),
  PARSE_TIMEOUT_S: integerFrom(120, 1, 86_400),
  PARSE_MAX_MEMORY_MB: integerFrom(2048, 64, 1_000_000),
  WATCH_URLS: listOf,
  WATCH_CRON: cronPattern('0 7 * * *'),
  WATCH_MAX_PAGES: integerFrom(5, 1, 100),
  WATCH_ANNOUNCE: onOff('off'),
  INGEST_ALLOWED_USERS: listOf,
});
type Env = z.infer<typeof EnvSchema>;

/** Every environment variable nianbao reads (.env.example documents each one). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

/**
 * The variables holding secrets, and how to find the secret in the value: the whole value, each webhook's
 * `key=` (the URL itself is harmless without it) or the database URL's password.
 */
const SECRET_VARIABLES = {
  OPENAI_API_KEY: 'whole',
  WECHATY_PUPPET_TOKEN: 'whole',
  SLACK_BOT_TOKEN: 'whole',
  SLACK_SIGNING_SECRET: 'whole',
  SLACK_APP_TOKEN: 'whole',
  WECOM_BOT_TOKEN: 'whole',
  WECOM_BOT_AES_KEY: 'whole',
  WECOM_WEBHOOK_URLS: 'webhook-keys',
  NIANBAO_DATABASE_URL: 'url-password',
} as const satisfies Partial<Record<keyof Env, 'whole' | 'webhook-keys' | 'url-password'>>;

/** One secret found in the environment, named by its variable (for the redacted form). */
export interface Secret {
  readonly variable: string;
  readonly value: string;
}

/**
 * Every secret the environment holds, for the one redaction every log line passes through. Reads the raw
 * values without validating them, so that even a configuration loadConfig rejects is never echoed.
 */
export function listSecrets(env: Record<string, string | undefined> = process.env): Secret[] {
  return Object.entries(SECRET_VARIABLES).flatMap(([variable, kind]) => {
    const raw = env[variable]?.trim() ?? '';
    if (raw === '') return [];
    const values =
      kind === 'whole'
        ? [raw]
        : kind === 'webhook-keys'
          ? [...raw.matchAll(/[?&]key=([^&,\s]+)/g)].map((match) => match[1] ?? '')
          : [urlPassword(raw)];
    return values.filter((value) => value !== '').map((value) => ({ variable, value }));
  });
}

function urlPassword(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

/**
 * Reads and validates every variable nianbao uses. Throws a ConfigError naming the variable and saying
 * how to fix it. `loadConfig({})` is the console-only configuration.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(
      variable,
      `${variable} ${issue?.message ?? 'is invalid'}. See .env.example for the allowed values.`,
    );
  }
  const vars = parsed.data;
  checkDigestSchedule(vars);
  return {
    databaseUrl: vars.NIANBAO_DATABASE_URL,
    llm: readLlm(vars),
    wechat: readWechat(vars),
    slack: readSlack(vars),
    wecomBot: readWecomBot(vars),
    http: { port: vars.PORT, host: vars.HOST },
    wecomWebhookUrls: readWebhookUrls(vars.WECOM_WEBHOOK_URLS),
    digest: {
      cron: vars.DIGEST_CRON,
      timeZone: vars.DIGEST_TZ,
      skipUnchanged: vars.DIGEST_SKIP_UNCHANGED,
      weeklyDay: vars.DIGEST_WEEKLY_DAY ?? null,
    },
    fetch: {
      delayMs: vars.FETCH_DELAY_MS,
      timeoutMs: vars.FETCH_TIMEOUT_MS,
      maxBytes: vars.FETCH_MAX_MB * 1024 * 1024,
    },
    parse: {
      maxFileBytes: vars.PARSE_MAX_FILE_MB * MB,
      maxEntryBytes: vars.PARSE_MAX_UNZIPPED_MB * MB,
      maxUnzippedBytes: vars.PARSE_MAX_UNZIPPED_TOTAL_MB * MB,
      maxPages: vars.PARSE_MAX_PAGES,
      timeoutMs: vars.PARSE_TIMEOUT_S * 1000,
      maxMemoryMb: vars.PARSE_MAX_MEMORY_MB,
    },
    watch: {
      urls: readHttpUrls('WATCH_URLS', vars.WATCH_URLS, 'the 政府信息公开工作年度报告 column of a site'),
      cron: vars.WATCH_CRON,
      maxPages: vars.WATCH_MAX_PAGES,
      announce: vars.WATCH_ANNOUNCE,
    },
    ingest: { allowedUsers: vars.INGEST_ALLOWED_USERS },
  };
}

function readLlm(vars: Env): LlmConfig | null {
  if (vars.OPENAI_API_KEY === undefined) return null;
  return {
    apiKey: vars.OPENAI_API_KEY,
    baseUrl: vars.OPENAI_BASE_URL,
    model: vars.OPENAI_MODEL ?? 'gpt-4o-mini',
    timeoutMs: vars.OPENAI_TIMEOUT_MS,
  };
}

function readWechat(vars: Env): WechatConfig | null {
  if (vars.WECHATY_PUPPET === undefined) {
    const orphan = (['WECHATY_PUPPET_TOKEN', 'WECHAT_DIGEST_ROOMS'] as const).find((name) =>
      name === 'WECHAT_DIGEST_ROOMS' ? vars[name].length > 0 : vars[name] !== undefined,
    );
    if (orphan) {
      throw new ConfigError(
        orphan,
        `${orphan} is set but WECHATY_PUPPET is not; set WECHATY_PUPPET (e.g. wechaty-puppet-wechat4u) to enable WeChat, or unset ${orphan}.`,
      );
    }
    return null;
  }
  return {
    puppet: vars.WECHATY_PUPPET,
    puppetToken: vars.WECHATY_PUPPET_TOKEN,
    serviceAuthority: vars.WECHATY_PUPPET_SERVICE_AUTHORITY ?? 'api.chatie.io',
    serviceEndpoint: vars.WECHATY_PUPPET_SERVICE_ENDPOINT,
    sessionName: vars.WECHATY_NAME ?? 'nianbao',
    roomPrefixes: vars.WECHAT_ROOM_PREFIXES,
    maxReplyLength: vars.WECHAT_MAX_REPLY_LENGTH,
    rateLimitPerMinute: vars.WECHAT_RATE_LIMIT_PER_MINUTE,
    partSpacingMs: vars.WECHAT_PART_SPACING_MS,
    digestRooms: vars.WECHAT_DIGEST_ROOMS,
    digestSpacingMs: vars.WECHAT_DIGEST_SPACING_MS,
  };
}

function readSlack(vars: Env): SlackConfig | null {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = vars;
  if (botToken === undefined) {
    const orphan =
      (['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL'] as const).find(
        (name) => vars[name] !== undefined,
      ) ?? (vars.SLACK_DIGEST_CHANNELS.length > 0 ? 'SLACK_DIGEST_CHANNELS' : undefined);
    if (orphan) {
      throw new ConfigError(
        orphan,
        `${orphan} is set but SLACK_BOT_TOKEN is not; set SLACK_BOT_TOKEN (xoxb-…) to enable Slack, or unset ${orphan}.`,
      );
    }
    return null;
  }
  if (!botToken.startsWith('xoxb-')) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN',
      'SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app → OAuth & Permissions).',
    );
  }
  if (appToken !== undefined && !appToken.startsWith('xapp-')) {
    throw new ConfigError(
      'SLACK_APP_TOKEN',
      'SLACK_APP_TOKEN must be an app-level token starting with xapp- (Slack app → Basic Information → App-Level Tokens, scope connections:write).',
    );
  }
  if (appToken === undefined && signingSecret === undefined) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is not; set both to enable Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode), or neither.',
    );
  }
  return {
    botToken,
    signingSecret,
    appToken,
    command: vars.SLACK_COMMAND,
    digestChannels: vars.SLACK_DIGEST_CHANNELS,
    apiUrl: vars.SLACK_API_URL,
  };
}

function readWecomBot(vars: Env): WecomBotConfig | null {
  const { WECOM_BOT_TOKEN: token, WECOM_BOT_AES_KEY: aesKey } = vars;
  if (token === undefined && aesKey === undefined) return null;
  if (token === undefined || aesKey === undefined) {
    const [set, missing] =
      token === undefined ? ['WECOM_BOT_AES_KEY', 'WECOM_BOT_TOKEN'] : ['WECOM_BOT_TOKEN', 'WECOM_BOT_AES_KEY'];
    throw new ConfigError(
      missing,
      `${set} is set but ${missing} is not; set both (the robot's Token and EncodingAESKey from its API settings) to enable the WeCom robot, or neither.`,
    );
  }
  return { token, aesKey };
}

// The webhook URL carries the robot's key: errors name the position, never the URL.
function readWebhookUrls(urls: readonly string[]): readonly string[] {
  urls.forEach((url, at) => {
    if (!/^https?:\/\/[^\s]+$/.test(url)) {
      throw new ConfigError(
        'WECOM_WEBHOOK_URLS',
        `WECOM_WEBHOOK_URLS item ${at + 1} is not an http(s) URL; expected comma-separated URLs like https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`,
      );
    }
  });
  return urls;
}

/** A list of http(s) URLs, each checked; `what` says what the URLs should point at. */
function readHttpUrls(variable: string, urls: readonly string[], what: string): readonly string[] {
  urls.forEach((url, at) => {
    if (!/^https?:\/\/[^\s]+$/.test(url))
      throw new ConfigError(
        variable,
        `${variable} item ${at + 1} is not an http(s) URL; expected comma-separated URLs of ${what}.`,
      );
  });
  return urls;
}

function checkDigestSchedule(vars: Env): void {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: vars.DIGEST_TZ });
  } catch {
    throw new ConfigError(
      'DIGEST_TZ',
      `DIGEST_TZ "${vars.DIGEST_TZ}" is not a time zone; use an IANA name such as Asia/Shanghai or UTC.`,
    );
  }
  checkCron('DIGEST_CRON', vars.DIGEST_CRON, vars.DIGEST_TZ, '"0 9 * * *" for 09:00 every day');
  checkCron('WATCH_CRON', vars.WATCH_CRON, vars.DIGEST_TZ, '"0 7 * * *" for 07:00 every day');
}

function checkCron(variable: string, pattern: string, timeZone: string, example: string): void {
  try {
    new Cron(pattern, { paused: true, timezone: timeZone }).stop();
  } catch (error) {
    throw new ConfigError(
      variable,
      `${variable} "${pattern}" is not a cron pattern (${(error as Error).message}); e.g. ${example}.`,
      { cause: error },
    );
  }
}
