// Follow-up memory on PostgreSQL shared by two bot instances (two store handles on one database): a conversation
// is one row, read once a question and written once when the question changed it (issue 18: it was about 8
// reads and up to 7 writes a question, one key each), and whichever instance takes the next question follows up.
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createEngine, createStoreMemory, type Engine } from '../../src/answers/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from '../store/postgres-schema.js';
import { openSampleAnswerStore } from './sample-store.js';

/** The statements every pg client of this process sends about the conversations table, by kind. */
const sent = { reads: 0, writes: 0 };
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
  if (/\bconversations\b/u.test(text)) {
    if (/^\s*SELECT\b/iu.test(text)) sent.reads += 1;
    else sent.writes += 1;
  }
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

let schema: TestSchema;
const stores: Store[] = [];
let first: Engine;
let second: Engine;
beforeAll(async () => {
  schema = await createTestSchema();
  const sample = await openSampleAnswerStore();
  stores.push(await openStore(schema.url), await openStore(schema.url));
  await stores[0]?.put(await sample.list());
  const [one, two] = stores as [Store, Store];
  first = createEngine({ store: one, memory: createStoreMemory(one) });
  second = createEngine({ store: two, memory: createStoreMemory(two) });
}, 60_000);
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await schema.drop();
});
beforeEach(() => {
  sent.reads = 0;
  sent.writes = 0;
});

/** Asks, and gives the answer's values with the conversation statements it sent. */
async function ask(engine: Engine, question: string, conversationId: string) {
  const before = { ...sent };
  const answer = await engine.answer(question, { conversationId });
  return {
    values: answer.facts.map((fact) => fact.value),
    reads: sent.reads - before.reads,
    writes: sent.writes - before.writes,
  };
}

it('reads a conversation once a question and writes it once, whichever instance asks', async () => {
  expect(await ask(first, '南山区2020年收到多少申请？', 'room-1:U1')).toEqual({ values: [262], reads: 1, writes: 1 });
  // The follow-up on the other instance: its context is the first instance's turn.
  expect(await ask(second, '其中自然人多少？', 'room-1:U1')).toEqual({ values: [236], reads: 1, writes: 1 });
  // Three turns back, across both instances (两者相差多少 over the last two turns).
  expect(await ask(first, '那龙岗区2022年呢？', 'room-1:U1')).toMatchObject({ reads: 1, writes: 1 });
  expect((await ask(second, '两者相差多少', 'room-1:U1')).reads).toBe(1);
  // Another person in the same room has no context to follow.
  expect((await ask(second, '其中自然人多少？', 'room-1:U2')).values).not.toEqual([236]);
});

it('writes nothing when a question changes nothing, and a reset is one write', async () => {
  await ask(first, '南山区2020年收到多少申请？', 'room-2:U1');
  expect(await ask(second, '你好', 'room-2:U1')).toMatchObject({ reads: 1, writes: 0 });
  // The greeting kept the context.
  expect((await ask(second, '其中自然人多少？', 'room-2:U1')).values).toEqual([236]);
  const before = { ...sent };
  await first.forget('room-2:U1');
  expect({ reads: sent.reads - before.reads, writes: sent.writes - before.writes }).toEqual({ reads: 0, writes: 1 });
  expect((await ask(second, '其中自然人多少？', 'room-2:U1')).values).not.toEqual([236]);
});

it('asks no conversation statement for a question outside any conversation', async () => {
  await first.answer('南山区2020年收到多少申请？');
  expect(sent).toEqual({ reads: 0, writes: 0 });
});
