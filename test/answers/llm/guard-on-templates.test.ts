// The guard must accept what the engine itself says: a model that returns the template unchanged is not rejected.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkReply, createEngine } from '../../../src/answers/index.js';
import { openSampleReportsStore } from './sample-store.js';

it("accepts the engine's own reply to every shared question that states facts", async () => {
  const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
  const store = await openSampleReportsStore();
  const engine = createEngine({ store });
  const rejected: string[] = [];
  let checked = 0;
  for (const { q } of questions) {
    const answer = await engine.answer(q);
    if (answer.facts.length === 0) continue;
    checked += 1;
    const verdict = checkReply({
      reply: answer.answer,
      question: q,
      facts: answer.facts,
      templateReply: answer.answer,
    });
    if (!verdict.isAccepted) rejected.push(`${q}: ${verdict.reason}`);
  }
  await store.close();
  expect(rejected).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(25);
});
