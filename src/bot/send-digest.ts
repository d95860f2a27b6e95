// Compose the digest, send it everywhere configured, and remember when, so a restart neither resends nor skips.
import type { Config } from '../config.js';
import type { Store } from '../store/index.js';
import { composeDigest, DIGEST_LAST_SENT_KEY } from './compose-digest.js';
import { type DigestTarget, deliver, listConfiguredTargets, type TargetDeps } from './digest-targets.js';
import { createLogger } from './logger.js';

export interface SendDigestDeps extends Partial<TargetDeps> {
  readonly config: Config;
  readonly store: Store;
  readonly now?: Date;
  /** Extra destinations only a running bot has (WeChat rooms), sent after the configured ones. */
  readonly extraTargets?: readonly DigestTarget[];
}

/**
 * Sends the digest now to the configured Slack channels and WeCom robots (plus `extraTargets`). The send
 * time is stored when at least one destination received it, so a total failure is retried next time.
 */
export async function sendDigest(deps: SendDigestDeps): Promise<{ sent: string[]; failed: string[] }> {
  const logger = deps.logger ?? createLogger();
  const now = deps.now ?? new Date();
  if (deps.extraTargets === undefined && (deps.config.wechat?.digestRooms.length ?? 0) > 0) {
    logger.info('digest: WeChat rooms get the digest only from the running bot (nianbao serve)');
  }
  const targets = [...listConfiguredTargets(deps.config, { ...deps, logger }), ...(deps.extraTargets ?? [])];
  if (targets.length === 0) {
    logger.warn(
      'digest: no destination configured (SLACK_DIGEST_CHANNELS, WECOM_WEBHOOK_URLS or WECHAT_DIGEST_ROOMS with a running bot)',
    );
    return { sent: [], failed: [] };
  }
  const text = await composeDigest(deps.store, now, { timeZone: deps.config.digest.timeZone });
  const result = await deliver(text, targets, logger);
  if (result.sent.length > 0) await deps.store.setMeta(DIGEST_LAST_SENT_KEY, now.toISOString());
  logger.info(`digest: sent to ${result.sent.length}, failed ${result.failed.length}`);
  return result;
}
