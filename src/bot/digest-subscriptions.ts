// Groups that chose the digest themselves (订阅日报 / 取消订阅), kept in the store's meta so a restart keeps them.
// The variables (SLACK_DIGEST_CHANNELS, WECHAT_DIGEST_ROOMS, WECOM_WEBHOOK_URLS) remain for fixed destinations.
import type { Config } from '../config.js';
import type { Store } from '../store/index.js';
import { type DigestTarget, listSlackTargets, type TargetDeps } from './digest-targets.js';

/** Store meta key holding the subscribed places (JSON). */
export const DIGEST_SUBSCRIPTIONS_KEY = 'digest.subscriptions';

/** A place that subscribed, and when. */
export interface Subscription {
  /** The place as channels name it: `wechat:room:<id>`, `slack:<channel id>`. */
  readonly place: string;
  readonly since: string;
}

/** Places the digest can be pushed to: WeChat rooms through the running bot, Slack channels through the Web API. */
export function canSubscribe(place: string): boolean {
  return place.startsWith('wechat:room:') || /^slack:[A-Z0-9]+$/.test(place);
}

export async function listSubscriptions(store: Store): Promise<Subscription[]> {
  const raw = await store.getMeta(DIGEST_SUBSCRIPTIONS_KEY);
  if (raw === undefined || raw === '') return [];
  try {
    const value = JSON.parse(raw) as unknown;
    return Array.isArray(value) ? value.filter((entry): entry is Subscription => typeof entry?.place === 'string') : [];
  } catch {
    return [];
  }
}

// One change at a time per store: two groups subscribing at once must not overwrite each other.
const pending = new WeakMap<Store, Promise<unknown>>();

function serially<T>(store: Store, change: () => Promise<T>): Promise<T> {
  const next = (pending.get(store) ?? Promise.resolve()).then(change, change);
  pending.set(
    store,
    next.catch(() => undefined),
  );
  return next;
}

/** Adds the place; false when it was subscribed already. */
export function subscribe(store: Store, place: string, now: Date = new Date()): Promise<boolean> {
  return serially(store, async () => {
    const subscriptions = await listSubscriptions(store);
    if (subscriptions.some((entry) => entry.place === place)) return false;
    await write(store, [...subscriptions, { place, since: now.toISOString() }]);
    return true;
  });
}

/** Removes the place; false when it was not subscribed. */
export function unsubscribe(store: Store, place: string): Promise<boolean> {
  return serially(store, async () => {
    const subscriptions = await listSubscriptions(store);
    const rest = subscriptions.filter((entry) => entry.place !== place);
    if (rest.length === subscriptions.length) return false;
    await write(store, rest);
    return true;
  });
}

async function write(store: Store, subscriptions: readonly Subscription[]): Promise<void> {
  await store.setMeta(DIGEST_SUBSCRIPTIONS_KEY, JSON.stringify(subscriptions));
}

export interface SubscribedTargetDeps extends TargetDeps {
  /** The running WeChat bot's room by id; absent while WeChat is not running (its rooms wait for the next digest). */
  readonly roomTarget?: (roomId: string) => DigestTarget;
}

/** The subscribed places as digest destinations, those the configuration lists already left out. */
export async function listSubscribedTargets(
  store: Store,
  config: Config,
  configured: readonly DigestTarget[],
  deps: SubscribedTargetDeps,
): Promise<DigestTarget[]> {
  const names = new Set(configured.map((target) => target.name));
  const targets = (await listSubscriptions(store)).flatMap((entry): DigestTarget[] => {
    if (entry.place.startsWith('wechat:room:')) {
      if (deps.roomTarget === undefined) {
        deps.logger.info(`digest: ${entry.place} subscribed, but WeChat is not running; it gets the next digest`);
        return [];
      }
      return [deps.roomTarget(entry.place.slice('wechat:room:'.length))];
    }
    if (entry.place.startsWith('slack:')) return listSlackTargets(config, [entry.place.slice('slack:'.length)], deps);
    return [];
  });
  return targets.filter((target) => !names.has(target.name));
}

/** What the group is told after 订阅日报 / 取消订阅. */
export async function changeSubscription(
  store: Store,
  place: string,
  wish: 'subscribe' | 'unsubscribe',
): Promise<string> {
  if (!canSubscribe(place)) {
    return place.startsWith('wecom:')
      ? '企业微信智能机器人不能主动推送，无法在这里订阅日报；请管理员把群机器人的 Webhook 地址加入 WECOM_WEBHOOK_URLS。'
      : '订阅日报只能在群里（或 Slack 频道里）使用。';
  }
  if (wish === 'subscribe') {
    return (await subscribe(store, place))
      ? '已订阅：本群会收到政府信息公开年报日报（没有新内容的日子不发）。不想再收，请说“取消订阅”。'
      : '本群已经订阅了日报。不想再收，请说“取消订阅”。';
  }
  return (await unsubscribe(store, place)) ? '已取消订阅，本群不再收到日报。' : '本群没有订阅日报。';
}
