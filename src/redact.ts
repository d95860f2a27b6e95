// The one redaction every line nianbao prints passes through: whoever writes it (our logger, wechaty, bolt,
// the openai SDK quoting a key in a 401), a configured secret never reaches stdout or stderr.
import type { Secret } from './config.js';

/** Shorter values are not treated as secrets: redacting "k" would garble every line without protecting anything. */
export const MIN_SECRET_LENGTH = 6;

/** Replaces every configured secret (and its URL-encoded form) with `[redacted VARIABLE]`. */
export function createRedactor(secrets: readonly Secret[]): (text: string) => string {
  const names = new Map<string, string>();
  for (const { variable, value } of secrets) {
    if (value.length < MIN_SECRET_LENGTH) continue;
    for (const form of [value, encodeURIComponent(value)]) if (!names.has(form)) names.set(form, variable);
  }
  if (names.size === 0) return (text) => text;
  // Longest first, so a secret containing another is replaced whole.
  const pattern = new RegExp(
    [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  return (text) => text.replace(pattern, (found) => `[redacted ${names.get(found)}]`);
}

/**
 * Makes every write to the stream pass through `redact` (strings and UTF-8 buffers alike); returns a function
 * that restores the stream. `redactWrites(process.stderr, redact)` covers console.error and any library's logger.
 */
export function redactWrites(stream: NodeJS.WriteStream, redact: (text: string) => string): () => void {
  const original = stream.write;
  const write = original.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string') return write(redact(chunk), ...rest);
    if (chunk instanceof Uint8Array) {
      // Text as bytes is redacted like a string; anything that is not UTF-8 text (binary output) goes on untouched.
      const bytes = Buffer.from(chunk);
      const text = bytes.toString('utf8');
      if (!Buffer.from(text, 'utf8').equals(bytes)) return write(chunk, ...rest);
      const callbacks = rest.filter((part) => typeof part === 'function');
      return write(redact(text), 'utf8', ...callbacks);
    }
    return write(chunk, ...rest);
  }) as typeof stream.write;
  return () => {
    stream.write = original;
  };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
