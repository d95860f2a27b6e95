// Reports sent to the Slack bot through bolt's real HTTP receiver with signed events: a PDF in a direct message
// (message with files, then the file_shared Slack also sends), downloaded with the bot token from url_private on a
// local stand-in of the Slack API; a report URL in a direct message; a user INGEST_ALLOWED_USERS does not name.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/bot/http-server.js';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { createReportIntake } from '../../src/bot/report-intake.js';
import { type SlackChannel, startSlack } from '../../src/bot/slack.js';
import { loadConfig } from '../../src/config.js';
import { createFetcher } from '../../src/fetch/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { startTestSite, type TestSite } from '../fetch/test-site.js';
import { createScriptedEngine, makeTempDir, waitFor } from './helpers.js';

const SECRET = 'ingest-signing-secret';
const TOKEN = 'xoxb-ingest-token';
const PDF = readFileSync('test/fixtures/documents/longhua-data-bureau-2020.pdf');

interface ApiRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** The Slack Web API stand-in: files.info, chat.postMessage, and the file itself at /files-pri/…, for the bot token only. */
async function startSlackApi(): Promise<{ url: string; requests: ApiRequest[]; close(): Promise<void> }> {
  const requests: ApiRequest[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    let body = '';
    incoming.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    incoming.on('end', () => {
      const path = incoming.url ?? '';
      requests.push({ path, headers: incoming.headers, body });
      if (path.startsWith('/files-pri/')) {
        if (incoming.headers.authorization !== `Bearer ${TOKEN}`) return void outgoing.writeHead(403).end();
        return void outgoing.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF);
      }
      const answer = path.endsWith('files.info') ? { ok: true, file: fileObject(url, 'F2') } : { ok: true };
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function fileObject(apiBase: string, id: string) {
  const name = '龙华区数据局2020年报.pdf';
  const address = `${apiBase}/files-pri/T1-${id}/${encodeURIComponent(name)}`;
  return {
    id,
    name,
    size: PDF.length,
    mimetype: 'application/pdf',
    url_private: address,
    url_private_download: address,
  };
}

function eventBody(event: Record<string, unknown>): string {
  return JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `Ev${Math.random()}`,
    event_time: 1,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true }],
    event,
  });
}

function postEvent(port: number, body: string): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
  });
}

describe('reports sent to the Slack bot', () => {
  let api: Awaited<ReturnType<typeof startSlackApi>>;
  let site: TestSite;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let http: HttpServer;
  let slack: SlackChannel;
  let engine: ReturnType<typeof createScriptedEngine>;
  beforeEach(async () => {
    api = await startSlackApi();
    site = await startTestSite();
    temp = await makeTempDir();
    store = await openStore(`${temp.path}/store.json`);
    const config = loadConfig({
      SLACK_BOT_TOKEN: TOKEN,
      SLACK_SIGNING_SECRET: SECRET,
      INGEST_ALLOWED_USERS: 'slack:U7, wechat:mike',
    });
    const logger = createMemoryLogger();
    const fetcher = createFetcher({ delayMs: 5 });
    const intake = createReportIntake({
      config,
      store,
      fetcher,
      logger,
    });
    http = createHttpServer({ port: 0, host: '127.0.0.1' }, logger);
    engine = createScriptedEngine();
    if (config.slack === null) throw new Error('Slack not configured');
    slack = await startSlack({ config: config.slack, engine, logger, http, apiUrl: `${api.url}/api/`, intake });
  });
  afterEach(async () => {
    await slack.stop();
    await http.close();
    await api.close();
    await site.close();
    await store.close();
    await temp.remove();
  });
  const replies = () =>
    api.requests
      .filter((request) => request.path === '/api/chat.postMessage')
      .map((request) => Object.fromEntries(new URLSearchParams(request.body)));

  it('a PDF sent in a direct message is downloaded with the bot token, ingested once, and what was read is said', async () => {
    const file = fileObject(api.url, 'F1');
    const message = {
      type: 'message',
      subtype: 'file_share',
      user: 'U7',
      channel: 'D9',
      channel_type: 'im',
      text: '',
      ts: '1.1',
      files: [file],
    };
    expect((await postEvent(slack.port!, eventBody(message))).status).toBe(200);
    const shared = {
      type: 'file_shared',
      file_id: 'F1',
      user_id: 'U7',
      channel_id: 'D9',
      file: { id: 'F1' },
      event_ts: '1.2',
    };
    expect((await postEvent(slack.port!, eventBody(shared))).status).toBe(200);
    await waitFor(() => replies().length >= 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the file_shared of the same file adds nothing
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toMatchObject({ channel: 'D9' });
    expect(replies()[0]?.text).toBe(
      [
        '已收录：深圳市龙华区政务服务数据管理局 2020年政府信息公开工作年度报告（2019年版表格）',
        // The report itself does not add up (its expected JSON lists these rules): said, never repaired.
        '勾稽检查：3 项未通过：总计：新收 1 + 上年结转 0 ≠ 总计 0 + 结转下年度 0；本机关不掌握相关政府信息：1 + 0 + 0 + 0 + 0 + 0 = 1 ≠ 总计 0；总计：1 + 0 + 0 + 0 + 0 + 0 = 1 ≠ 总计 0',
        '缺失单元格：无',
        '来源：slack:F1/龙华区数据局2020年报.pdf',
      ].join('\n'),
    );
    const downloads = api.requests.filter((request) => request.path.startsWith('/files-pri/'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const report = await store.get('深圳市龙华区政务服务数据管理局/2020');
    expect(report?.applications?.newReceived?.total).toBeGreaterThan(0);
    expect(engine.calls).toEqual([]); // never asked as a question
  });

  it('file_shared alone: the file object comes from files.info', async () => {
    const shared = {
      type: 'file_shared',
      file_id: 'F2',
      user_id: 'U7',
      channel_id: 'D9',
      file: { id: 'F2' },
      event_ts: '1.2',
    };
    await postEvent(slack.port!, eventBody(shared));
    await waitFor(() => replies().length >= 1, 20_000);
    expect(replies()[0]?.text).toContain('已收录：深圳市龙华区政务服务数据管理局 2020年');
    expect(api.requests.some((request) => request.path === '/api/files.info' && request.body.includes('F2'))).toBe(
      true,
    );
  });

  it('a report URL in a direct message is fetched and ingested; a page without a report is named with its reason', async () => {
    const text = `<${site.url}/ndbg/nanshan-2020.html> 和 <${site.url}/ndbg/no-report.html>`;
    await postEvent(
      slack.port!,
      eventBody({ type: 'message', user: 'U7', channel: 'D9', channel_type: 'im', text, ts: '2.1' }),
    );
    await waitFor(() => replies().length >= 1, 20_000);
    const [reply] = replies();
    expect(reply?.text).toContain('已收录：深圳市南山区人民政府 2020年政府信息公开工作年度报告（2019年版表格）');
    expect(reply?.text).toContain(`来源：${site.url}/ndbg/nanshan-2020.html`);
    expect(reply?.text).toContain(`未能读入，库中未作改动：${site.url}/ndbg/no-report.html:`);
    expect(await store.get('深圳市南山区人民政府/2020')).toBeDefined();
    expect(engine.calls).toEqual([]);
  });

  it('someone INGEST_ALLOWED_USERS does not name gets a polite refusal; nothing is downloaded or stored', async () => {
    const message = {
      type: 'message',
      subtype: 'file_share',
      user: 'U8',
      channel: 'D8',
      channel_type: 'im',
      text: '',
      ts: '3.1',
      files: [fileObject(api.url, 'F3')],
    };
    await postEvent(slack.port!, eventBody(message));
    await postEvent(
      slack.port!,
      eventBody({
        type: 'message',
        user: 'U8',
        channel: 'D8',
        channel_type: 'im',
        text: `${site.url}/ndbg/fgj-2020.html`,
        ts: '3.2',
      }),
    );
    await waitFor(() => replies().length >= 2, 20_000);
    for (const reply of replies())
      expect(reply.text).toContain('只有管理员指定的用户（INGEST_ALLOWED_USERS）可以向我提交年报');
    expect(api.requests.some((request) => request.path.startsWith('/files-pri/'))).toBe(false);
    expect(site.paths()).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it("leaves alone the bot's own uploads (its charts) and files that cannot be reports", async () => {
    const chart = { ...fileObject(api.url, 'F4'), name: 'chart.png', mimetype: 'image/png' };
    const own = {
      type: 'file_shared',
      file_id: 'F4',
      user_id: 'UBOT',
      channel_id: 'D9',
      file: { id: 'F4' },
      event_ts: '4.1',
    };
    await postEvent(slack.port!, eventBody(own));
    const picture = {
      type: 'message',
      subtype: 'file_share',
      user: 'U7',
      channel: 'D9',
      channel_type: 'im',
      text: '',
      ts: '4.2',
      files: [chart],
    };
    await postEvent(slack.port!, eventBody(picture));
    // A question afterwards: its answer is the only reply.
    await postEvent(
      slack.port!,
      eventBody({ type: 'message', user: 'U7', channel: 'D9', channel_type: 'im', text: '帮助', ts: '4.3' }),
    );
    await waitFor(() => replies().length >= 1, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // events may be handled out of order
    expect(replies()).toHaveLength(1);
    expect(replies()[0]?.text).not.toContain('收录');
    expect(
      api.requests.some((request) => request.path === '/api/files.info' || request.path.startsWith('/files-pri/')),
    ).toBe(false);
  });
});
