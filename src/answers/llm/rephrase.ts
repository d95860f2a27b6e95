// Phrasing: the model rewords the template reply in placeholders; the guard decides whether its words reach the user.
import type { StoreIndex } from '../organs/index.js';
import { normalizeQuestion } from '../text/index.js';
import type { Answer } from '../types.js';
import { checkReply } from './check-reply.js';
import { describeLlmError, type LlmClient } from './create-llm.js';
import { buildPhrasingMessages } from './prompts.js';
import { buildPhrasingKey, type CachedPhrasing } from './reply-cache.js';
import { buildSkeleton } from './skeleton.js';

/**
 * Rewords an answer that states facts. Returns it with the model's text, placeholders filled, and via 'llm' when
 * the guard accepts it; otherwise the template reply with via 'llm-fallback', the reason logged (guard
 * rejection, timeout, error status). `vocabulary` is the store's (organs and their short forms), for the guard;
 * of a store that looks names up, the vocabulary with the names the reply's text may hold. Answers without facts
 * are returned as they are.
 */
export async function rephrase(
  llm: LlmClient,
  question: string,
  answer: Answer,
  vocabulary: StoreIndex | ((text: string) => Promise<StoreIndex>),
): Promise<Answer> {
  if (answer.facts.length === 0) return answer;
  const key = buildPhrasingKey(question, answer);
  const cached = llm.replies.get(key);
  if (cached !== undefined) return applyPhrasing(llm, question, answer, cached, true);

  const skeleton = buildSkeleton(answer);
  // The template itself is the proof's starting point: without one, the model is not asked.
  if ('failure' in skeleton) return fallBack(llm, question, answer, `no placeholders: ${skeleton.failure}`);
  let reply: string;
  try {
    reply = await llm.complete(buildPhrasingMessages(question, skeleton));
  } catch (error) {
    // Not cached: a timeout or an outage says nothing about the next try.
    return fallBack(llm, question, answer, describeLlmError(error));
  }
  const verdict = checkReply({
    reply,
    skeleton,
    vocabulary: typeof vocabulary === 'function' ? await vocabulary(reply) : vocabulary,
    isTraditional: normalizeQuestion(question).isTraditional,
  });
  const phrasing: CachedPhrasing = verdict.isAccepted
    ? { reply: verdict.reply }
    : { rejection: `guard: ${verdict.reason}` };
  llm.replies.set(key, phrasing);
  return applyPhrasing(llm, question, answer, phrasing, false);
}

function applyPhrasing(
  llm: LlmClient,
  question: string,
  answer: Answer,
  phrasing: CachedPhrasing,
  isCached: boolean,
): Answer {
  if ('reply' in phrasing) return { ...answer, answer: phrasing.reply, via: 'llm' };
  return fallBack(llm, question, answer, isCached ? `${phrasing.rejection} (cached)` : phrasing.rejection);
}

function fallBack(llm: LlmClient, question: string, answer: Answer, reason: string): Answer {
  llm.log(`llm-fallback: ${reason}; sent the template reply to ${JSON.stringify(question)}`);
  return { ...answer, via: 'llm-fallback' };
}
