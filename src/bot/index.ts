// The bot's only door: chat channels, the console chat and the daily digest.

export { buildDigest, composeDigest, type Digest, type DigestOptions } from './compose-digest.js';
export { DIGEST_LAST_SENT_KEY, DIGEST_STATE_KEY, recordDigestSent } from './digest-changes.js';
export type { DigestTarget } from './digest-targets.js';
export { APOLOGY, type BotContext, type ChannelName, handleQuestion, RESET_REPLY } from './handle-question.js';
export { createLogger, createMemoryLogger, type Logger } from './logger.js';
export { type DigestSchedule, scheduleDigest } from './schedule-digest.js';
export { DIGEST_PENDING_KEY, resendPendingDigest, type SendDigestDeps, sendDigest } from './send-digest.js';
export { type ServeDeps, serve } from './serve.js';
