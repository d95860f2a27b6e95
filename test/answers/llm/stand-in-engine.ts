// The engine over the five sample reports with its model played by the local stand-in, fresh for every test:
// requests and log lines start empty, and the client has a timeout of two seconds.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createEngine, type Engine } from '../../../src/answers/index.js';
import type { Store } from '../../../src/store/index.js';
import { openSampleReportsStore } from './sample-store.js';
import { createStandInLlm, type StandIn, startStandIn } from './stand-in-openai.js';

export interface StandInEngine {
  standIn: StandIn;
  store: Store;
  engine: Engine;
  /** The model client's log lines (fallbacks and their reasons) in this test. */
  logged: string[];
}

/** Starts the stand-in and opens the store for the file's tests; the returned object is refreshed before each. */
export function useStandInEngine(): StandInEngine {
  const setUp = {} as StandInEngine;
  beforeAll(async () => {
    [setUp.standIn, setUp.store] = await Promise.all([startStandIn(), openSampleReportsStore()]);
  });
  afterAll(async () => {
    await Promise.all([setUp.standIn.close(), setUp.store.close()]);
  });
  beforeEach(() => {
    setUp.standIn.requests.length = 0;
    const logged: string[] = [];
    setUp.logged = logged;
    setUp.engine = createEngine({
      store: setUp.store,
      llm: createStandInLlm(setUp.standIn, (line) => logged.push(line), 2000),
    });
  });
  return setUp;
}
