// The model's vocabulary (the organs and years its query prompt lists) over a PostgreSQL store another instance
// writes: built from the engine's vocabulary, so read from the store again only when the store's revision changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answers/index.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../../store/postgres-schema.js';
import { loadSampleReports } from '../../store/sample-reports.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

/** Colloquial: the rules do not read 告上法庭 (a clarify of the closest figures), so the model is asked. */
const QUESTION = '被人告上法庭最多的是谁';
const NANSHAN = '深圳市南山区人民政府';

let standIn: StandIn;
let schema: TestSchema;
beforeAll(async () => {
  [standIn, schema] = await Promise.all([startStandIn(), createTestSchema()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([standIn.close(), schema.drop()]);
});

/** The store with its reads of the organ vocabulary (the organs' counts, the organ list) and of list() counted. */
function countingVocabularyReads(store: Store): { store: Store; count: () => number; lists: () => number } {
  let calls = 0;
  let lists = 0;
  const { countOrgans, listOrgs, list } = store;
  const counted: Store = Object.create(store);
  counted.list = async () => {
    lists += 1;
    return list.call(store);
  };
  if (countOrgans)
    counted.countOrgans = async () => {
      calls += 1;
      return countOrgans.call(store);
    };
  if (listOrgs)
    counted.listOrgs = async (...args) => {
      calls += 1;
      return listOrgs.apply(store, args);
    };
  return { store: counted, count: () => calls, lists: () => lists };
}

/** The organ lines of the last query prompt the model was sent. */
function promptedOrgans(): string[] {
  const prompt =
    standIn.requests
      .at(-1)
      ?.messages.map((message) => message.content)
      .join('\n') ?? '';
  const [, organs = ''] = prompt.match(/Organs in the store:\n([\s\S]*?)\nRegions in the store:/u) ?? [];
  return organs.split('\n').filter((line) => line !== '');
}

describe("the model's vocabulary over a store another instance writes", () => {
  it('is the organs the store holds, read again only after a write changed the revision', async () => {
    const reports = loadSampleReports();
    const writer = await openStore(schema.url);
    const bot = await openStore(schema.url);
    try {
      await writer.put(reports.filter((report) => report.org !== NANSHAN));
      standIn.reply(() => ({ content: '{"query":null}' }));
      const counted = countingVocabularyReads(bot);
      const engine = createEngine({ store: counted.store, llm: createStandInLlm(standIn, () => undefined) });

      standIn.requests.length = 0;
      expect((await engine.answer(QUESTION)).status).not.toBe('answered');
      expect(standIn.requests).toHaveLength(1);
      const before = promptedOrgans();
      expect(before).toContain('深圳市龙岗区人民政府');
      expect(before).not.toContain(NANSHAN);
      const reads = counted.count();
      expect(reads).toBeGreaterThan(0);
      await writer.setMeta('digest.lastSentAt', new Date().toISOString()); // state, not reports: same revision
      for (const conversationId of ['a', 'b']) await engine.answer(QUESTION, { conversationId });
      expect(promptedOrgans()).toEqual(before);
      expect(counted.count()).toBe(reads);

      await writer.put(reports.filter((report) => report.org === NANSHAN));
      let organs = before;
      const started = Date.now();
      while (!organs.includes(NANSHAN) && Date.now() - started < 3_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await engine.answer(QUESTION);
        organs = promptedOrgans();
      }
      expect(organs).toEqual([...before, NANSHAN].sort((a, b) => a.localeCompare(b, 'zh')));
      const rebuilt = counted.count();
      expect(rebuilt).toBeGreaterThan(reads);
      await engine.answer(QUESTION);
      expect(counted.count()).toBe(rebuilt);
      expect(counted.lists()).toBe(0);
      expect(standIn.requests.length).toBeGreaterThanOrEqual(5);
    } finally {
      await Promise.all([writer.close(), bot.close()]);
    }
  });
});
