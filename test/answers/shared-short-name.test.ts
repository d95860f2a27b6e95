// A body's short name that many organs share (数据局, 发改局: every region's bureau, 62,500 of each in a national
// store) is asked back with its first organs and how many more it names. On PostgreSQL the engine asks the store
// for those first organs and a count, never for every organ the name names: the same reply as the organ list in
// memory gives. Narrowed to an organ talked of or to a region, the name is looked for among those organs only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { type OrgRequest, openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../store/postgres-schema.js';
import { LONGGANG_DRC, LONGHUA_DATA, listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

/** Made-up districts of a made-up city: two characters of these each, 1,089 of them. */
const DISTRICT_CHARACTERS = [...'丹冬川林桃河泉昌梅青嘉芳溪森柳桐松柏竹兰菊荷莲蓉槐杏枫榆杉桂樟橡椿'];
const DISTRICTS = DISTRICT_CHARACTERS.flatMap((first) => DISTRICT_CHARACTERS.map((second) => `${first}${second}区`));
/** Data bureaus beside the sample's two: past the 1,000 organs a name's count goes up to. */
const DATA_BUREAUS = 1005;
/** Development and reform bureaus beside the sample's one: more than a question back lists (30), fewer than 1,000. */
const REFORM_BUREAUS = 40;

let schema: TestSchema;
let postgres: Store;
let engine: Engine;
let memory: Engine;
/** What the engine asked the store: the names of each findOrganNames call read whole, and each findOrgs request. */
const wholeNames: string[] = [];
const orgRequests: { request: OrgRequest; organs: number }[] = [];

beforeAll(async () => {
  const samples = await (await openSampleAnswerStore()).list();
  const of = (org: string): Report => samples.find((report) => report.org === org) as Report;
  const bureaus = (count: number, base: Report, body: string): Report[] =>
    DISTRICTS.slice(0, count).map((district, at) =>
      variantOf(base, { org: `岚州市${district}${body}`, region: district, newReceivedTotal: at }),
    );
  const reports = [
    ...samples,
    ...bureaus(DATA_BUREAUS, of(LONGHUA_DATA), '政务服务数据管理局'),
    ...bureaus(REFORM_BUREAUS, of(LONGGANG_DRC), '发展和改革局'),
  ];
  schema = await createTestSchema();
  postgres = await openStore(schema.url);
  await postgres.put(reports);
  const { findOrganNames, findOrganNamesAt, findOrgs } = postgres as Required<Store>;
  const store: Store = {
    ...postgres,
    findOrganNames: async (texts, options) => {
      if (options?.organsPerName === undefined && options?.orgs === undefined)
        wholeNames.push(...texts.zh, ...texts.en);
      return findOrganNames.call(postgres, texts, options);
    },
    findOrgs: async (request) => {
      const found = await findOrgs.call(postgres, request);
      orgRequests.push({ request, organs: found.length });
      return found;
    },
    // A question's first read of names, with the organs they lead to.
    findOrganNamesAt: async (texts, options) => {
      if (options?.organsPerName === undefined) wholeNames.push(...texts.zh, ...texts.en);
      const found = await findOrganNamesAt.call(postgres, texts, options);
      const { named = [], under = [] } = found.organs ?? {};
      orgRequests.push({ request: {}, organs: named.length + under.reduce((sum, each) => sum + each.orgs.length, 0) });
      return found;
    },
  };
  // The first 3 organs by name held: every bureau a question reads is fetched for it.
  engine = createEngine({ store, organsHeld: 3 });
  memory = createEngine({ store: listOnlyStore(reports) });
}, 120_000);

afterAll(async () => {
  await postgres.close();
  await schema.drop();
});

it.each([
  ['数据局2020年收到多少申请？', '……另有至少 970 项未列出'],
  ['发改局2020年收到多少申请？', '……另有 11 项未列出'],
  ['How many applications did the data bureau receive in 2020?', '… and at least 970 more'],
])(
  '%s is asked back with the first 30 organs and how many more, as over the whole organ list',
  async (question, more) => {
    const [answer, inMemory] = await Promise.all([engine.answer(question), memory.answer(question)]);
    expect(answer).toEqual(inMemory);
    expect(answer.status).toBe('clarify');
    const lines = answer.answer.split('\n');
    expect(lines.filter((line) => line.startsWith('- '))).toHaveLength(30);
    expect(lines.at(-1)).toBe(more);
  },
);

it('never reads every organ a shared name names', async () => {
  wholeNames.length = 0;
  orgRequests.length = 0;
  await engine.answer('数据局2020年收到多少申请？');
  await engine.answer('岚州市丹冬区政务服务数据管理局2020年收到多少申请？');
  expect(wholeNames).toEqual([]);
  // The organs fetched: those the question's texts name (the first 9 of a shared name), then the 31 listed; never
  // a page of the organ list.
  expect(orgRequests.reduce((sum, { organs }) => sum + organs, 0)).toBeLessThan(100);
  expect(orgRequests.filter(({ request }) => request.page !== undefined)).toEqual([]);
});

/** A data bureau far down the list of 数据局 (not among its first organs). */
const FAR_BUREAU = `岚州市${DISTRICTS[500]}政务服务数据管理局`;

it.each([
  [[`${FAR_BUREAU}2020年收到多少申请？`, '数据局呢？']],
  [[`岚州市${DISTRICTS[500]}的数据局2020年收到多少申请？`]],
])(
  '%j: a shared name narrowed to an organ talked of or to a region asks the store about those organs only',
  async (turns) => {
    wholeNames.length = 0;
    const conversationId = JSON.stringify(turns);
    for (const question of turns) {
      const [answer, inMemory] = await Promise.all([
        engine.answer(question, { conversationId }),
        memory.answer(question, { conversationId }),
      ]);
      expect(answer, question).toEqual(inMemory);
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain(`${FAR_BUREAU} 2020年 收到政府信息公开申请 500 件`);
    }
    expect(wholeNames).toEqual([]);
  },
);

it('counts the organs each text names up to the number asked (PostgreSQL)', async () => {
  const count = (postgres as Required<Store>).countOrganNames.bind(postgres);
  const texts = { zh: ['数据局', '发改局', '没有这个单位'], en: ['data bureau'] };
  const counted = (rows: Awaited<ReturnType<typeof count>>) => rows.map((row) => `${row.text} ${row.organs}`).sort();
  expect(counted(await count(texts, 1000))).toEqual(['data bureau 1000', '发改局 41', '数据局 1000', '没有这个单位 0']);
  expect(counted(await count(texts, 2000))).toEqual(['data bureau 1007', '发改局 41', '数据局 1007', '没有这个单位 0']);
  expect(counted(await count(texts, 5))).toEqual(['data bureau 5', '发改局 5', '数据局 5', '没有这个单位 0']);
});

it('finds the names of the organs asked only, when asked (PostgreSQL)', async () => {
  const find = (postgres as Required<Store>).findOrganNames.bind(postgres);
  const rows = await find({ zh: ['数据局', '发改局'], en: [] }, { orgs: [FAR_BUREAU, LONGGANG_DRC, '没有这个单位'] });
  expect(rows.map((row) => `${row.org} ${row.text}`)).toEqual([`${FAR_BUREAU} 数据局`, `${LONGGANG_DRC} 发改局`]);
});
