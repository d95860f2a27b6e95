// Slack replies: Block Kit with the numbers in bold and the sources as context, plain text as the fallback.
import type { types } from '@slack/bolt';
import type { Answer, Fact, Lang } from '../answers/index.js';

/** A Slack message: `text` is the notification and fallback, `blocks` the rich rendering when it helps. */
export interface SlackReply {
  readonly text: string;
  readonly blocks?: types.KnownBlock[];
}

/** Slack rejects a section text over 3000 characters and a context block over 10 elements. */
const SECTION_MAX = 3000;
const CONTEXT_MAX = 10;

const SOURCE_LABELS: Record<Lang, (fact: Fact) => string> = {
  zh: (fact) => `来源：表${fact.source.table}“${fact.source.row}”${fact.source.column} · ${fact.source.file}`,
  en: (fact) => `Source: table ${fact.source.table} “${fact.source.row}” ${fact.source.column} · ${fact.source.file}`,
};

/** Builds the reply; without facts (help, clarify, errors) it is plain text. */
export function formatSlackReply(text: string, answer?: Answer): SlackReply {
  if (answer === undefined || answer.facts.length === 0 || text.length > SECTION_MAX) return { text };
  const sources = [...new Set(answer.facts.map(SOURCE_LABELS[answer.lang]))];
  const shown = sources.slice(0, CONTEXT_MAX - 1);
  if (sources.length > shown.length) shown.push(`… +${sources.length - shown.length}`);
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: boldNumbers(escapeMrkdwn(text), answer.facts) } },
      { type: 'context', elements: shown.map((source) => ({ type: 'mrkdwn' as const, text: escapeMrkdwn(source) })) },
    ],
  };
}

/** Slack's three control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Wraps each fact's value, as printed in the text (552, 8,759 or 8759), in `*…*`. Slack only renders
 * bold at word boundaries, so a number glued to letters (Chinese characters) gets a space on that side.
 */
export function boldNumbers(text: string, facts: readonly Fact[]): string {
  const printed = new Set(
    facts.flatMap((fact) => [fact.value.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(fact.value)]),
  );
  const alternatives = [...printed]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  if (alternatives === '') return text;
  const number = new RegExp(`(?<![\\d.,*])(?:${alternatives})(?![\\d*]|[.,]\\d)`, 'g');
  return text.replace(number, (match, at: number) => {
    const before = isWordCharacter(text[at - 1]) ? ' ' : '';
    const after = isWordCharacter(text[at + match.length]) ? ' ' : '';
    return `${before}*${match}*${after}`;
  });
}

const isWordCharacter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
