// Ask latency over a store: each question of the mix timed alone, after one warm-up answer.
import { readFile } from 'node:fs/promises';
import { type Answer, createEngine } from '../../src/answers/index.js';
import { openStore } from '../../src/store/index.js';
import { readPhaseArgs, writePhaseResult } from '../phase-io.js';
import type { BenchQuestion, QuestionKind } from '../questions.js';
import { summarize } from '../stats.js';

export interface KindResult {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  /** Answers with status `answered`. */
  readonly answered: number;
  /** Questions with a known number, and how many answers stated it first. */
  readonly withExpected: number;
  readonly correct: number;
  /** One question and its reply of this kind that did not give the expected result, to look into. */
  readonly example?: { readonly question: string; readonly status: string; readonly answer: string };
}

export interface AskResult {
  readonly rounds: number;
  readonly all: ReturnType<typeof summarize>;
  readonly byKind: Partial<Record<QuestionKind, KindResult>>;
}

interface Timed {
  readonly question: BenchQuestion;
  readonly ms: number;
  readonly answer: Answer;
}

function isCorrect({ question, answer }: Timed): boolean {
  if (question.expected === undefined) return answer.status === 'answered';
  const first = answer.facts[0]?.value;
  return answer.status === 'answered' && first !== undefined && Math.abs(first - question.expected) < 1e-6;
}

function summarizeKind(timed: readonly Timed[]): KindResult {
  const wrong = timed.find((entry) => !isCorrect(entry));
  return {
    ...summarize(timed.map((entry) => entry.ms)),
    answered: timed.filter((entry) => entry.answer.status === 'answered').length,
    withExpected: timed.filter((entry) => entry.question.expected !== undefined).length,
    correct: timed.filter((entry) => entry.question.expected !== undefined && isCorrect(entry)).length,
    ...(wrong && {
      example: {
        question: wrong.question.text,
        status: wrong.answer.status,
        answer: wrong.answer.answer.slice(0, 300),
      },
    }),
  };
}

async function measure(storePath: string, questionsFile: string, rounds: number): Promise<AskResult> {
  const questions = JSON.parse(await readFile(questionsFile, 'utf8')) as BenchQuestion[];
  const engine = createEngine({ store: await openStore(storePath) });
  await engine.answer(questions[0]?.text ?? '', { conversationId: 'bench-warm-up' });
  const timed: Timed[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const question of questions) {
      const started = performance.now();
      const answer = await engine.answer(question.text, { conversationId: `${question.conversationId}/${round}` });
      timed.push({ question, ms: performance.now() - started, answer });
    }
  }
  const byKind: Partial<Record<QuestionKind, KindResult>> = {};
  for (const entry of timed)
    byKind[entry.question.kind] ??= summarizeKind(timed.filter((other) => other.question.kind === entry.question.kind));
  return { rounds, all: summarize(timed.map((entry) => entry.ms)), byKind };
}

const args = readPhaseArgs<{ store: string; questions: string; rounds: number }>();
writePhaseResult(await measure(args.store, args.questions, args.rounds));
