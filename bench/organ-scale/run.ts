// The engine's own cost as the organs grow: every kind of question of the large benchmark through the engine on a
// store of N synthetic organs whose queries are map lookups in a thread of their own (stub-store.ts), so what grows
// with N is the engine's. Prints per question kind the engine's ms (the time waiting for the store taken out) beside
// the store's and its calls, the first question's time (vocabulary built) and the engine's heap.
//   node --expose-gc --import tsx bench/organ-scale/run.ts [--organs 10000,50000,150000] [--rounds 50]
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { makePicker, QUESTION_KINDS } from '../../scripts/bench-large/question-kinds.js';
import { createEngine } from '../../src/answers/index.js';
import { summarize } from '../stats.js';
import { startStubStore } from './stub-store.js';

const { values } = parseArgs({
  options: {
    organs: { type: 'string', default: '10000,50000,150000' },
    rounds: { type: 'string', default: '50' },
    // A CPU profile of the questions (not of building the store) written to this file.
    profile: { type: 'string' },
  },
});
const sizes = (values.organs as string).split(',').map(Number);
const rounds = Number(values.rounds);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = (): number => {
  gc();
  return Math.round(process.memoryUsage().heapUsed / 1e6);
};

const profiler = new Session();
profiler.connect();
await profiler.post('Profiler.enable');
for (const size of sizes) {
  const { store, keys, spent, stop } = await startStubStore(size);
  const pick = makePicker(keys, 17);
  if (values.profile) await profiler.post('Profiler.start');
  const before = heapMb();
  const engine = createEngine({ store });
  const first = pick.key();
  const storeBeforeFirst = spent().ms;
  let begin = performance.now();
  await engine.answer(`${first.org}${first.year}年收到多少政府信息公开申请？`);
  const firstMs = performance.now() - begin;
  const firstInStore = spent().ms - storeBeforeFirst;
  const lines = [
    `${size} organs: first question ${Math.round(firstMs)} ms, of which ${Math.round(firstInStore)} ms waiting for the store (the organ list: ${size} rows)`,
  ];
  for (const kind of QUESTION_KINDS) {
    const engineMs: number[] = [];
    const inStore: number[] = [];
    let calls = 0;
    const statuses = new Map<string, number>();
    for (let at = 0; at < rounds; at += 1) {
      const question = kind.question(pick);
      const storeBefore = spent();
      begin = performance.now();
      const answer = await engine.answer(question, { conversationId: `${kind.name}-${at}` });
      engineMs.push(performance.now() - begin);
      inStore.push(spent().ms - storeBefore.ms);
      calls += spent().calls - storeBefore.calls;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    }
    const ms = summarize(engineMs.map((value, at) => value - (inStore[at] as number)));
    lines.push(
      `  ${kind.name.padEnd(32)} engine p50 ${ms.p50.toFixed(1)} / p99 ${ms.p99.toFixed(1)} ms; in store p50 ${summarize(inStore).p50.toFixed(2)} ms, ${(calls / rounds).toFixed(1)} calls; ${[...statuses].map(([status, n]) => `${status} ${n}`).join(', ')}`,
    );
  }
  if (values.profile) {
    const { profile } = (await profiler.post('Profiler.stop')) as { profile: unknown };
    await writeFile(`${values.profile}-${size}.cpuprofile`, JSON.stringify(profile));
  }
  lines.push(`  engine heap ${heapMb() - before} MB (the heap before the engine: ${before} MB)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  await stop();
}
