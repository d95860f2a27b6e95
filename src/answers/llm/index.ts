// The optional language model: rewording (in placeholders, guarded) and understanding (validated). Re-exported by ../index.ts.
export { checkReply, type ReplyCheckInput, type ReplyVerdict } from './check-reply.js';
export {
  createLlm,
  describeLlmError,
  type JsonSchemaFormat,
  type LlmClient,
  type LlmOptions,
  type LlmSettings,
} from './create-llm.js';
export { buildPhrasingMessages, buildQueryMessages, type ChatMessage, type QueryContext } from './prompts.js';
export { rephrase } from './rephrase.js';
export { buildSkeleton, fillPieces, type Skeleton, type Slot, writeSkeleton } from './skeleton.js';
export { understandWithLlm } from './understand-with-llm.js';
