// The guard must accept what the engine itself says: every templated answer has a skeleton, the skeleton as a
// model reply is accepted, and filled it is the template reply again, character for character.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { checkReply } from '../../../src/answers/index.js';
import { buildSkeleton, writeSkeleton } from '../../../src/answers/llm/skeleton.js';
import { useSampleAnswers } from './guard-fixtures.js';

const sample = useSampleAnswers();

it("accepts the engine's own reply, in placeholders, to every shared question that states facts", async () => {
  const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as { q: string }[];
  const problems: string[] = [];
  let checked = 0;
  for (const { q } of questions) {
    const answer = await sample.template(q);
    if (answer.facts.length === 0) continue;
    checked += 1;
    const skeleton = buildSkeleton(answer);
    if ('failure' in skeleton) {
      problems.push(`${q}: ${skeleton.failure}`);
      continue;
    }
    const verdict = checkReply({ reply: writeSkeleton(skeleton), skeleton, vocabulary: sample.vocabulary() });
    if (!verdict.isAccepted) problems.push(`${q}: ${verdict.reason}`);
    else if (verdict.reply !== answer.answer) problems.push(`${q}: filled as ${verdict.reply}`);
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(25);
});
