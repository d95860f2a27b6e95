// A running bot's engine over a store another process writes: new reports are answered without a restart, and
// the engine's vocabulary is rebuilt only when the reports changed (lowdb and PostgreSQL alike).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { createTestSchema, type TestSchema } from './postgres-schema.js';
import { loadSampleReports } from './sample-reports.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

const BACKENDS: readonly [string, () => Promise<string>][] = [
  [
    'lowdb',
    async () => {
      const folder = await mkdtemp(join(tmpdir(), 'nianbao-running-'));
      cleanups.push(() => rm(folder, { recursive: true, force: true }));
      return join(folder, 'store.json');
    },
  ],
  [
    'postgres',
    async () => {
      const schema: TestSchema = await createTestSchema();
      cleanups.push(() => schema.drop());
      return schema.url;
    },
  ],
];

/**
 * The store with the reads a vocabulary is built from counted (the organ list on lowdb, the organs' counts on
 * Postgres, which answers for its organs question by question): each is a rebuild of the engine's vocabulary.
 */
function countingVocabularyReads(store: Store): { store: Store; count: () => number } {
  let calls = 0;
  const listOrgs = store.listOrgs?.bind(store);
  const countOrgans = store.countOrgans?.bind(store);
  const counted: Store = {
    ...store,
    listOrgs: async (filter) => {
      calls += 1;
      return (await listOrgs?.(filter)) ?? [];
    },
    ...(countOrgans && {
      countOrgans: async () => {
        calls += 1;
        return countOrgans();
      },
    }),
  };
  return { store: counted, count: () => calls };
}

const QUESTION = '南山区2020年收到多少政府信息公开申请？';

describe.each(BACKENDS)('an engine over a %s store another process writes', (_, newLocation) => {
  it('answers a report added after it started, and rebuilds its vocabulary only when the reports changed', async () => {
    const location = await newLocation();
    const [nanshan, others] = partition(loadSampleReports());
    const writer = await openStore(location);
    await writer.put(others);
    const bot = await openStore(location); // the bot's own instance, at the default re-check interval
    cleanups.push(
      () => writer.close(),
      () => bot.close(),
    );
    const counted = countingVocabularyReads(bot);
    const engine = createEngine({ store: counted.store });
    expect((await engine.answer(QUESTION)).answer).not.toContain('262');
    const builds = counted.count();
    expect(builds).toBe(1);
    await writer.setMeta('digest.lastSentAt', new Date().toISOString()); // another process's state alone
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await engine.answer(QUESTION)).answer).not.toContain('262');
    expect(counted.count()).toBe(builds);

    await writer.put(nanshan);
    const started = Date.now();
    let reply = await engine.answer(QUESTION);
    while (!reply.answer.includes('262') && Date.now() - started < 2_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reply = await engine.answer(QUESTION);
    }
    expect(reply.status).toBe('answered');
    expect(reply.answer).toContain('深圳市南山区人民政府');
    expect(reply.answer).toContain('262');
    expect(counted.count()).toBe(builds + 1);

    await bot.setMeta('digest.lastSentAt', new Date().toISOString()); // the bot's own state drops nothing
    const reopened = await openStore(location);
    cleanups.push(() => reopened.close());
    expect((await reopened.list()).length).toBe(5);
  });
});

function partition(reports: ReturnType<typeof loadSampleReports>): [typeof reports, typeof reports] {
  const isNanshan = (report: (typeof reports)[number]) => report.org === '深圳市南山区人民政府';
  return [reports.filter(isNanshan), reports.filter((report) => !isNanshan(report))];
}
