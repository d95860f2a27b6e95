// Shared test set-ups for the bot: temp stores, a scripted engine, a local HTTP stand-in.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Answer, Engine, Fact } from '../../src/answers/index.js';
import type { CheckRule, Report } from '../../src/parser/index.js';
import { openStore, type Store } from '../../src/store/index.js';

/** A fresh temp folder and a way to remove it. */
export async function makeTempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'nianbao-bot-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * A store on a fresh temp folder for each test of the calling describe block, closed and removed after it.
 * Read `.store` inside a test: it is replaced before each one.
 */
export function useTempStore(open: (path: string) => Promise<Store>): { readonly store: Store } {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await open(`${temp.path}/store.json`);
  });
  afterEach(async () => {
    await store.close();
    await temp.remove();
  });
  return {
    get store() {
      return store;
    },
  };
}

/**
 * A store holding the five sample reports as the expected JSON describes them (the parser's target), with
 * one check per listed rule. Used where the test is about the bot, not about parsing.
 */
export async function openExpectedStore(path: string): Promise<Store> {
  const folder = 'test/fixtures/expected';
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const reports = await Promise.all(
    names.map(async (name) => toReport(name, JSON.parse(await readFile(join(folder, name), 'utf8')))),
  );
  const store = await openStore(path);
  await store.put(reports);
  return store;
}

function toReport(
  name: string,
  expected: Omit<Report, 'id' | 'source' | 'checks' | 'printed'> & { checkRules: CheckRule[] },
): Report {
  const { checkRules, ...fields } = expected;
  return {
    ...fields,
    id: `${fields.org}/${fields.year}`,
    source: { file: `data/reports/${name.replace(/\.json$/, '.txt')}`, sha256: name, format: 'text' },
    checks: checkRules.map((rule) => ({ rule, severity: 'error' as const, message: `${rule} 不成立` })),
    printed: { activeDisclosure: null, applications: null, reviewLitigation: null },
  };
}

/** One fact as the engine would return it for 龙岗区 2022 new applications. */
export const FACT_552: Fact = {
  org: '深圳市龙岗区人民政府',
  year: 2022,
  metric: 'applications.newReceived.total',
  label: '收到政府信息公开申请',
  value: 552,
  unit: '件',
  source: {
    file: 'data/reports/longgang-district-2022.txt',
    table: '三',
    row: '本年新收政府信息公开申请数量',
    column: '总计',
  },
};

export const ANSWER_552: Answer = {
  status: 'answered',
  answer:
    '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
  facts: [FACT_552],
  lang: 'zh',
  via: 'template',
};

/**
 * An engine that records every call (and every forget) and replies `answerFor(question)`, or
 * `echo:<question>@<conversation>`; its example questions are `examplesFrom`'s (a real engine), else three fixed ones.
 */
/** The scripted engine's example questions. */
export const SCRIPTED_EXAMPLES = [
  '龙岗区2022年收到多少政府信息公开申请？',
  '哪些单位有行政诉讼？',
  '你有哪些报告？',
  '哪些报告的数据不一致？',
];

export function createScriptedEngine(
  answerFor?: (question: string) => Answer | Error | undefined,
  examplesFrom?: Engine,
): Engine & { calls: { question: string; conversationId: string | undefined }[]; forgotten: string[] } {
  const calls: { question: string; conversationId: string | undefined }[] = [];
  const forgotten: string[] = [];
  return {
    calls,
    examples: async (lang) => (examplesFrom ? examplesFrom.examples(lang) : [...SCRIPTED_EXAMPLES]),
    forgotten,
    async forget(conversationId) {
      forgotten.push(conversationId);
    },
    async answer(question, options) {
      calls.push({ question, conversationId: options?.conversationId });
      const scripted = answerFor?.(question);
      if (scripted instanceof Error) throw scripted;
      return (
        scripted ?? {
          status: 'answered',
          answer: `echo:${question}@${options?.conversationId}`,
          facts: [],
          lang: 'zh',
          via: 'template',
        }
      );
    },
  };
}

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Record<string, unknown>;
}

/** A local HTTP server on 127.0.0.1 that records requests and answers with `respond` (JSON). */
export async function startStandIn(
  respond: (request: ReceivedRequest) => { status?: number; body: unknown } = () => ({ body: { ok: true } }),
): Promise<{ url: string; requests: ReceivedRequest[]; close(): Promise<void> }> {
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    let raw = '';
    incoming.setEncoding('utf8');
    incoming.on('data', (chunk: string) => (raw += chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        body: parseBody(raw, incoming.headers),
      };
      requests.push(request);
      const { status = 200, body } = respond(request);
      outgoing.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The Slack Web API client posts form-encoded bodies with JSON-encoded fields (blocks); webhooks post JSON.
function parseBody(raw: string, headers: IncomingHttpHeaders): Record<string, unknown> {
  if (raw === '') return {};
  if (String(headers['content-type']).includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    fields[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return fields;
}

export interface RawRequest {
  readonly path: string;
  readonly body: Buffer;
}

/**
 * A stand-in for the Slack Web API and its upload URL: getUploadURLExternal hands out `/upload/F<n>`, whose
 * bytes are kept raw; everything else answers ok.
 */
export async function startSlackStandIn(): Promise<{ url: string; requests: RawRequest[]; close(): Promise<void> }> {
  const requests: RawRequest[] = [];
  let files = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const path = incoming.url ?? '';
      requests.push({ path, body: Buffer.concat(chunks) });
      const { port } = server.address() as AddressInfo;
      const body = path.endsWith('files.getUploadURLExternal')
        ? { ok: true, upload_url: `http://127.0.0.1:${port}/upload/F${++files}`, file_id: `F${files}` }
        : { ok: true, files: [] };
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The one file of a multipart/form-data body (the Web API client posts the upload as a form). */
export function multipartFile(body: Buffer): Buffer {
  const boundary = body.subarray(0, body.indexOf('\r\n'));
  const start = body.indexOf('\r\n\r\n') + 4;
  return body.subarray(start, body.indexOf(Buffer.concat([Buffer.from('\r\n'), boundary]), start));
}

/** Resolves when `check` returns true, polling; fails after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * `nianbao serve` as a real child process with only `env` (plus PATH and a temp HOME) and a temp store; `stop()`
 * sends SIGTERM and resolves with the exit code, `close()` kills what is left and removes the temp folder.
 */
export async function spawnServe(env: Record<string, string>) {
  const temp = await makeTempDir();
  const child = spawn(process.execPath, ['bin/nianbao.js', 'serve', '--store', `${temp.path}/store.json`], {
    env: { PATH: process.env.PATH ?? '', HOME: temp.path, ...env },
    stdio: 'pipe',
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    stderr: () => stderr,
    /** Waits until stderr matches, then gives the first group of `pattern` (a port, say). */
    async waitForLine(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
      await waitFor(() => pattern.test(stderr), timeoutMs);
      return pattern.exec(stderr)?.[1] ?? '';
    },
    stop: (): Promise<number | null> => {
      child.kill('SIGTERM');
      return exited;
    },
    close: async (): Promise<void> => {
      child.kill('SIGKILL');
      await temp.remove();
    },
  };
}

/** Posts a slash command to /slack/events on `port`, signed with `secret` as Slack does (or with `signature`). */
export function postSlackCommand(port: number, secret: string, text: string, signature?: string): Promise<Response> {
  const body = new URLSearchParams({
    command: '/nianbao',
    text,
    channel_id: 'C1',
    team_id: 'T1',
    user_id: 'U1',
    response_url: 'http://127.0.0.1:9/unused',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signed = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature ?? signed,
    },
    body,
  });
}
