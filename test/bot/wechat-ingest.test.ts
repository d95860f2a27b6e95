// Reports sent to the WeChat bot in a direct chat, through wechaty-puppet-mock: a DOCX file, a text report missing
// its table 四 (the reply names what is missing), a report URL on the local made-up site, and a sender
// INGEST_ALLOWED_USERS does not name; a file or linked PDF past the configured PARSE_MAX_PAGES. Room messages with
// files are left alone.
import type { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { FileBox } from 'file-box';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { createMemoryLogger } from '../../src/bot/logger.js';
import { createReportIntake } from '../../src/bot/report-intake.js';
import { startWechat, type WechatChannel } from '../../src/bot/wechat.js';
import { loadConfig } from '../../src/config.js';
import { createFetcher } from '../../src/fetch/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { startTestSite, type TestSite } from '../fetch/test-site.js';
import { makePdf } from '../parser/formats/make-hostile-files.js';
import { createScriptedEngine, makeTempDir, waitFor } from './helpers.js';

/**
 * A file as a chat sends it (wechaty serializes base64 boxes, not buffer ones). The mock makes an attachment
 * message of a .pdf, .doc or .txt box whose media type it cannot tell, as WeChat sends files.
 */
function fileBox(bytes: Buffer, name: string): FileBox {
  const box = FileBox.fromBase64(bytes.toString('base64'), name);
  (box as unknown as { _mediaType: string })._mediaType = 'application/octet-stream';
  return box;
}

describe('reports sent to the WeChat bot in a direct chat', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store;
  let site: TestSite;
  let channel: WechatChannel;
  let mocker: mock.Mocker;
  let people: { bot: mock.ContactMock; mike: mock.ContactMock; mary: mock.ContactMock; room: mock.RoomMock };
  let engine: ReturnType<typeof createScriptedEngine>;
  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openStore(`${temp.path}/store.json`);
    site = await startTestSite();
    // Reports run to 3 or 4 pages: 5 is below the default (500) and lets every fixture through.
    const config = loadConfig({
      WECHATY_PUPPET: 'wechaty-puppet-mock',
      INGEST_ALLOWED_USERS: 'wechat:mike',
      PARSE_MAX_PAGES: '5',
    });
    if (config.wechat === null) throw new Error('WeChat not configured');
    const logger = createMemoryLogger();
    const intake = createReportIntake({
      config,
      store,
      fetcher: createFetcher({ delayMs: 5 }),
      logger,
    });
    mocker = new mock.Mocker();
    const bot = mocker.createContact({ name: 'nianbao' });
    const mike = mocker.createContact({ name: 'mike' });
    const mary = mocker.createContact({ name: 'mary' });
    const room = mocker.createRoom({ topic: '年报工作群', memberIdList: [bot.id, mike.id, mary.id] });
    people = { bot, mike, mary, room };
    engine = createScriptedEngine();
    const puppet = new PuppetMock({ mocker });
    channel = await startWechat({ config: { ...config.wechat, partSpacingMs: 0 }, engine, logger, puppet, intake });
    mocker.login(bot);
    await waitFor(() => channel.bot.isLoggedIn);
  });
  afterEach(async () => {
    await channel.stop();
    await site.close();
    await store.close();
    await temp.remove();
  });
  /** What the bot says to `contact` in their direct chat. */
  const repliesTo = (contact: mock.ContactMock): string[] => {
    const texts: string[] = [];
    (contact as unknown as EventEmitter).on('message', (message: { payload: { talkerId?: string; text?: string } }) => {
      if (message.payload.talkerId === people.bot.id) texts.push(message.payload.text ?? '');
    });
    return texts;
  };

  it('a PDF file is ingested and the reply says organ, year, template, checks and missing cells', async () => {
    const replies = repliesTo(people.mike);
    const pdf = readFileSync('test/fixtures/documents/longgang-district-2022.pdf');
    people.mike.say(fileBox(pdf, '龙岗区2022年报.pdf')).to(people.bot);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toBe(
      [
        '已收录：深圳市龙岗区人民政府 2022年政府信息公开工作年度报告（2021年版表格）',
        '勾稽检查：全部一致',
        '缺失单元格：无',
        '来源：wechat:龙岗区2022年报.pdf',
      ].join('\n'),
    );
    expect((await store.get('深圳市龙岗区人民政府/2022'))?.applications?.newReceived?.total).toBe(552);
    expect(engine.calls).toEqual([]);
  });

  it('a Word 97 .doc file is read as well', async () => {
    const replies = repliesTo(people.mike);
    people.mike
      .say(fileBox(readFileSync('test/fixtures/documents/longhua-data-bureau-2020.doc'), 'longhua.doc'))
      .to(people.bot);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toContain(
      '已收录：深圳市龙华区政务服务数据管理局 2020年政府信息公开工作年度报告（2019年版表格）',
    );
    expect(replies[0]).toContain('勾稽检查：3 项未通过：');
  });

  it('a text report without its table 四 is stored with the missing table named', async () => {
    const replies = repliesTo(people.mike);
    const lines = readFileSync('data/reports/nanshan-district-2020.txt', 'utf8').split('\n');
    const start = lines.findIndex((line) => line.startsWith('四、政府信息公开行政复议'));
    const end = lines.findIndex((line) => line.startsWith('五、'));
    const cut = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
    people.mike.say(fileBox(Buffer.from(cut), 'nanshan.txt')).to(people.bot);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toContain('已收录：深圳市南山区人民政府 2020年政府信息公开工作年度报告（2019年版表格）');
    expect(replies[0]).toContain('缺失单元格：未找到表四（政府信息公开行政复议、行政诉讼情况）');
  });

  it('a message with a report URL is fetched and ingested; a file that is no report is named with its reason', async () => {
    const replies = repliesTo(people.mike);
    people.mike.say(`请收录 ${site.url}/ndbg/longgang-2022.html 谢谢`).to(people.bot);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toContain('已收录：深圳市龙岗区人民政府 2022年');
    expect(replies[0]).toContain(`来源：${site.url}/ndbg/longgang-2022.html`);
    people.mike.say(fileBox(Buffer.from('会议通知：周五下午开会。'), 'notice.txt')).to(people.bot);
    await waitFor(() => replies.length >= 2, 20_000);
    expect(replies[1]).toMatch(/^未能读入，库中未作改动：wechat:notice\.txt: /);
  });

  it('the configured PARSE_MAX_PAGES applies to a file sent and to a PDF linked, not the default', async () => {
    const replies = repliesTo(people.mike);
    const reason =
      '超过页数上限 5: the PDF has 6 pages, more than any annual report (PARSE_MAX_PAGES raises the limit)';
    people.mike.say(fileBox(makePdf(6), 'six-pages.pdf')).to(people.bot);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toBe(`未能读入，库中未作改动：wechat:six-pages.pdf: ${reason}`);
    site.setPage('/uploads/six-pages.pdf', { body: makePdf(6), type: 'application/pdf' });
    people.mike.say(`${site.url}/uploads/six-pages.pdf`).to(people.bot);
    await waitFor(() => replies.length >= 2, 20_000);
    expect(replies[1]).toBe(`未能读入，库中未作改动：${site.url}/uploads/six-pages.pdf: ${reason}`);
    expect(await store.list()).toEqual([]);
  });

  it('someone INGEST_ALLOWED_USERS does not name gets a polite refusal; a file in a room is ignored', async () => {
    const replies = repliesTo(people.mary);
    const doc = readFileSync('test/fixtures/documents/longhua-data-bureau-2020.doc');
    people.mary.say(fileBox(doc, 'report.doc')).to(people.bot);
    people.mike.say(fileBox(doc, 'report.doc')).to(people.room);
    await waitFor(() => replies.length >= 1, 20_000);
    expect(replies[0]).toContain('只有管理员指定的用户（INGEST_ALLOWED_USERS）可以向我提交年报');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await store.list()).toEqual([]);
  });
});
