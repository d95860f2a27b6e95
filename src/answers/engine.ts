import { isDeepStrictEqual } from 'node:util';
import type { Store } from '../store/index.js';
import { isWishAlone, readChartWish } from './chart-wish.js';
import { type LlmClient, rephrase, understandWithLlm } from './llm/index.js';
import { executeQuery, figuresOfStore, lookupCandidates } from './lookup/index.js';
import { type Conversation, type ConversationMemory, createInMemoryMemory, type Turns } from './memory.js';
import { createStoreReader, helpExamples, StaleVocabulary, type StoreIndex } from './organs/index.js';
import type { Query } from './query.js';
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
   * The question's answer and what its conversation remembers after it, given what it remembered before
   * (`conversation`, read once a question by the caller, who writes the one returned when it differs).
   * `isCurrent`: the vocabulary was checked against the store's revision for this question; else the question's
   * first read of names checks it (a StaleVocabulary thrown before anything is remembered).
   */
  async function answerQuestion(
    normalized: NormalizedQuestion,
    index: StoreIndex,
    isCurrent: boolean,
    conversation: Conversation,
  ): Promise<{ answer: Answer; conversation: Conversation }> {
    const chat = readChat(normalized);
    if (chat !== null) {
      const examples = helpExamples(isCurrent ? index : await reader.vocabulary(), normalized.lang);
      return { answer: compose({ kind: 'chat', chat, examples }, false), conversation };
    }
    const wish = readChartWish(normalized);
    const question = wish.question;
    const last = conversation.last;
    // 刚才那个单位 after a question about the whole store (库里有几份2024年的报告): the turns before that question.
    const context: Turns =
      last !== undefined && isAboutWholeStore(last) && POINTS_PAST.test(question.text)
        ? (conversation.beforeStore ?? {})
        : conversation;
    const previous = context.last;
    // The question before the last, for 两者相差多少 over two turns.
    const earlier = context.earlier;
    // The figures the last turn's clarify offered: the next turn takes none of them unless it names one.
    const offered = conversation.offered;
    // What the last two answers were about (the organ a ranking named), for 它 / 这两个 / 三个合起来.
    const subjects = context.subjects;
    const earlierSubjects = context.earlierSubjects;
    // The turn before that, for 三个加起来 after three figures.
    const oldest = context.oldest;
    // The last turn was a follow-up with no data: this turn's context is the turn before it.
    const isAfterUnanswered = conversation.unanswered !== undefined;
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
    const next: Conversation = { ...conversation };
    if (understood.kind === 'query' && inheritedOrgans > 0 && statusOf(result) === 'no_data') {
      next.unanswered = understood.query;
    } else if (understood.kind === 'query' && result.kind !== 'not_understood') {
      delete next.unanswered;
      // A question about the whole store keeps the turns before it, for 刚才那个单位 after it (each turn kept
      // there until another replaces it).
      if (isAboutWholeStore(understood.query) && previous && !isAboutWholeStore(previous))
        next.beforeStore = {
          ...next.beforeStore,
          last: previous,
          ...(earlier && { earlier }),
          ...(subjects && { subjects }),
          ...(earlierSubjects && { earlierSubjects }),
        };
      if (earlier) next.oldest = earlier;
      if (previous) next.earlier = previous;
      if (subjects) next.earlierSubjects = subjects;
      // 那南山呢 after 龙岗2022年…: no 2022 report of 南山区, as the reply said; the next turn about 南山区 takes a year
      // it holds (its latest), never the year it lacks again.
      const lacksYearTaken =
        statusOf(result) === 'no_data' && inheritedOrgans === 0 && (understood.inherited?.years.length ?? 0) > 0;
      next.last = lacksYearTaken ? { ...understood.query, years: [] } : understood.query;
      next.subjects = subjectsQuery(result, understood.query, understood.place) ?? understood.query;
      delete next.offered;
    }
    // 它的行政复议呢 asked back (which organ?): the next turn naming one asks this question of it.
    if (understood.kind === 'chooseSubject') {
      if (earlier) next.oldest = earlier;
      if (previous) next.earlier = previous;
      next.last = understood.query;
      next.subjects = understood.query;
    }
    if (understood.kind === 'clarify') next.offered = offeredQuery(understood);
    const replyContext =
      understood.kind !== 'query'
        ? {}
        : understood.inherited && isAfterUnanswered
          ? { ...understood, inherited: { ...understood.inherited, isPastUnanswered: true } }
          : understood;
    return { answer: compose(result, wish.isRequested, replyContext), conversation: next };

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
      // The conversation read once; written once below, when the question changed it.
      const remembered = (conversationId === undefined ? undefined : await memory.get(conversationId)) ?? {};
      const normalized = normalizeQuestion(question, remembered.english ? 'en' : 'zh');
      const { english: _, ...inChinese } = remembered;
      const conversation: Conversation = normalized.lang === 'en' ? { ...remembered, english: true } : inChinese;
      const answered = await answerQuestion(normalized, index, held.isCurrent, conversation).catch(
        async (error: unknown) => {
          if (!(error instanceof StaleVocabulary)) throw error;
          // The store changed: the question again, on the vocabulary of its revision now.
          index = await reader.vocabulary();
          return answerQuestion(normalized, index, true, conversation);
        },
      );
      if (conversationId !== undefined && !isDeepStrictEqual(answered.conversation, remembered))
        await memory.set(conversationId, answered.conversation);
      const template = answered.answer;
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
    },
  };
}

/** 刚才 / 刚刚 / 前面 / earlier: the question points past the last turn to the ones before it. */
const POINTS_PAST = /刚才|刚刚|前面|\bearlier\b/u;

/** 你有哪些报告 / 库里有几份2024年的报告 / 帮助: about the store itself, no organ of its own. */
const isAboutWholeStore = (query: Query): boolean =>
  (query.aggregation === 'reports' || query.aggregation === 'help') &&
  query.organs.length === 0 &&
  query.pairs.length === 0 &&
  query.regions.length === 0;
