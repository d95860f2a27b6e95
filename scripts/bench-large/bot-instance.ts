// One bot instance in a process of its own, as `nianbao serve` runs: opens the store, answers its first question
// (timed from start), then each kind of question `rounds` times; prints its figures and resident memory as JSON.
// bench:large runs it compiled, as `npm start` runs the bot (`npm run build` emits it into dist/):
//   node --expose-gc --heap-growing-percent=50 dist/scripts/bench-large/bot-instance.js <database url> <keys.json> <rounds>
// (--heap-growing-percent=50 as bin/nianbao.js sets it at start.)
// Its peak resident memory is what the bot holds; the heap left after a full collection at the end (with
// --expose-gc) is what it keeps, the part that could grow with the store.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { summarize } from '../../bench/stats.js';
import { createEngine } from '../../src/answers/index.js';
import { openStore } from '../../src/store/index.js';
import { makePicker, QUESTION_KINDS, type ReportKey } from './question-kinds.js';

// Every statement the store sends (pg's Client.query, through the pool or a held client), counted per kind.
let queries = 0;
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
  queries += 1;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const [url, keysFile, roundsText] = process.argv.slice(2);
if (!url || !keysFile) throw new Error('usage: bot-instance.ts <database url> <keys.json> [rounds]');
const rounds = Number(roundsText ?? 200);
const keys = JSON.parse(await readFile(keysFile, 'utf8')) as ReportKey[];
const pick = makePicker(keys, 17);
const first = pick.key();
// The code `nianbao serve` holds besides the engine and the store (the CLI, the bot's channels and digest).
await Promise.all([import('../../src/cli.js'), import('../../src/bot/index.js')]);
const started = performance.now();
const store = await openStore(url);
const engine = createEngine({ store });
const firstQuestion = await engine.answer(`${first.org}${first.year}年收到多少政府信息公开申请？`);
const firstMs = Math.round(performance.now() - started);
const startRss = process.memoryUsage().rss;
let peakRss = startRss;
/** Each kind's figures, and the resident memory when its last question was answered (where the peak was reached). */
const kinds: Record<
  string,
  ReturnType<typeof summarize> & {
    answered: number;
    example: string;
    rssMegabytes: number;
    heapMegabytes: number;
    queriesPerQuestion: number;
  }
> = {};
for (const kind of QUESTION_KINDS) {
  const samples: number[] = [];
  let answered = 0;
  let example = '';
  const queriesBefore = queries;
  for (let at = 0; at < Math.min(rounds, kind.rounds ?? rounds); at += 1) {
    const question = kind.question(pick);
    const begin = performance.now();
    const answer = await engine.answer(question, { conversationId: `${kind.name}-${at}` });
    samples.push(Math.round((performance.now() - begin) * 100) / 100);
    if (answer.status === 'answered') answered += 1;
    if (at === 0) example = `${question} → ${answer.status}: ${answer.answer.slice(0, 80)}`;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const { rss, heapUsed } = process.memoryUsage();
  const rssMegabytes = Math.round(rss / 1e6);
  kinds[kind.name] = {
    ...summarize(samples),
    answered,
    example,
    rssMegabytes,
    heapMegabytes: Math.round(heapUsed / 1e6),
    queriesPerQuestion: Math.round(((queries - queriesBefore) / Math.max(1, samples.length)) * 100) / 100,
  };
}
await store.close();
const heapMegabytes = Math.round(process.memoryUsage().heapUsed / 1e6);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
process.stdout.write(
  `${JSON.stringify({
    firstMs,
    firstStatus: firstQuestion.status,
    rssMegabytes: Math.round(peakRss / 1e6),
    firstRssMegabytes: Math.round(startRss / 1e6),
    heapMegabytes,
    ...(gc ? { keptHeapMegabytes: Math.round(process.memoryUsage().heapUsed / 1e6) } : {}),
    kinds,
  })}\n`,
);
