// `npm run held-out`: runs the held-out questions of issue 13 (bench/held-out/questions.ts, conversations.ts;
// `-- --set fresh`, `third`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`, `ninth`, `tenth`, `eleventh`, `twelfth`, `thirteenth`, `fourteenth`, `fifteenth`, `sixteenth`, `seventeenth`, `eighteenth`, `nineteenth`, `twentieth`, `twentyfirst`, `twentysecond`, `twentythird`, `twentyfourth` the later sets in fresh.ts,
// third.ts, fourth.ts, fifth.ts, sixth.ts, seventh.ts, eighth.ts, ninth.ts, tenth.ts, eleventh.ts, twelfth.ts, thirteenth.ts, fourteenth.ts, fifteenth.ts, sixteenth.ts, seventeenth.ts, eighteenth.ts, nineteenth.ts, twentieth.ts, twentyfirst.ts, twentysecond.ts, twentythird.ts, twentyfourth.ts)
// as users ask them (ask.ts: the bot's handleQuestion, which hands every question that is not a greeting or
// 重新开始 to createEngine().answer; that Answer is scored) over a store built from the sample and real
// reports, prints right / safe
// miss / other miss / wrong number per class and in total, lists every wrong number, and writes
// bench/held-out/results.json. A measure, not a test: it exits 0 whatever the engine answers (1 only when the
// store cannot be built). `--verbose` prints every question's outcome.
//
// SCORING (per question, and per turn of a conversation; details in score.ts):
// - stated values = the `value`s of the reply's facts; for an answered reply without facts, the numbers in its
//   text (years, paths and 约-approximations left out).
// - expected answered: RIGHT when the status is answered, every expected figure is stated, and nothing outside
//   expected ∪ alsoAllowed is (plus mustContain / mustNotContain); WRONG NUMBER when an answered reply states
//   any value outside expected ∪ alsoAllowed; SAFE MISS when it clarifies, says not understood or no data;
//   OTHER MISS when it answers without a wrong value but leaves an expected figure out.
// - expected clarify / not_understood / no_data / safe (any of those) / chat (a greeting, thanks, help or
//   reset: answered or clarify, no figure): WRONG NUMBER when the reply is answered and states a value that is
//   not a year; RIGHT when the status matches; SAFE MISS for another non-answer; OTHER MISS for an answered
//   reply without a figure.
// - anyOf: the best outcome over the alternatives, so a wrong number is wrong for every alternative.
// Pass rate = right / all. Whether Traditional questions get Traditional replies and English ones English
// replies is counted apart (`replyIn`), not in the pass rate.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine, type Engine } from '../../src/answers/index.js';
import { askAsUser } from './ask.js';
import { CONVERSATIONS } from './conversations.js';
import { EIGHTEENTH_CONVERSATIONS, EIGHTEENTH_QUESTIONS } from './eighteenth.js';
import { EIGHTH_CONVERSATIONS, EIGHTH_QUESTIONS } from './eighth.js';
import { ELEVENTH_CONVERSATIONS, ELEVENTH_QUESTIONS } from './eleventh.js';
import { CLASSES, type Expect, type QuestionClass, type ReplyIn } from './expect.js';
import { FIFTEENTH_CONVERSATIONS, FIFTEENTH_QUESTIONS } from './fifteenth.js';
import { FIFTH_CONVERSATIONS, FIFTH_QUESTIONS } from './fifth.js';
import { FOURTEENTH_CONVERSATIONS, FOURTEENTH_QUESTIONS } from './fourteenth.js';
import { FOURTH_CONVERSATIONS, FOURTH_QUESTIONS } from './fourth.js';
import { FRESH_CONVERSATIONS, FRESH_QUESTIONS } from './fresh.js';
import { NINETEENTH_CONVERSATIONS, NINETEENTH_QUESTIONS } from './nineteenth.js';
import { NINTH_CONVERSATIONS, NINTH_QUESTIONS } from './ninth.js';
import { QUESTIONS } from './questions.js';
import { describeExpect, judge, OUTCOMES, type Outcome, repliesAsAsked, type Verdict } from './score.js';
import { SEVENTEENTH_CONVERSATIONS, SEVENTEENTH_QUESTIONS } from './seventeenth.js';
import { SEVENTH_CONVERSATIONS, SEVENTH_QUESTIONS } from './seventh.js';
import { SIXTEENTH_CONVERSATIONS, SIXTEENTH_QUESTIONS } from './sixteenth.js';
import { SIXTH_CONVERSATIONS, SIXTH_QUESTIONS } from './sixth.js';
import { buildHeldOutStore } from './store.js';
import { TENTH_CONVERSATIONS, TENTH_QUESTIONS } from './tenth.js';
import { THIRD_CONVERSATIONS, THIRD_QUESTIONS } from './third.js';
import { THIRTEENTH_CONVERSATIONS, THIRTEENTH_QUESTIONS } from './thirteenth.js';
import { TWELFTH_CONVERSATIONS, TWELFTH_QUESTIONS } from './twelfth.js';
import { TWENTIETH_CONVERSATIONS, TWENTIETH_QUESTIONS } from './twentieth.js';
import { TWENTYFIRST_CONVERSATIONS, TWENTYFIRST_QUESTIONS } from './twentyfirst.js';
import { TWENTYFOURTH_CONVERSATIONS, TWENTYFOURTH_QUESTIONS } from './twentyfourth.js';
import { TWENTYSECOND_CONVERSATIONS, TWENTYSECOND_QUESTIONS } from './twentysecond.js';
import { TWENTYTHIRD_CONVERSATIONS, TWENTYTHIRD_QUESTIONS } from './twentythird.js';

/** The question sets: `first` (questions.ts, conversations.ts), then `fresh`, `third`, `fourth`, `fifth`, `sixth`, `seventh`, `eighth`, `ninth`, `tenth`, `eleventh`, `twelfth`, `thirteenth`, `fourteenth`, `fifteenth`, `sixteenth`, `seventeenth`, `eighteenth`, `nineteenth`, `twentieth`, `twentyfirst`, `twentysecond`, `twentythird`, `twentyfourth`, each written later and kept apart. */
const SETS = {
  first: { questions: QUESTIONS, conversations: CONVERSATIONS, results: './results.json' },
  fresh: { questions: FRESH_QUESTIONS, conversations: FRESH_CONVERSATIONS, results: './results-fresh.json' },
  third: { questions: THIRD_QUESTIONS, conversations: THIRD_CONVERSATIONS, results: './results-third.json' },
  fourth: { questions: FOURTH_QUESTIONS, conversations: FOURTH_CONVERSATIONS, results: './results-fourth.json' },
  fifth: { questions: FIFTH_QUESTIONS, conversations: FIFTH_CONVERSATIONS, results: './results-fifth.json' },
  sixth: { questions: SIXTH_QUESTIONS, conversations: SIXTH_CONVERSATIONS, results: './results-sixth.json' },
  seventh: { questions: SEVENTH_QUESTIONS, conversations: SEVENTH_CONVERSATIONS, results: './results-seventh.json' },
  eighth: { questions: EIGHTH_QUESTIONS, conversations: EIGHTH_CONVERSATIONS, results: './results-eighth.json' },
  ninth: { questions: NINTH_QUESTIONS, conversations: NINTH_CONVERSATIONS, results: './results-ninth.json' },
  tenth: { questions: TENTH_QUESTIONS, conversations: TENTH_CONVERSATIONS, results: './results-tenth.json' },
  eleventh: {
    questions: ELEVENTH_QUESTIONS,
    conversations: ELEVENTH_CONVERSATIONS,
    results: './results-eleventh.json',
  },
  twelfth: { questions: TWELFTH_QUESTIONS, conversations: TWELFTH_CONVERSATIONS, results: './results-twelfth.json' },
  thirteenth: {
    questions: THIRTEENTH_QUESTIONS,
    conversations: THIRTEENTH_CONVERSATIONS,
    results: './results-thirteenth.json',
  },
  fourteenth: {
    questions: FOURTEENTH_QUESTIONS,
    conversations: FOURTEENTH_CONVERSATIONS,
    results: './results-fourteenth.json',
  },
  fifteenth: {
    questions: FIFTEENTH_QUESTIONS,
    conversations: FIFTEENTH_CONVERSATIONS,
    results: './results-fifteenth.json',
  },
  sixteenth: {
    questions: SIXTEENTH_QUESTIONS,
    conversations: SIXTEENTH_CONVERSATIONS,
    results: './results-sixteenth.json',
  },
  seventeenth: {
    questions: SEVENTEENTH_QUESTIONS,
    conversations: SEVENTEENTH_CONVERSATIONS,
    results: './results-seventeenth.json',
  },
  eighteenth: {
    questions: EIGHTEENTH_QUESTIONS,
    conversations: EIGHTEENTH_CONVERSATIONS,
    results: './results-eighteenth.json',
  },
  nineteenth: {
    questions: NINETEENTH_QUESTIONS,
    conversations: NINETEENTH_CONVERSATIONS,
    results: './results-nineteenth.json',
  },
  twentieth: {
    questions: TWENTIETH_QUESTIONS,
    conversations: TWENTIETH_CONVERSATIONS,
    results: './results-twentieth.json',
  },
  twentyfirst: {
    questions: TWENTYFIRST_QUESTIONS,
    conversations: TWENTYFIRST_CONVERSATIONS,
    results: './results-twentyfirst.json',
  },
  twentysecond: {
    questions: TWENTYSECOND_QUESTIONS,
    conversations: TWENTYSECOND_CONVERSATIONS,
    results: './results-twentysecond.json',
  },
  twentythird: {
    questions: TWENTYTHIRD_QUESTIONS,
    conversations: TWENTYTHIRD_CONVERSATIONS,
    results: './results-twentythird.json',
  },
  twentyfourth: {
    questions: TWENTYFOURTH_QUESTIONS,
    conversations: TWENTYFOURTH_CONVERSATIONS,
    results: './results-twentyfourth.json',
  },
} as const;
type SetName = keyof typeof SETS;

/** One judged question: a single question, or one turn of a conversation. */
interface Judged {
  readonly id: string;
  readonly class: QuestionClass;
  readonly question: string;
  readonly expected: string;
  readonly verdict: Verdict;
  readonly replyIn?: ReplyIn;
  readonly repliedAsAsked?: boolean;
  readonly reply: {
    readonly path: 'engine' | 'bot';
    readonly status: string;
    readonly answer: string;
    readonly facts: readonly unknown[];
    readonly errors: readonly string[];
  };
}

interface Asked {
  readonly id: string;
  readonly class: QuestionClass;
  readonly question: string;
  readonly expect: Expect;
  readonly replyIn?: ReplyIn;
}

/** Asks one question in its conversation and judges the reply. */
async function judged(engine: Engine, asked: Asked, conversationId: string): Promise<Judged> {
  const { answer: reply, path, errors } = await askAsUser(engine, asked.question, conversationId);
  return {
    id: asked.id,
    class: asked.class,
    question: asked.question,
    expected: describeExpect(asked.expect),
    verdict: judge(asked.expect, reply),
    ...(asked.replyIn ? { replyIn: asked.replyIn, repliedAsAsked: repliesAsAsked(asked.replyIn, reply) } : {}),
    reply: {
      path,
      status: reply.status,
      answer: reply.answer,
      facts: reply.facts.map(({ org, year, metric, value }) => ({ org, year, metric, value })),
      errors,
    },
  };
}

async function runAll(set: (typeof SETS)[SetName]): Promise<{ results: Judged[]; conversationsRight: number }> {
  const held = await buildHeldOutStore();
  try {
    const engine = createEngine({ store: held.store, llm: null });
    const results: Judged[] = [];
    for (const question of set.questions) results.push(await judged(engine, question, `held-out/${question.id}`));
    let conversationsRight = 0;
    for (const conversation of set.conversations) {
      let allRight = true;
      for (const [index, turn] of conversation.turns.entries()) {
        const asked = { ...turn, id: `${conversation.id}.${index + 1}`, class: conversation.class };
        const result = await judged(engine, asked, `held-out/${conversation.id}`);
        allRight &&= result.verdict.outcome === 'right';
        results.push(result);
      }
      if (allRight) conversationsRight += 1;
    }
    return { results, conversationsRight };
  } finally {
    await held.dispose();
  }
}

function count(results: readonly Judged[], outcome: Outcome): number {
  return results.filter((result) => result.verdict.outcome === outcome).length;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

function printTable(results: readonly Judged[]): void {
  const header = ['class', 'n', 'right', 'safe miss', 'other miss', 'wrong number', 'pass'];
  const rows = CLASSES.flatMap((cls) => {
    const inClass = results.filter((result) => result.class === cls);
    if (inClass.length === 0) return [];
    return [
      [
        cls,
        String(inClass.length),
        ...OUTCOMES.map((o) => String(count(inClass, o))),
        percent(count(inClass, 'right'), inClass.length),
      ],
    ];
  });
  const total = [
    'total',
    String(results.length),
    ...OUTCOMES.map((o) => String(count(results, o))),
    percent(count(results, 'right'), results.length),
  ];
  const table = [header, ...rows, total];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(line(total));
}

function printList(title: string, results: readonly Judged[], full: boolean): void {
  if (results.length === 0) return;
  console.log(`\n${title} (${results.length}):`);
  for (const result of results) {
    console.log(`- ${result.id} [${result.class}] ${result.question}`);
    if (!full) {
      console.log(`    ${result.verdict.reason}; expected ${result.expected}`);
      continue;
    }
    console.log(`    expected: ${result.expected}`);
    const from = result.verdict.statedFromText ? ' (from the text)' : '';
    console.log(`    got: ${result.reply.status}, ${result.verdict.reason}${from}`);
    console.log(`    reply: ${result.reply.answer.replace(/\s+/g, ' ').slice(0, 220)}`);
  }
}

function printReplyLanguages(results: readonly Judged[]): void {
  for (const replyIn of ['hant', 'en'] as const) {
    const asked = results.filter((result) => result.replyIn === replyIn);
    const ok = asked.filter((result) => result.repliedAsAsked).length;
    const name =
      replyIn === 'hant' ? 'Traditional questions replied in Traditional' : 'English questions replied in English';
    console.log(`${name}: ${ok}/${asked.length}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { verbose: { type: 'boolean', default: false }, set: { type: 'string', default: 'first' } },
  });
  if (!(values.set in SETS)) throw new Error(`--set ${values.set}: one of ${Object.keys(SETS).join(', ')}`);
  const set = SETS[values.set as SetName];
  const resultsFile = fileURLToPath(new URL(set.results, import.meta.url));
  const started = performance.now();
  const { results, conversationsRight } = await runAll(set);
  const singles = results.filter((result) => result.class !== 'conversation').length;
  console.log(
    `held-out: ${singles} questions, ${set.conversations.length} conversations (${results.length - singles} turns)\n`,
  );
  printTable(results);
  const right = count(results, 'right');
  const wrong = count(results, 'wrong_number');
  console.log(`\npass rate ${percent(right, results.length)} (${right}/${results.length}), wrong numbers ${wrong}`);
  console.log(`conversations right in every turn: ${conversationsRight}/${set.conversations.length}`);
  printReplyLanguages(results);
  const failed = results.filter((result) => result.reply.errors.length > 0);
  if (failed.length > 0) console.log(`engine errors (the bot apologised): ${failed.map((r) => r.id).join(', ')}`);
  printList(
    'WRONG NUMBERS',
    results.filter((r) => r.verdict.outcome === 'wrong_number'),
    true,
  );
  printList(
    'other misses',
    results.filter((r) => r.verdict.outcome === 'other_miss'),
    values.verbose,
  );
  printList(
    'safe misses',
    results.filter((r) => r.verdict.outcome === 'safe_miss'),
    values.verbose,
  );
  if (values.verbose)
    printList(
      'right',
      results.filter((r) => r.verdict.outcome === 'right'),
      true,
    );
  const summary = {
    questions: singles,
    conversations: set.conversations.length,
    turns: results.length - singles,
    right,
    wrongNumbers: wrong,
    conversationsRight,
  };
  await writeFile(resultsFile, `${JSON.stringify({ summary, results }, null, 2)}\n`);
  console.log(`\nwrote ${resultsFile} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
