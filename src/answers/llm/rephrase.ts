// Phrasing: the model rewords the template reply; the guard decides whether its words reach the user.
import type { Answer } from '../types.js';
import { checkReply } from './check-reply.js';
import { describeLlmError, type LlmClient } from './create-llm.js';
import { buildPhrasingMessages } from './prompts.js';
import { buildPhrasingKey, type CachedPhrasing } from './reply-cache.js';

/**
 * Rewords an answer that states facts. Returns it with the model's text and via 'llm' when the guard
 * accepts the text; otherwise the template reply with via 'llm-fallback', the reason logged
 * (guard rejection, timeout, error status). Answers without facts are returned as they are.
 */
export async function rephrase(llm: LlmClient, question: string, answer: Answer): Promise<Answer> {
  if (answer.facts.length === 0) return answer;
  const key = buildPhrasingKey(question, answer);
  const cached = llm.replies.get(key);
  if (cached !== undefined) return applyPhrasing(llm, question, answer, cached, true);

  let reply: string;
  try {
    reply = await llm.complete(buildPhrasingMessages(question, answer));
  } catch (error) {
    // Not cached: a timeout or an outage says nothing about the next try.
    return fallBack(llm, question, answer, describeLlmError(error));
  }
  const verdict = checkReply({ reply, question, facts: answer.facts, templateReply: answer.answer });
  const phrasing: CachedPhrasing = verdict.isAccepted
    ? { reply: reply.trim() }
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
