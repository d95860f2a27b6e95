// Start-up: load a store and answer the first question, timed from inside a fresh process.
import { peakRssMegabytes, readPhaseArgs, toMegabytes, writePhaseResult } from '../phase-io.js';

export interface StartupResult {
  /** Loading the store and answers modules (tsx compiles them on first use). */
  readonly importMs: number;
  readonly loadMs: number;
  readonly firstAnswerMs: number;
  /** From process start (Node's time origin) to the first answer, Node and tsx start-up included. */
  readonly processToAnswerMs: number;
  readonly rssAfterLoadMegabytes: number;
  readonly rssAfterAnswerMegabytes: number;
  readonly peakRssMegabytes: number;
  readonly firstAnswerStatus: string;
}

async function measure(storePath: string, question: string): Promise<StartupResult> {
  const importStart = performance.now();
  // Imported here rather than at the top so that module loading is timed apart from reading the store.
  const { openStore } = await import('../../src/store/index.js');
  const { createEngine } = await import('../../src/answers/index.js');
  const loadStart = performance.now();
  const store = await openStore(storePath);
  const loaded = performance.now();
  const rssAfterLoad = process.memoryUsage().rss;
  const answer = await createEngine({ store }).answer(question, { conversationId: 'bench-startup' });
  const answered = performance.now();
  return {
    importMs: loadStart - importStart,
    loadMs: loaded - loadStart,
    firstAnswerMs: answered - loaded,
    processToAnswerMs: answered,
    rssAfterLoadMegabytes: toMegabytes(rssAfterLoad),
    rssAfterAnswerMegabytes: toMegabytes(process.memoryUsage().rss),
    peakRssMegabytes: peakRssMegabytes(),
    firstAnswerStatus: answer.status,
  };
}

const args = readPhaseArgs<{ store: string; question: string }>();
writePhaseResult(await measure(args.store, args.question));
