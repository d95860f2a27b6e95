import type { Store } from '../store/index.js';
import { isWishAlone, readChartWish } from './chart-wish.js';
import { type LlmClient, rephrase, understandWithLlm } from './llm/index.js';
import { executeQuery, figuresOfStore, lookupCandidates } from './lookup/index.js';
import { type ConversationMemory, createInMemoryMemory } from './memory.js';
import { createStoreReader, helpExamples, StaleVocabulary, type StoreIndex } from './organs/index.js';
import { EMPTY_QUERY, type Query } from './query.js';
import { factsOf, phrase, statusOf, toTraditionalText } from './reply/index.js';
import type { LookupResult } from './result.js';
import { subjectsQuery } from './subjects.js';
import { type NormalizedQuestion, normalizeQuestion } from './text/index.js';
import type { Answer, AskOptions, Lang } from './types.js';
import {
  type Inherited,
  namesTextOf,
  offeredQuery,
  type RelativeYears,
  readChat,
  understand,
} from './understand/index.js';

export interface EngineOptions {
  readonly store: Store;
  /** Follow-up memory per conversation; an in-process Map by default. */
  readonly memory?: ConversationMemory;
  /** Optional model (createLlm): understands what the rules do not, and rewords replies behind the guard. */
  readonly llm?: LlmClient | null;
  /**
   * Of a store that answers for its organs (Postgres), how many of its first organs by name the vocabulary holds
   * (1,000 by default): the others are fetched question by question, so memory does not grow with the store.
   */
  readonly organsHeld?: number;
}

/** Answers questions over a store. `answer(question, { conversationId })` is what channels call. */
export interface Engine {
  answer(question: string, options?: AskOptions): Promise<Answer>;
  /** Example questions that work on the current store, for help texts and greetings. */
  examples(lang?: Lang): Promise<string[]>;
  /** Forgets a conversation's context, so its next question starts afresh (重新开始). */
  forget(conversationId: string): Promise<void>;
}

/**
 * The answer engine: normalize → chat (你好 / 谢谢 / 年报) or understand (with the conversation's last query) →
 * executeQuery → phrase → the asker's script. The store is read through createStoreReader: on a store with
 * indexed methods, only the reports a query needs. Deterministic without `llm`; with it, a question the rules do
 * not understand goes to the model for a query (run by the same executor), and a reply with facts is reworded
 * when the guard accepts it (`via`).
 */
export function createEngine(options: EngineOptions): Engine {
  const memory = options.memory ?? createInMemoryMemory();
  const reader = createStoreReader(options.store, options.organsHeld);
  // Rankings, places and lists across organs are asked of the store, which computes them where the reports are.
  const figures = figuresOfStore(options.store);

  /**
   * `isCurrent`: the vocabulary was checked against the store's revision for this question; else the question's
   * first read of names checks it (a StaleVocabulary thrown before anything is remembered).
   */
  async function answerQuestion(
    normalized: NormalizedQuestion,
    index: StoreIndex,
    isCurrent: boolean,
    conversationId?: string,
  ) {
    const chat = readChat(normalized);
    if (chat !== null) {
      const examples = helpExamples(isCurrent ? index : await reader.vocabulary(), normalized.lang);
      return compose({ kind: 'chat', chat, examples }, false);
    }
    const wish = readChartWish(normalized);
    const question = wish.question;
    const last = conversationId === undefined ? undefined : await memory.get(conversationId);
    // 刚才那个单位 after a question about the whole store (库里有几份2024年的报告): the turns before that question.
    const contextKey =
      conversationId !== undefined && last !== undefined && isAboutWholeStore(last) && POINTS_PAST.test(question.text)
        ? beforeStoreKey(conversationId)
        : conversationId;
    const previous = contextKey === undefined ? undefined : await memory.get(contextKey);
    // The question before the last, for 两者相差多少 over two turns.
    const earlier = contextKey === undefined ? undefined : await memory.get(earlierKey(contextKey));
    // The figures the last turn's clarify offered: the next turn takes none of them unless it names one.
    const offered = conversationId === undefined ? undefined : await memory.get(offeredKey(conversationId));
    // What the last two answers were about (the organ a ranking named), for 它 / 这两个 / 三个合起来.
    const subjects = contextKey === undefined ? undefined : await memory.get(subjectsKey(contextKey));
    const earlierSubjects =
      contextKey === undefined ? undefined : await memory.get(subjectsKey(earlierKey(contextKey)));
    // The turn before that, for 三个加起来 after three figures.
    const oldest = contextKey === undefined ? undefined : await memory.get(earlierKey(earlierKey(contextKey)));
    // The last turn was a follow-up with no data: this turn's context is the turn before it.
    const isAfterUnanswered =
      conversationId !== undefined && (await memory.get(unansweredKey(conversationId))) !== undefined;
    // The organ names this question looks up: fetched from a store that keeps them, step by step.
    const names = reader.names(index);
    await names.readAhead([question.text, namesTextOf(question)], question.lang, !isCurrent);
    const run = (query: Query) =>
      names.run(async (view) =>
        executeQuery(query, await reader.indexFor(query, view), { lang: question.lang, figures }),
      );
    // 画个图 alone draws the previous answer.
    let understood =
      wish.isRequested && isWishAlone(question) && previous !== undefined
        ? ({ kind: 'query', query: previous } as const)
        : await names.run((view) =>
            understand(question, view, previous, earlier, offered, { subjects, earlierSubjects, oldest }),
          );
    if (understood.kind === 'query' || understood.kind === 'clarify')
      await names.lookAhead(understood.query.organs, question.lang);
    const asked = understood;
    let result: LookupResult =
      asked.kind === 'query'
        ? await run(asked.query)
        : asked.kind === 'clarify'
          ? await names.run(async (view) =>
              lookupCandidates(asked, await reader.indexFor(asked.query, view), question.lang),
            )
          : asked.kind === 'chooseOrgans'
            ? {
                kind: 'clarify',
                name: '',
                candidates: asked.candidates,
                count: asked.count,
                held: asked.held,
                ...(asked.held > asked.candidates.length && {
                  more: { count: asked.held - asked.candidates.length, isAtLeast: false },
                }),
              }
            : asked.kind === 'chooseSubject'
              ? { kind: 'clarify', name: '', candidates: asked.candidates }
              : asked.kind === 'chooseSumShare'
                ? { kind: 'clarify', name: '', candidates: asked.candidates, isSumShare: true }
                : asked.kind === 'chooseRankedWhole'
                  ? { kind: 'clarify', name: '', candidates: asked.listed, isRankedShare: true }
                  : asked.kind === 'chooseShareWhole'
                    ? { kind: 'clarify', name: '', candidates: asked.candidates, isShareWhole: true }
                    : asked.kind === 'chooseOperands'
                      ? {
                          kind: 'clarifyOperands',
                          ofSum: asked.ofSum === true,
                          whichOperation: asked.whichOperation === true,
                        }
                      : asked.kind === 'chooseYears'
                        ? asked
                        : { kind: 'not_understood', examples: helpExamples(index, question.lang) };
    // The rules may also read a shape they cannot run (最多 without a figure), or words naming no figure they know
    // (还没审完): the model gets all these cases, its query run by the same executor.
    if ((result.kind === 'not_understood' || result.kind === 'clarifyFigure') && options.llm) {
      const query = await understandWithLlm(options.llm, normalized.raw, index);
      if (query) {
        understood = { kind: 'query', query };
        await names.lookAhead(query.organs, question.lang);
        result = await run(query);
      }
    }
    // A follow-up about the same organs that found no report (它前一年呢 → no 2024 report) leaves the context at
    // the last answered turn: the next follow-up takes that turn's organ and year, and its reply says so. A
    // question that named its own organ (南山区的呢) is the context, answered or not.
    const inheritedOrgans = understood.kind === 'query' ? (understood.inherited?.organs.length ?? 0) : 0;
    if (understood.kind === 'query' && inheritedOrgans > 0 && statusOf(result) === 'no_data') {
      if (conversationId !== undefined) await memory.set(unansweredKey(conversationId), understood.query);
    } else if (understood.kind === 'query' && conversationId !== undefined && result.kind !== 'not_understood') {
      if (isAfterUnanswered) await memory.forget(unansweredKey(conversationId));
      // A question about the whole store keeps the turns before it, for 刚才那个单位 after it.
      if (isAboutWholeStore(understood.query) && previous && !isAboutWholeStore(previous)) {
        const before = beforeStoreKey(conversationId);
        await memory.set(before, previous);
        if (earlier) await memory.set(earlierKey(before), earlier);
        if (subjects) await memory.set(subjectsKey(before), subjects);
        if (earlierSubjects) await memory.set(subjectsKey(earlierKey(before)), earlierSubjects);
      }
      if (earlier) await memory.set(earlierKey(earlierKey(conversationId)), earlier);
      if (previous) await memory.set(earlierKey(conversationId), previous);
      if (subjects) await memory.set(subjectsKey(earlierKey(conversationId)), subjects);
      await memory.set(conversationId, understood.query);
      const place = understood.place;
      await memory.set(subjectsKey(conversationId), subjectsQuery(result, understood.query, place) ?? understood.query);
      if (offered) await memory.forget(offeredKey(conversationId));
    }
    // 它的行政复议呢 asked back (which organ?): the next turn naming one asks this question of it.
    if (understood.kind === 'chooseSubject' && conversationId !== undefined) {
      if (earlier) await memory.set(earlierKey(earlierKey(conversationId)), earlier);
      if (previous) await memory.set(earlierKey(conversationId), previous);
      await memory.set(conversationId, understood.query);
      await memory.set(subjectsKey(conversationId), understood.query);
    }
    if (understood.kind === 'clarify' && conversationId !== undefined)
      await memory.set(offeredKey(conversationId), offeredQuery(understood));
    const context =
      understood.kind !== 'query'
        ? {}
        : understood.inherited && isAfterUnanswered
          ? { ...understood, inherited: { ...understood.inherited, isPastUnanswered: true } }
          : understood;
    return compose(result, wish.isRequested, context);

    function compose(
      found: LookupResult,
      isChartRequested: boolean,
      { inherited, relativeYears }: { inherited?: Inherited; relativeYears?: RelativeYears } = {},
    ): Answer {
      return {
        status: statusOf(found),
        answer: phrase(found, normalized.lang, {
          ...(inherited ? { inherited } : {}),
          ...(relativeYears ? { relativeYears } : {}),
        }),
        facts: factsOf(found),
        lang: normalized.lang,
        via: 'template',
        ...(isChartRequested ? { chart: 'requested' as const } : {}),
      };
    }
  }

  return {
    async answer(question, { conversationId } = {}) {
      // The vocabulary last built: its revision is checked by the question's first read of names.
      const held = await reader.heldVocabulary();
      let index = held.index;
      const englishKey = conversationId === undefined ? undefined : inEnglishKey(conversationId);
      const wasEnglish = englishKey !== undefined && (await memory.get(englishKey)) !== undefined;
      const normalized = normalizeQuestion(question, wasEnglish ? 'en' : 'zh');
      if (englishKey !== undefined && normalized.lang === 'en' && !wasEnglish)
        await memory.set(englishKey, EMPTY_QUERY);
      if (englishKey !== undefined && normalized.lang === 'zh' && wasEnglish) await memory.forget(englishKey);
      const template = await answerQuestion(normalized, index, held.isCurrent, conversationId).catch(
        async (error: unknown) => {
          if (!(error instanceof StaleVocabulary)) throw error;
          // The store changed: the question again, on the vocabulary of its revision now.
          index = await reader.vocabulary();
          return answerQuestion(normalized, index, true, conversationId);
        },
      );
      const answer =
        options.llm && template.facts.length > 0
          ? await rephrase(options.llm, question, template, (reply) => reader.namesIn(index, reply))
          : template;
      // Traditional last, so that the guard proves the reply it was given.
      return normalized.isTraditional ? { ...answer, answer: toTraditionalText(answer.answer) } : answer;
    },
    async examples(lang = 'zh') {
      return helpExamples(await reader.vocabulary(), lang);
    },
    async forget(conversationId) {
      await memory.forget(conversationId);
      await memory.forget(earlierKey(conversationId));
      await memory.forget(earlierKey(earlierKey(conversationId)));
      await memory.forget(offeredKey(conversationId));
      await memory.forget(subjectsKey(conversationId));
      await memory.forget(subjectsKey(earlierKey(conversationId)));
      await memory.forget(unansweredKey(conversationId));
      await memory.forget(inEnglishKey(conversationId));
      const before = beforeStoreKey(conversationId);
      for (const key of [before, earlierKey(before), subjectsKey(before), subjectsKey(earlierKey(before))])
        await memory.forget(key);
    },
  };
}

/** Where the turns before a question about the whole store are kept, for 刚才那个单位 after it. */
const beforeStoreKey = (conversationId: string): string => `${conversationId}#before-store`;

/** 刚才 / 刚刚 / 前面 / earlier: the question points past the last turn to the ones before it. */
const POINTS_PAST = /刚才|刚刚|前面|\bearlier\b/u;

/** 你有哪些报告 / 库里有几份2024年的报告 / 帮助: about the store itself, no organ of its own. */
const isAboutWholeStore = (query: Query): boolean =>
  (query.aggregation === 'reports' || query.aggregation === 'help') &&
  query.organs.length === 0 &&
  query.pairs.length === 0 &&
  query.regions.length === 0;

/** Where a conversation's question before the last is kept, beside the last, in the same memory. */
const earlierKey = (conversationId: string): string => `${conversationId}#earlier`;
/** Where the figures of a conversation's last clarify are kept until a turn is answered. */
const offeredKey = (conversationId: string): string => `${conversationId}#offered`;
/** Where the organs and years a conversation's answer stated are kept (subjectsQuery), beside its query. */
const subjectsKey = (conversationId: string): string => `${conversationId}#subjects`;
/** Where a conversation's last follow-up is kept while it found no data (the context stays at the turn before). */
const unansweredKey = (conversationId: string): string => `${conversationId}#unanswered`;
/** Set while a conversation's last question was English: one in neither script (2022?) is answered in English. */
const inEnglishKey = (conversationId: string): string => `${conversationId}#english`;
