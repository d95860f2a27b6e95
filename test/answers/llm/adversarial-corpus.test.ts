// The adversarial corpus played by the local OpenAI-compatible stand-in through the engine: every hostile reply
// reaches the user as the template reply (via llm-fallback, the guard's reason logged), every honest rewording
// reaches the user filled (via llm) and states exactly the template's numbers.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, createEngine } from '../../../src/answers/index.js';
import { rephrase } from '../../../src/answers/llm/rephrase.js';
import { indexStore, type StoreIndex } from '../../../src/answers/organs/index.js';
import { findNumerals } from '../../../src/parser/index.js';
import { CHANGE, HONEST_REPLIES, HOSTILE_REPLIES, type Kind, QUESTIONS } from './adversarial-corpus.js';
import { longgangChangeAnswer } from './guard-fixtures.js';
import { useStandInEngine } from './stand-in-engine.js';
import { createStandInLlm } from './stand-in-openai.js';

const setUp = useStandInEngine();
const templates = new Map<Kind, Answer>();
let vocabulary: StoreIndex;
const CHANGE_QUESTION = '龙岗区2022年收到申请比上年变化多少';

beforeAll(async () => {
  const engine = createEngine({ store: setUp.store });
  for (const [kind, question] of Object.entries(QUESTIONS) as [Kind, string][])
    templates.set(kind, await engine.answer(question));
  for (const [kind, lang] of Object.entries(CHANGE) as [Kind, 'zh' | 'en'][])
    templates.set(kind, longgangChangeAnswer(lang));
  vocabulary = indexStore(await setUp.store.list());
});

/** What the user reads when the model (the stand-in) answers `content` to the question of `kind`. */
async function replyTo(kind: Kind, content: string): Promise<Answer> {
  setUp.standIn.reply(() => ({ content }));
  if (kind in QUESTIONS) return setUp.engine.answer(QUESTIONS[kind as keyof typeof QUESTIONS]);
  const llm = createStandInLlm(setUp.standIn, (line) => setUp.logged.push(line));
  return rephrase(llm, CHANGE_QUESTION, templates.get(kind) as Answer, vocabulary);
}

const numeralsOf = (text: string): string[] => [...new Set(findNumerals(text).map((numeral) => numeral.text))].sort();

describe(`${HOSTILE_REPLIES.length} hostile model replies: the template reply is sent instead`, () => {
  it.each(HOSTILE_REPLIES)('%s: %s', async (kind, _name, content) => {
    const template = templates.get(kind) as Answer;
    expect(template.facts.length).toBeGreaterThan(0);
    const reply = await replyTo(kind, content);
    expect(setUp.standIn.requests).toHaveLength(1);
    expect(reply).toMatchObject({ answer: template.answer, via: 'llm-fallback' });
    expect(setUp.logged).toHaveLength(1);
    expect(setUp.logged[0]).toMatch(/^llm-fallback: guard: /u);
  });
});

describe(`${HONEST_REPLIES.length} honest rewordings: sent as the model wrote them, with every number of the template`, () => {
  it.each(HONEST_REPLIES)('%s: %s', async (kind, _name, content) => {
    const template = templates.get(kind) as Answer;
    const reply = await replyTo(kind, content);
    expect(setUp.logged).toEqual([]);
    expect(reply.via).toBe('llm');
    expect(numeralsOf(reply.answer)).toEqual(numeralsOf(template.answer));
    expect(reply.facts).toEqual(template.facts);
  });
});

it('the corpus covers every kind of answer, each with hostile and honest replies', () => {
  const kinds = [...Object.keys(QUESTIONS), ...Object.keys(CHANGE)];
  expect(new Set(HOSTILE_REPLIES.map(([kind]) => kind))).toEqual(new Set(kinds));
  expect(HOSTILE_REPLIES.length).toBeGreaterThanOrEqual(120);
  expect(HONEST_REPLIES.length).toBeGreaterThanOrEqual(40);
});
