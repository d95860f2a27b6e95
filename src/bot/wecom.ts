// WeCom (企业微信) group robots: one webhook URL per group; we post markdown, nothing comes back.
import type { Logger } from './logger.js';

/** WeCom rejects markdown content over 4096 bytes (UTF-8); keep a margin. */
export const WECOM_MAX_BYTES = 4000;

export interface WecomDeps {
  readonly logger: Logger;
  readonly fetch?: typeof fetch;
  /** Pause before the one retry. */
  readonly retryDelayMs?: number;
}

/**
 * Posts markdown to one group robot, split into several messages when long. A failure is retried once,
 * then logged; the result says whether every part arrived. Never throws.
 * `label` names the webhook in logs, because the URL itself carries the robot's secret key.
 */
export async function sendWecomMarkdown(
  url: string,
  label: string,
  content: string,
  deps: WecomDeps,
): Promise<boolean> {
  for (const part of splitByBytes(content, WECOM_MAX_BYTES)) {
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: part } });
    if (!(await postWithOneRetry(url, label, body, deps))) return false;
  }
  return true;
}

async function postWithOneRetry(url: string, label: string, body: string, deps: WecomDeps): Promise<boolean> {
  for (const attempt of [1, 2]) {
    try {
      await postOnce(url, body, deps.fetch ?? fetch);
      return true;
    } catch (error) {
      const next = attempt === 1 ? 'retrying once' : 'giving up';
      deps.logger.warn(`WeCom webhook ${label}: send failed (attempt ${attempt}), ${next}`, stripUrl(error, url));
      if (attempt === 1) await sleep(deps.retryDelayMs ?? 2000);
    }
  }
  return false;
}

async function postOnce(url: string, body: string, fetchFn: typeof fetch): Promise<void> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  // WeCom answers HTTP 200 with a non-zero errcode for errors such as a wrong key or a rate limit.
  const result = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
  if (result.errcode !== 0) throw new Error(`errcode ${String(result.errcode)}: ${result.errmsg ?? 'no message'}`);
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
  if (!(error instanceof Error)) return error;
  return new Error(error.message.replaceAll(url, '<webhook>'));
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
