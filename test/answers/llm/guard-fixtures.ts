// Answers as the engine gives them over the five sample reports, their skeletons, the store's vocabulary, and a
// change answer phrased by the engine's own phrase() (no organ in the samples has two years).
import { afterAll, beforeAll } from 'vitest';
import { type Answer, createEngine, type Engine, normalizeQuestion } from '../../../src/answers/index.js';
import { buildSkeleton, type Skeleton } from '../../../src/answers/llm/skeleton.js';
import { derivedFact } from '../../../src/answers/lookup/make-fact.js';
import { indexStore, type StoreIndex } from '../../../src/answers/organs/index.js';
import { factsOf, phrase, statusOf } from '../../../src/answers/reply/index.js';
import type { LookupResult } from '../../../src/answers/result.js';
import type { Store } from '../../../src/store/index.js';
import { longgangReceived } from './facts.js';
import { openSampleReportsStore } from './sample-store.js';

export interface SampleAnswers {
  readonly engine: () => Engine;
  readonly store: () => Store;
  readonly vocabulary: () => StoreIndex;
  answer(question: string): Promise<Answer>;
  /**
   * The template reply the guard is given: for a question in Traditional characters, the Simplified reply (the
   * engine converts after the guard, so the model never rewords a converted reply).
   */
  template(question: string): Promise<Answer>;
  skeleton(question: string): Promise<Skeleton>;
}

/** Opens the sample store for the file's tests and closes it after them. */
export function useSampleAnswers(): SampleAnswers {
  let store: Store;
  let engine: Engine;
  let vocabulary: StoreIndex;
  beforeAll(async () => {
    store = await openSampleReportsStore();
    engine = createEngine({ store });
    vocabulary = indexStore(await store.list());
  });
  afterAll(async () => {
    await store.close();
  });
  return {
    engine: () => engine,
    store: () => store,
    vocabulary: () => vocabulary,
    answer: (question) => engine.answer(question),
    template(question) {
      const normalized = normalizeQuestion(question);
      return engine.answer(normalized.isTraditional ? normalized.text : question);
    },
    async skeleton(question) {
      return skeletonOf(await engine.answer(question));
    },
  };
}

export function skeletonOf(answer: Pick<Answer, 'answer' | 'facts' | 'lang'>): Skeleton {
  const skeleton = buildSkeleton(answer);
  if ('failure' in skeleton) throw new Error(skeleton.failure);
  return skeleton;
}

/** 龙岗区 收到申请 from 2021 (500) to 2022 (552), as the engine phrases a change: `变化 +52 件（+10.4%）`. */
export function longgangChangeAnswer(lang: 'zh' | 'en' = 'zh'): Answer {
  const to = longgangReceived;
  const from = {
    ...to,
    year: 2021,
    value: 500,
    source: { ...to.source, file: 'data/reports/longgang-district-2021.txt' },
  };
  const result: LookupResult = {
    kind: 'changes',
    changes: [
      {
        from,
        to,
        delta: derivedFact(to, 'change', 52, lang),
        percent: derivedFact(to, 'changePercent', 10.4, lang),
      },
    ],
    missing: [],
  };
  return { status: statusOf(result), answer: phrase(result, lang), facts: factsOf(result), lang, via: 'template' };
}
