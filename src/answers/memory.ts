// Follow-up memory: what each conversation (a person in a room) remembers between questions, one record read and
// written whole, behind a three-method interface so that a shared (e.g. Postgres-backed) memory can replace the
// in-process default. The engine reads a conversation once a question and writes it once when it changed.
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Store } from '../store/index.js';
import { QuerySchema } from './query.js';

/** A conversation's last turns and what their answers were about. */
const TurnsShape = {
  /** The last question's query. */
  last: QuerySchema.optional(),
  /** The question before the last, for 两者相差多少 over two turns. */
  earlier: QuerySchema.optional(),
  /** The turn before that, for 三个加起来 after three figures. */
  oldest: QuerySchema.optional(),
  /** What the last answer was about (the organ a ranking named: subjectsQuery), for 它 / 这两个. */
  subjects: QuerySchema.optional(),
  /** What the answer before it was about. */
  earlierSubjects: QuerySchema.optional(),
};

const TurnsSchema = z.object(TurnsShape).strict();

/** Everything a conversation remembers; every field optional (a new conversation remembers nothing). */
export const ConversationSchema = z
  .object({
    ...TurnsShape,
    /** The figures the last turn's clarify offered: the next turn takes none of them unless it names one. */
    offered: QuerySchema.optional(),
    /** The last follow-up, while it found no data: the context stays at the turn before it. */
    unanswered: QuerySchema.optional(),
    /** The last question was English: one in neither script (2022?) is answered in English. */
    english: z.literal(true).optional(),
    /** The turns before a question about the whole store, for 刚才那个单位 after it. */
    beforeStore: TurnsSchema.optional(),
  })
  .strict();

export type Turns = z.infer<typeof TurnsSchema>;
export type Conversation = z.infer<typeof ConversationSchema>;

/** Remembers each conversation. Implementations may be remote, hence async. */
export interface ConversationMemory {
  /** The conversation as last set, or undefined when it remembers nothing. */
  get(conversationId: string): Promise<Conversation | undefined>;
  /** Replaces the conversation whole. */
  set(conversationId: string, conversation: Conversation): Promise<void>;
  /** Drops the conversation's context (a user's 重新开始). */
  forget(conversationId: string): Promise<void>;
}

/** How many conversations the in-memory default keeps before forgetting the least recently used. */
export const DEFAULT_MEMORY_SIZE = 10_000;

/** The in-process default: least recently used conversations forgotten first, so a long-running bot does not grow. */
export function createInMemoryMemory(size: number = DEFAULT_MEMORY_SIZE): ConversationMemory {
  const conversations = new LRUCache<string, Conversation>({ max: size });
  return {
    async get(conversationId) {
      return conversations.get(conversationId);
    },
    async set(conversationId, conversation) {
      if (isEmpty(conversation)) conversations.delete(conversationId);
      else conversations.set(conversationId, conversation);
    },
    async forget(conversationId) {
      conversations.delete(conversationId);
    },
  };
}

/**
 * Memory kept in the store itself (Postgres shares it between bot instances, so a follow-up works whichever
 * instance receives it): one row a conversation, one read and one write. What comes back is validated: a state
 * written by another version is forgotten.
 */
export function createStoreMemory(store: Store): ConversationMemory | undefined {
  const { getConversation, setConversation } = store;
  if (!getConversation || !setConversation) return undefined;
  return {
    async get(conversationId) {
      const parsed = ConversationSchema.safeParse(await getConversation.call(store, conversationId));
      return parsed.success && !isEmpty(parsed.data) ? parsed.data : undefined;
    },
    async set(conversationId, conversation) {
      await setConversation.call(store, conversationId, conversation);
    },
    async forget(conversationId) {
      // An empty state reads back as no context.
      await setConversation.call(store, conversationId, {});
    },
  };
}

const isEmpty = (conversation: Conversation): boolean =>
  Object.values(conversation).every((value) => value === undefined);
