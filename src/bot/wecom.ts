// WeCom (企业微信) group robots: one webhook URL per group; we post markdown, nothing comes back.
import { createHash } from 'node:crypto';
import type { Logger } from './logger.js';
import { type Outbox, type Pacing, SendFailure, SHARED_OUTBOX } from './outbox.js';

/** WeCom rejects markdown content over 4096 bytes (UTF-8); keep a margin. */
export const WECOM_MAX_BYTES = 4000;

export interface WecomDeps {
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  /** Pause before the one retry of an ordinary failure (timeout, HTTP 500). */
  readonly retryDelayMs?: number;
  /** Where the messages queue (the process's shared one by default); tests pass one with a fake clock. */
  readonly outbox?: Outbox;
  readonly now?: () => number;
}

/** WeCom group robots take at most 20 messages a minute each; an ordinary failure is retried once. */
export const WECOM_WEBHOOK_PACING = { perMinute: 20, retries: 1, retryDelayMs: 2000 } as const satisfies Pacing;

/** WeCom's answers that say when to retry: 45009 after the current minute, 93000 (invalid webhook) never. */
const RATE_LIMITED = 45009;
const INVALID_WEBHOOK = 93000;

/**
 * Posts markdown to one group robot, split into several messages when long, each paced within the robot's
 * limits (SHARED_OUTBOX). The result says whether every part arrived; failures are logged, never thrown.
 * `label` names the webhook in logs, because the URL itself carries the robot's secret key.
 */
export async function sendWecomMarkdown(
  url: string,
  label: string,
  content: string,
  deps: WecomDeps,
): Promise<boolean> {
  const bodies = splitByBytes(content, WECOM_MAX_BYTES).map((part) => ({
    msgtype: 'markdown',
    markdown: { content: part },
  }));
  return postAll(url, label, bodies, deps);
}

/** WeCom group robots take images of at most 2 MB (before base64). */
export const WECOM_MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Posts a PNG or JPEG to one group robot as an image message (base64 and md5 of the bytes), paced like the
 * markdown. An image over 2 MB is not sent (logged, false).
 */
export async function sendWecomImage(url: string, label: string, image: Buffer, deps: WecomDeps): Promise<boolean> {
  if (image.length > WECOM_MAX_IMAGE_BYTES) {
    deps.logger.warn(`WeCom webhook ${label}: an image of ${image.length} bytes is over the 2 MB limit; not sent`);
    return false;
  }
  return postAll(url, label, [{ msgtype: 'image', image: wecomImageOf(image) }], deps);
}

/** An image as WeCom messages carry it: the bytes in base64 and their md5 (hex). */
export function wecomImageOf(image: Buffer): { base64: string; md5: string } {
  return { base64: image.toString('base64'), md5: createHash('md5').update(image).digest('hex') };
}

async function postAll(url: string, label: string, bodies: readonly object[], deps: WecomDeps): Promise<boolean> {
  const outbox = deps.outbox ?? SHARED_OUTBOX;
  const now = deps.now ?? Date.now;
  const message = {
    destination: `wecom-webhook:${url}`,
    label: `WeCom webhook ${label}`,
    pacing: { ...WECOM_WEBHOOK_PACING, retryDelayMs: deps.retryDelayMs ?? WECOM_WEBHOOK_PACING.retryDelayMs },
    logger: deps.logger,
  };
  for (const body of bodies) {
    const attempt = () =>
      postOnce(url, JSON.stringify(body), deps.fetch ?? fetch, now).catch((error) =>
        Promise.reject(stripUrl(error, url)),
      );
    if (!(await outbox.send(message, attempt))) return false;
  }
  return true;
}

async function postOnce(url: string, body: string, fetchFn: typeof fetch, now: () => number): Promise<void> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // WeCom answers HTTP 200 with a non-zero errcode for errors such as a wrong key or a rate limit.
  const result = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
  if (result.errcode === 0) return;
  const reason = `errcode ${String(result.errcode)}: ${result.errmsg ?? 'no message'}`;
  if (result.errcode === RATE_LIMITED) throw new SendFailure(reason, { afterMs: untilNextMinute(now()) });
  if (result.errcode === INVALID_WEBHOOK)
    throw new SendFailure(`${reason} (the webhook URL is wrong or the robot was removed)`, 'never');
  throw new Error(reason);
}

/** 45009 means "this minute's 20 messages are used up": wait until the minute is over, plus a second. */
function untilNextMinute(nowMs: number): number {
  return 60_000 - (nowMs % 60_000) + 1000;
}

/** Splits text into pieces of at most `maxBytes` UTF-8 bytes, at line ends where possible. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    const candidate = current === '' ? line : `${current}\n${line}`;
    if (byteLength(candidate) <= maxBytes) {
      current = candidate;
      continue;
    }
    if (current !== '') parts.push(current);
    current = line;
    while (byteLength(current) > maxBytes) {
      const cut = cutAtBytes(current, maxBytes);
      parts.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8');

function cutAtBytes(text: string, maxBytes: number): number {
  let bytes = 0;
  let at = 0;
  for (const char of text) {
    bytes += byteLength(char);
    if (bytes > maxBytes) break;
    at += char.length;
  }
  return at;
}

// fetch errors can quote the URL, and the URL is a secret.
function stripUrl(error: unknown, url: string): unknown {
  if (!(error instanceof Error) || !error.message.includes(url)) return error;
  return new Error(error.message.replaceAll(url, '<webhook>'));
}
