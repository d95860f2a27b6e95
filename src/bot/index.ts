// The bot's only door: chat channels, the console chat and the daily digest.

export { composeDigest, DIGEST_LAST_SENT_KEY, type DigestOptions } from './compose-digest.js';
export type { DigestTarget } from './digest-targets.js';
export { APOLOGY, type BotContext, type ChannelName, handleQuestion, RESET_REPLY } from './handle-question.js';
export { createLogger, createMemoryLogger, type Logger } from './logger.js';
export { type DigestSchedule, scheduleDigest } from './schedule-digest.js';
export { DIGEST_PENDING_KEY, resendPendingDigest, type SendDigestDeps, sendDigest } from './send-digest.js';
export { type ServeDeps, serve } from './serve.js';
