// The optional language model: rewording (guarded) and understanding (validated). Re-exported by ../index.ts.
export {
  checkReply,
  MIN_DECIMALS_WHEN_SCALED,
  MIN_SIGNIFICANT_DIGITS_WHEN_SCALED,
  matchesAmount,
  type ReplyCheckInput,
  type ReplyVerdict,
} from './check-reply.js';
export {
  createLlm,
  describeLlmError,
  type JsonSchemaFormat,
  type LlmClient,
  type LlmOptions,
  type LlmSettings,
} from './create-llm.js';
export { buildPhrasingMessages, buildQueryMessages, type ChatMessage, type QueryContext } from './prompts.js';
export { type NumberMention, readNumbers } from './read-numbers.js';
export { rephrase } from './rephrase.js';
export { understandWithLlm } from './understand-with-llm.js';
