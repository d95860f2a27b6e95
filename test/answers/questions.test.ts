// Acceptance: every question of test/fixtures/questions.json through `nianbao ask --json` over a store of the five
// sample reports (built from data/reports on first use): status, values among the facts, organs named.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { main } from '../../src/cli.js';

interface SharedQuestion {
  readonly q: string;
  readonly status: string;
  readonly values: readonly number[];
  readonly orgs: readonly string[];
}

interface AskJson {
  readonly status: string;
  readonly answer: string;
  readonly facts: readonly { readonly org: string; readonly value: number }[];
}

async function ask(storePath: string, question: string): Promise<AskJson> {
  let stdout = '';
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: () => {},
    env: {},
    isTTY: false,
  };
  const code = await main(['node', 'nianbao', 'ask', '--json', '--store', storePath, question], io);
  expect(code, question).toBe(0);
  return JSON.parse(stdout) as AskJson;
}

it('answers every shared question as expected', { timeout: 60_000 }, async () => {
  const questions = JSON.parse(await readFile('test/fixtures/questions.json', 'utf8')) as SharedQuestion[];
  const storePath = join(await mkdtemp(join(tmpdir(), 'nianbao-questions-')), 'store.json');
  const failures: string[] = [];
  for (const question of questions) {
    const reply = await ask(storePath, question.q);
    const values = reply.facts.map((fact) => fact.value);
    const problems = [
      reply.status === question.status ? '' : `status ${reply.status}`,
      ...question.values.filter((value) => !values.includes(value)).map((value) => `no fact ${value}`),
      ...question.orgs
        .filter((org) => !reply.answer.includes(org) && !reply.facts.some((fact) => fact.org === org))
        .map((org) => `${org} not named`),
    ].filter(Boolean);
    if (problems.length > 0) failures.push(`${question.q}: ${problems.join(', ')}\n${reply.answer}`);
  }
  expect(failures).toEqual([]);
  expect(questions.length).toBeGreaterThanOrEqual(30);
});
