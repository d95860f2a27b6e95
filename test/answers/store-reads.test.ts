// The engine asks a store with indexed methods for what a question needs (issues 9, 18): an organ-year lookup reads
// that organ's reports, a ranking or list across organs asks the store for its result, never a year's reports or
// every report; answers are the same as over list().
import { readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { CONVERSATIONS } from '../../bench/held-out/conversations.js';
import { FIFTH_CONVERSATIONS, FIFTH_QUESTIONS } from '../../bench/held-out/fifth.js';
import { FOURTH_CONVERSATIONS, FOURTH_QUESTIONS } from '../../bench/held-out/fourth.js';
import { FRESH_CONVERSATIONS, FRESH_QUESTIONS } from '../../bench/held-out/fresh.js';
import { QUESTIONS } from '../../bench/held-out/questions.js';
import { SIXTH_CONVERSATIONS, SIXTH_QUESTIONS } from '../../bench/held-out/sixth.js';
import { buildHeldOutStore } from '../../bench/held-out/store.js';
import { THIRD_CONVERSATIONS, THIRD_QUESTIONS } from '../../bench/held-out/third.js';
import { createEngine } from '../../src/answers/index.js';
import type { Report } from '../../src/parser/index.js';
import { type OrgRequest, openStore, type Store, type StoredOrganName, textRuns } from '../../src/store/index.js';
import { createTestSchema, runSql, type TestSchema } from '../store/postgres-schema.js';
import { LONGHUA_DATA, listOnlyStore, openSampleAnswerStore, variantOf } from './sample-store.js';

const LONGGANG = '深圳市龙岗区人民政府';
const LONGGANG_ORGS = ['深圳市龙岗区人民政府', '深圳市龙岗区发展和改革局', '深圳市龙岗区政务服务数据管理局'];

/** The store with its reads logged: `list` for list(), `find {…}` for find(filter), `rankFigures {scope}` … */
function countingStore(inner: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  // Each call with its scope: the second argument of the figure methods, the first of listFailing.
  const logged = <A extends unknown[], R>(name: string, method: ((...args: A) => Promise<R>) | undefined, at = 1) =>
    method &&
    (async (...args: A): Promise<R> => {
      calls.push(`${name} ${JSON.stringify(args[at])}`);
      return method.apply(inner, args);
    });
  const store: Store = {
    ...inner,
    rankFigures: logged('rankFigures', inner.rankFigures),
    countFigures: logged('countFigures', inner.countFigures),
    placeFigures: logged('placeFigures', inner.placeFigures),
    sumFigures: logged('sumFigures', inner.sumFigures),
    listFailing: logged('listFailing', inner.listFailing, 0),
    list: async () => {
      calls.push('list');
      return inner.list();
    },
    find: async (filter) => {
      calls.push(`find ${JSON.stringify(filter)}`);
      return inner.find(filter);
    },
  };
  return { store, calls };
}

async function sampleEngines(): Promise<{
  counted: ReturnType<typeof createEngine>;
  plain: ReturnType<typeof createEngine>;
  calls: string[];
  inner: Store;
}> {
  const inner = await openSampleAnswerStore();
  const { store, calls } = countingStore(inner);
  return {
    counted: createEngine({ store }),
    plain: createEngine({ store: listOnlyStore(await inner.list()) }),
    calls,
    inner,
  };
}

describe('reading only what a question needs (lowdb underneath)', () => {
  it.each([
    ['龙岗区2022年收到多少政府信息公开申请？', [`find {"org":"${LONGGANG}"}`]],
    ['龙岗区收到多少申请？', [`find {"org":"${LONGGANG}"}`]],
    ['2020年哪个单位收到的申请最多？', ['rankFigures {"years":[2020],"latestOnly":true,"ties":"store"}']],
    ['2021年哪些单位有行政诉讼？', ['countFigures {"years":[2021],"latestOnly":false,"ties":"store"}']],
    ['你有哪些报告？', []],
    // Across organs without a year: the latest year most organs compared hold, asked of the store.
    ['哪个单位收到的申请最多？', ['rankFigures {"years":[2020],"latestOnly":true,"ties":"store"}']],
    [
      '龙岗区哪个部门收到的申请最多？',
      [
        `rankFigures {"years":[2021],"latestOnly":true,"orgs":${JSON.stringify(LONGGANG_ORGS.slice(1))},"ties":"organ"}`,
      ],
    ],
    [
      '龙岗区收到的申请排第几？',
      [`find {"org":"${LONGGANG}"}`, 'placeFigures {"years":[2022],"latestOnly":true,"ties":"store"}'],
    ],
    // A list without a year reads every report, each organ's latest flagged in the store where needed.
    ['哪些单位没有行政复议？', ['countFigures {"years":[],"latestOnly":false,"ties":"store"}']],
    // A figure with no organ asks which one: nothing read.
    ['收到多少申请？', []],
    // Sums over a scope and the failing checks are the store's results too, never a year's reports.
    ['2020年全部单位合计收到多少申请', ['sumFigures {"years":[2020],"latestOnly":false,"ties":"organ"}']],
    [
      '2020年龙岗区各单位的申请合计',
      [`sumFigures {"years":[2020],"latestOnly":false,"orgs":${JSON.stringify(LONGGANG_ORGS)},"ties":"organ"}`],
    ],
    ['全部单位合计收到多少申请', []],
    ['哪些报告的数据不一致？', ['listFailing {"years":[],"latestOnly":false,"ties":"store"}']],
    [
      '龙岗区2022年哪些报告不一致',
      [`listFailing {"years":[2022],"latestOnly":false,"orgs":${JSON.stringify(LONGGANG_ORGS)},"ties":"organ"}`],
    ],
  ])('%s reads %j and answers as over list()', async (question, reads) => {
    const { counted, plain, calls } = await sampleEngines();
    const answer = await counted.answer(question);
    expect(calls).toEqual(reads);
    expect(answer).toEqual(await plain.answer(question));
  });

  it('answers every shared question as over list(), without list() where a year or organ is named, and never a year fetched', {
    timeout: 60_000,
  }, async () => {
    const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
    const { counted, plain, calls } = await sampleEngines();
    for (const { q } of questions) {
      calls.length = 0;
      expect(await counted.answer(q), q).toEqual(await plain.answer(q));
      if (/20\d\d年/.test(q)) expect(calls, q).not.toContain('list');
      expect(
        calls.filter((call) => /^find \{"year"/.test(call)),
        q,
      ).toEqual([]);
    }
  });

  it('asks the store again for a ranking once the store changes', async () => {
    const { counted, calls, inner } = await sampleEngines();
    const question = '2020年哪个单位收到的申请最多？';
    const first = await counted.answer(question);
    expect((await counted.answer(question)).answer).toBe(first.answer);
    expect(calls).toHaveLength(2);
    const nanshan = (await inner.find({ org: '深圳市南山区人民政府', year: 2020 }))[0];
    if (!nanshan) throw new Error('sample store lacks 南山区 2020');
    await inner.put([variantOf(nanshan, { org: '深圳市宝安区人民政府', region: '宝安区', newReceivedTotal: 99999 })]);
    const after = await counted.answer(question);
    expect(calls.every((call) => call.startsWith('rankFigures '))).toBe(true);
    expect(after.facts[0]?.org).toBe('深圳市宝安区人民政府');
  });

  it('sees a report put after the first question (the vocabulary follows the store revision)', async () => {
    const { counted, inner } = await sampleEngines();
    const question = '宝安区2022年收到多少申请？';
    expect((await counted.answer(question)).status).toBe('no_data');
    const longgang = (await inner.find({ org: LONGGANG, year: 2022 }))[0];
    if (!longgang) throw new Error('sample store lacks 龙岗区 2022');
    await inner.put([variantOf(longgang, { org: '深圳市宝安区人民政府', region: '宝安区', newReceivedTotal: 1234 })]);
    const answer = await counted.answer(question);
    expect(answer.status).toBe('answered');
    expect(answer.facts.map((fact) => [fact.org, fact.value])).toEqual([['深圳市宝安区人民政府', 1234]]);
  });
});

/** Questions across organs, with and without a year, region or level: the store answers them in SQL. */
const ACROSS_QUESTIONS = [
  '2020年哪个单位收到的申请最多？',
  '哪个单位收到的申请最多？',
  '收到申请最少的三个单位',
  '龙岗区哪个部门收到的申请最多？',
  '政府部门中哪个收到的申请最少？',
  '龙岗区收到的申请排第几？',
  '2021年哪些单位有行政诉讼？',
  '哪些单位没有行政复议？',
  '哪个单位自然人申请占比最高？',
  '2020年和2021年哪个单位行政复议最少？',
  '2020年全部单位合计收到多少申请',
  '2020年和2021年全部单位行政复议和行政诉讼合计',
  '2020年区级部门收到的申请合计',
  '2020年全部单位主动公开规章合计',
  '哪些报告的数据不一致？',
  '政府部门哪些报告不一致',
  // A level over the whole store (a tier, a kind): the store's columns, never its organs read.
  '2020年哪个区县政府收到的申请最多？',
  '哪个区政府收到的申请最少',
  '区县政府收到的申请合计',
  '2022年区级部门收到的申请合计',
  '有几个区政府的报告',
  '2020年部门的报告有哪些',
  '2020年哪些区政府有行政复议？',
  // A level's figure with no year: each organ's latest when they are few and their latest years differ.
  '区政府收到多少申请',
  '部门收到多少申请',
];

/** Names said every way the engine reads them: short forms, lists of regions, pinyin, English, follow-ups. */
const NAME_QUESTIONS = [
  '龙岗发改局2022年收到多少申请？',
  '龙岗区和龙华区的数据局2021年收到多少申请？',
  '龙岗、龙华数据局2021年收到多少申请？',
  'Longgang 2022年收到多少申请',
  'How many applications did the Longhua data bureau receive in 2020?',
  '发改局2020年收到多少申请？',
  '数据局收到多少申请？',
  '龙岗区政府2022年行政复议多少件？',
  '深圳龙岗区2022年收到多少申请？',
  '宝安2022年收到多少申请？',
  '龙岗区教育局2022年收到多少申请？',
  '龍華區數據局2020年收到多少申請？',
  '龙岗区2022年比2021年收到的申请增加了多少？',
  '南山区和龙岗区发改局2020年收到多少申请？',
];

const MORE_DISTRICTS = [
  '福田区',
  '罗湖区',
  '盐田区',
  '宝安区',
  '坪山区',
  '光明区',
  '大鹏区',
  '前海区',
  '蛇口区',
  '西丽区',
  '坂田区',
];

/** Questions about a body's name that thirteen organs share: listing them, narrowing them, a full name, a slip. */
const SHARED_NAME_QUESTIONS = [
  '数据局2020年收到多少申请？',
  '深圳市坂田区政务服务数据管理局2020年收到多少申请？',
  '福田区数据局2020年收到多少申请？',
  '龙岗区和福田区的数据局收到多少申请？',
  '南山区和西丽区数据局2020年收到多少申请？',
  'How many applications did the data bureau receive in 2020?',
  '哪个数据局2020年收到的申请最多？',
  '深圳市罗湖区政务服务数据管理局2020年收到的申请排第几？',
  '深圳市罗湖区政务服务数椐管理局2020年收到多少申请？',
  '那2021年呢？',
];

describe('reading only what a question needs (Postgres)', () => {
  const schemas: TestSchema[] = [];
  afterAll(async () => {
    await Promise.all(schemas.map((schema) => schema.drop()));
  });

  it('looks the names of each question up in the store (derived on ingest) and answers as over lowdb', {
    timeout: 60_000,
  }, async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const looked: string[][] = [];
      const findOrganNames = postgres.findOrganNames?.bind(postgres);
      const findOrganNamesAt = postgres.findOrganNamesAt?.bind(postgres);
      const store: Store = {
        ...postgres,
        findOrganNames: async (texts, options) => {
          // A question's runs of characters are asked as its texts: the runs are what it looked up.
          looked.push([...texts.zh, ...texts.en, ...(options?.runs ? textRuns(options.runs) : [])]);
          return (findOrganNames as NonNullable<typeof findOrganNames>)(texts, options);
        },
        // A question's first read of names, with the store's revision beside them.
        findOrganNamesAt: async (texts, options) => {
          looked.push([...texts.zh, ...texts.en, ...(options?.runs ? textRuns(options.runs) : [])]);
          return (findOrganNamesAt as NonNullable<typeof findOrganNamesAt>)(texts, options);
        },
      };
      const engine = createEngine({ store });
      const lowdb = createEngine({ store: samples });
      const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
      for (const question of [...questions.map(({ q }) => q), ...NAME_QUESTIONS, '那2021年呢？', '南山区呢？'])
        expect(await engine.answer(question, { conversationId: 'c' }), question).toEqual(
          await lowdb.answer(question, { conversationId: 'c' }),
        );
      expect(looked.flat()).toContain('龙岗发改局');
      // The names are the store's: one removed there is no longer understood, though the rules would derive it.
      await runSql(schema.url, "DELETE FROM organ_names WHERE name = '龙岗发改局'");
      const asked = '龙岗发改局2020年收到多少申请？';
      expect((await lowdb.answer(asked)).status).toBe('answered');
      expect((await engine.answer(asked)).status).not.toBe('answered');
    } finally {
      await postgres.close();
    }
  });

  it('reads of a name that many organs share (数据局) its first organs, or the organs a question narrows it to, answering as over lowdb', {
    timeout: 60_000,
  }, async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await (await openSampleAnswerStore()).list();
      const bureau = samples.find((report) => report.org === LONGHUA_DATA) as Report;
      // More data bureaus than the engine first fetches per name (8), in districts sorting before and after 龙华区.
      const reports = [
        ...samples,
        ...MORE_DISTRICTS.map((district, at) =>
          variantOf(bureau, {
            org: `深圳市${district}政务服务数据管理局`,
            region: district,
            newReceivedTotal: 100 + at,
          }),
        ),
      ];
      await postgres.put(reports);
      const cut: string[] = [];
      const findOrganNames = postgres.findOrganNames?.bind(postgres);
      const findOrganNamesAt = postgres.findOrganNamesAt?.bind(postgres);
      const noteCut = (rows: readonly StoredOrganName[], options?: { organsPerName?: number; orgs?: unknown }) => {
        const bureaus = rows.filter((row) => row.text === '数据局' && row.regionKey === null).length;
        if (bureaus > 0) cut.push(`${options?.organsPerName ?? (options?.orgs ? 'among' : 'all')}: ${bureaus}`);
      };
      const store: Store = {
        ...postgres,
        findOrganNames: async (texts, options) => {
          const rows = await (findOrganNames as NonNullable<typeof findOrganNames>)(texts, options);
          noteCut(rows, options);
          return rows;
        },
        // A question's first read of names (with the revision and the organs they lead to).
        findOrganNamesAt: async (texts, options) => {
          const found = await (findOrganNamesAt as NonNullable<typeof findOrganNamesAt>)(texts, options);
          noteCut(found.names, options);
          return found;
        },
      };
      // Of the 16 organs the first 3 by name are held: the data bureaus a question reads are fetched for it.
      const engine = createEngine({ store, organsHeld: 3 });
      const lowdb = createEngine({ store: listOnlyStore(reports) });
      for (const question of SHARED_NAME_QUESTIONS)
        expect(await engine.answer(question, { conversationId: 'c' }), question).toEqual(
          await lowdb.answer(question, { conversationId: 'c' }),
        );
      // 数据局 came cut at 9 of its 13 organs; its first 31 were read where a question listed them, and it was looked
      // for among a region's organs or the organ talked of where a question narrowed it: never read whole.
      expect(cut).toContain('9: 9');
      expect(cut).toContain(`31: ${MORE_DISTRICTS.length + 2}`);
      expect(cut).toContain('among: 1');
      expect(cut.filter((read) => read.startsWith('all'))).toEqual([]);
      const choice = await engine.answer('数据局2020年收到多少申请？');
      expect(choice.status).toBe('clarify');
      for (const district of MORE_DISTRICTS) expect(choice.answer).toContain(`深圳市${district}政务服务数据管理局`);
    } finally {
      await postgres.close();
    }
  });

  it("reads a level's first organs and their count, not the organ list, for a level's figure with no year", async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const pages: OrgRequest[] = [];
      const store: Store = {
        ...postgres,
        findOrgs: async (request) => {
          if (request.page?.after) pages.push(request);
          return (postgres.findOrgs as NonNullable<Store['findOrgs']>)(request);
        },
      };
      const engine = createEngine({ store, organsHeld: 2 });
      const lowdb = createEngine({ store: samples });
      // Few organs of differing latest years: each one's latest figure, named one by one.
      for (const question of ['区政府收到多少申请', '部门收到多少申请', '区级部门收到多少申请'])
        expect(await engine.answer(question), question).toEqual(await lowdb.answer(question));
      expect(pages).toEqual([]);
    } finally {
      await postgres.close();
    }
  });

  it("counts a scope's organs said in a question (2020年三个单位) by the store, not the organ list, on PostgreSQL and lowdb", async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const lowdb = createEngine({ store: samples });
      // Every organ, a level, several years; counts that fit (answered) and counts that do not (which ones, asked).
      const questions = [
        '2020年三个单位收到的申请',
        '2020年两家单位收到的申请',
        '2020年两个部门收到的申请',
        '2020年三个部门收到的申请',
        '2020年两个区收到的申请',
        '2021年两个区县的申请',
        '2020年和2021年三个部门收到的申请',
        '三个单位收到的申请',
      ];
      for (const inner of [postgres, samples]) {
        const pages: OrgRequest[] = [];
        const store: Store = {
          ...inner,
          findOrgs: async (request) => {
            if (request.page?.after) pages.push(request);
            return (inner.findOrgs as NonNullable<Store['findOrgs']>).call(inner, request);
          },
        };
        const engine = createEngine({ store, organsHeld: 2 });
        for (const question of questions)
          expect(await engine.answer(question), question).toEqual(await lowdb.answer(question));
        expect(pages).toEqual([]);
      }
    } finally {
      await postgres.close();
    }
  });

  it('says how many organs of a counted scope the store holds, beyond the first listed (2022年三个单位 of 41)', async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      const reports = await samples.list();
      const district = reports.find((report) => report.org === LONGGANG) as Report;
      const others = Array.from({ length: 40 }, (_, at) =>
        variantOf(district, { org: `深圳市福田区第${at + 1}局`, region: '福田区', level: 'department' }),
      );
      await postgres.put([...reports, ...others]);
      await samples.put(others);
      const lowdb = createEngine({ store: samples });
      const engine = createEngine({ store: postgres, organsHeld: 2 });
      const question = '2022年三个单位收到的申请';
      const answer = await lowdb.answer(question);
      // The sample's one organ with a 2022 report and the 40 added: 41 held, the first 30 listed, 11 more.
      expect(answer.answer).toContain('我这里有 41 个单位的报告');
      expect(answer.answer).toContain('……另有 11 项未列出');
      expect(answer.answer.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(30);
      expect(await engine.answer(question)).toEqual(answer);
    } finally {
      await postgres.close();
    }
  });

  it('holds only the first organs of the store: the others a question reads are fetched for it, answering as over lowdb', {
    timeout: 60_000,
  }, async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const asked: OrgRequest[] = [];
      const store: Store = {
        ...postgres,
        listOrgs: async () => {
          throw new Error('the whole organ list was read');
        },
        findOrgs: async (request) => {
          asked.push(request);
          return (postgres.findOrgs as NonNullable<Store['findOrgs']>)(request);
        },
      };
      // The first 3 of the 5 organs by name (南山区, 龙华区数据局, 龙岗区人民政府): 龙岗区's departments are fetched.
      const engine = createEngine({ store, organsHeld: 3 });
      const lowdb = createEngine({ store: samples });
      const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
      // Follow-ups read the organs and regions of the turn before, which their own words do not name; a place the
      // organs are named after (深圳) reads the organs whose names hold it, and their regions' organs.
      const more = [
        '龙岗发改局2020年收到多少申请？',
        '那2021年呢？',
        '龙岗区哪个部门收到的申请最多？',
        '那2020年呢？',
        '深圳的区政府哪些有行政复议',
        '深圳市范围内的报告都有哪些',
        '深圳各区2020年收到的申请合计',
      ];
      for (const question of [...questions.map(({ q }) => q), ...NAME_QUESTIONS, ...ACROSS_QUESTIONS, ...more])
        expect(await engine.answer(question, { conversationId: 'c' }), question).toEqual(
          await lowdb.answer(question, { conversationId: 'c' }),
        );
      expect(asked[0]).toEqual({ page: { after: null, limit: 3 } });
      expect(asked.flatMap((request) => request.names ?? [])).toContain('深圳市龙岗区发展和改革局');
      expect(asked.flatMap((request) => request.prefixes ?? [])).toContain('深圳市龙岗区');
    } finally {
      await postgres.close();
    }
  });

  it('answers a province, or an organ the store lacks in a place no organ holds, from the kept places: never the organ list', {
    timeout: 60_000,
  }, async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await (await openSampleAnswerStore()).list();
      const district = samples.find((report) => report.org === LONGGANG) as Report;
      // A city and its district of 江苏, and 沐阳县 (the OCR's 沭阳县), a place no province of the gazetteer holds.
      const reports = [
        ...samples,
        variantOf(district, { org: '淮安市洪泽区人民政府', region: '洪泽区', newReceivedTotal: 95 }),
        variantOf(district, { org: '淮安市人民政府', region: '淮安市', newReceivedTotal: 1362 }),
        variantOf(district, { org: '沐阳县人民政府', region: '沐阳县', newReceivedTotal: 7 }),
        // More organs than the bot holds (LIST_LIMIT, what a list names), after them by name.
        ...Array.from({ length: 40 }, (_, at) =>
          variantOf(district, { org: `深圳市福田区第${at + 1}局`, region: '福田区', level: 'department' }),
        ),
      ];
      await postgres.put(reports);
      const provinces: string[] = [];
      const findProvinceRegions = postgres.findProvinceRegions?.bind(postgres);
      const store: Store = {
        ...postgres,
        listOrgs: async () => {
          throw new Error('the whole organ list was read');
        },
        findOrgs: async (request) => {
          if (request.page?.after) throw new Error('the organ list past its head was read');
          return (postgres.findOrgs as NonNullable<Store['findOrgs']>)(request);
        },
        findProvinceRegions: async (name) => {
          provinces.push(name);
          return (findProvinceRegions as NonNullable<typeof findProvinceRegions>)(name);
        },
      };
      const engine = createEngine({ store, organsHeld: 30 });
      const lowdb = createEngine({ store: listOnlyStore(reports) });
      const questions = [
        '广州市天河区人民政府2022年收到多少申请？',
        '杭州市西湖区教育局2022年收到多少申请？',
        '江苏各区2022年收到的申请合计',
        '江苏哪个单位2022年收到的申请最多？',
        '广东的区政府哪些有行政复议',
        '河南各区2022年收到的申请合计',
        // Places in pinyin, with 省, alone; 沐阳县 in 江苏 by the place it misprints.
        'Which agency in Jiangsu received the most requests in 2022?',
        'Reports from Guangdong Province',
        '江苏省的报告',
        '广东的单位',
      ];
      for (const question of questions)
        expect(await engine.answer(question, { conversationId: question }), question).toEqual(
          await lowdb.answer(question, { conversationId: question }),
        );
      expect(provinces).toContain('江苏');
      expect(provinces).toContain('广东');
      // On PostgreSQL too 沐阳县 lies in 江苏 (placed on ingest), and Guangdong in pinyin is 广东.
      const jiangsu = await engine.answer('江苏省的报告', { conversationId: 'jiangsu' });
      expect(jiangsu.status, jiangsu.answer).toBe('answered');
      expect(jiangsu.answer).toContain('沐阳县人民政府');
      const guangdong = await engine.answer('Reports from Guangdong Province', { conversationId: 'guangdong' });
      expect(guangdong.status, guangdong.answer).toBe('answered');
      expect(guangdong.answer).toContain('深圳市南山区人民政府');
    } finally {
      await postgres.close();
    }
  });

  it("answers the held-out sets' questions without reading the organ list past its head", {
    timeout: 120_000,
  }, async () => {
    const held = await buildHeldOutStore();
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const reports = await held.store.list();
      const district = reports.find((report) => report.org === LONGGANG) as Report;
      // More organs than the bot holds (30, as many as a list names), before and after the sample's by name.
      await postgres.put([
        ...reports,
        ...Array.from({ length: 40 }, (_, at) =>
          variantOf(district, { org: `深圳市福田区第${at + 1}局`, region: '福田区', level: 'department' }),
        ),
      ]);
      let isListRead = false;
      const store: Store = {
        ...postgres,
        list: async () => {
          throw new Error('every report was read');
        },
        listOrgs: async () => {
          throw new Error('the whole organ list was read');
        },
        findOrgs: async (request) => {
          if (request.page?.after) isListRead = true;
          return (postgres.findOrgs as NonNullable<Store['findOrgs']>)(request);
        },
      };
      const engine = createEngine({ store, organsHeld: 30 });
      const singles = [
        ...QUESTIONS,
        ...FRESH_QUESTIONS,
        ...THIRD_QUESTIONS,
        ...FOURTH_QUESTIONS,
        ...FIFTH_QUESTIONS,
        ...SIXTH_QUESTIONS,
      ].map(({ id, question }) => ({ id, conversation: id, question }));
      const turns = [
        ...CONVERSATIONS,
        ...FRESH_CONVERSATIONS,
        ...THIRD_CONVERSATIONS,
        ...FOURTH_CONVERSATIONS,
        ...FIFTH_CONVERSATIONS,
        ...SIXTH_CONVERSATIONS,
      ].flatMap(({ id, turns }) =>
        turns.map(({ question }, at) => ({ id: `${id}.${at + 1}`, conversation: id, question })),
      );
      const reading: string[] = [];
      for (const { id, conversation, question } of [...singles, ...turns]) {
        isListRead = false;
        await engine.answer(question, { conversationId: conversation });
        if (isListRead) reading.push(id);
      }
      // None reads the organ list whole: a level's organs (区县政府, 部门, 市级政府, 乡镇街道: the reports' level and
      // tier columns), 你有哪些报告, 2020年有几份报告, 三个单位's count of a scope's organs, rankings with no year,
      // sums and checks of the whole store, misprinted and unknown organs — each reads the store's counts and first
      // organs (J-V07.1 and S-V09.1, 2020年三个单位, read it before the count was the store's).
      expect(reading).toEqual([]);
    } finally {
      await postgres.close();
      await held.dispose();
    }
  });

  it('answers the 552 question from find() and rankings, places, lists, sums and checks from the store, never list()', async () => {
    const schema = await createTestSchema();
    schemas.push(schema);
    const postgres = await openStore(schema.url);
    try {
      const samples = await openSampleAnswerStore();
      await postgres.put(await samples.list());
      const { store, calls } = countingStore(postgres);
      const engine = createEngine({ store });
      const answer = await engine.answer('龙岗区2022年收到多少政府信息公开申请？');
      expect(answer.answer).toBe(
        '深圳市龙岗区人民政府 2022年 收到政府信息公开申请 552 件（表三“本年新收政府信息公开申请数量”总计）\n来源：《深圳市龙岗区人民政府2022年政府信息公开工作年度报告》',
      );
      const lowdb = createEngine({ store: samples });
      for (const question of ACROSS_QUESTIONS)
        expect(await engine.answer(question), question).toEqual(await lowdb.answer(question));
      expect(calls.filter((call) => call === 'list' || call.startsWith('find {"year"'))).toEqual([]);
      expect(calls[0]).toBe(`find {"org":"${LONGGANG}"}`);
    } finally {
      await postgres.close();
    }
  });
});
