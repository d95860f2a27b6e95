// The bot's only door: chat channels, the console chat and the daily digest.
export { serve, type ServeDeps } from './serve.js';
export { composeDigest, DIGEST_LAST_SENT_KEY, type DigestOptions } from './compose-digest.js';
export { sendDigest, type SendDigestDeps } from './send-digest.js';
export { scheduleDigest, type DigestSchedule } from './schedule-digest.js';
export { handleQuestion, APOLOGY, type BotContext, type ChannelName } from './handle-question.js';
export { createLogger, createMemoryLogger, type Logger } from './logger.js';
export type { DigestTarget } from './digest-targets.js';
