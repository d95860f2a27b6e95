// Slack replies: Block Kit with the numbers in bold and the source footer as context, plain text as the fallback.
import type { types } from '@slack/bolt';
import { type Answer, citationsOf, citeReports, type Fact } from '../answers/index.js';
import { splitMessage } from './split-message.js';

/** A Slack message: `text` is the notification and fallback, `blocks` the rich rendering when it helps. */
export interface SlackReply {
  readonly text: string;
  readonly blocks?: types.KnownBlock[];
}

/** Slack rejects a section text over 3000 characters, a message over 50 blocks. */
const SECTION_MAX = 3000;
const BLOCKS_MAX = 50;
/** Split the plain text shorter than a section, so escaping (&amp;) and bold marks still fit. */
const SECTION_SPLIT = 2000;

/** The first line of a reply's source footer, in either script or English (来源：《…》, 來源：, Sources:). */
const FOOTER_HEAD = /^(?:来源：|來源：|Sources?:)/u;

/**
 * Builds the reply; without facts (help, clarify, errors) it is plain text. Long answers take several sections;
 * the source footer the reply ends with (each report once, by its title and link) is the context block.
 */
export function formatSlackReply(text: string, answer?: Answer): SlackReply {
  if (answer === undefined || answer.facts.length === 0) return { text };
  const { body, footer } = splitFooter(text);
  const cited = footer || citeReports(citationsOf(answer.facts), answer.lang);
  const sections = splitMessage(body, SECTION_SPLIT)
    .flatMap((part) => fitSection(boldNumbers(escapeMrkdwn(part), answer.facts)))
    .slice(0, BLOCKS_MAX - 1);
  return {
    text,
    blocks: [
      ...sections.map((section) => ({ type: 'section' as const, text: { type: 'mrkdwn' as const, text: section } })),
      { type: 'context', elements: [{ type: 'mrkdwn' as const, text: escapeMrkdwn(cited).slice(0, SECTION_MAX) }] },
    ],
  };
}

/** The reply's lines before its source footer, and the footer ('' when it has none). */
function splitFooter(text: string): { body: string; footer: string } {
  const lines = text.split('\n');
  let at = lines.length - 1;
  while (at > 0 && !FOOTER_HEAD.test(lines[at] ?? '')) at -= 1;
  if (at <= 0) return { body: text, footer: '' };
  return { body: lines.slice(0, at).join('\n'), footer: lines.slice(at).join('\n') };
}

// A part that grew past the limit when escaped (a text full of &) is cut again: at a line end if there is
// one in the second half, else before an entity that would straddle the cut.
function fitSection(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > SECTION_MAX) {
    const lineEnd = rest.lastIndexOf('\n', SECTION_MAX - 1);
    const entity = rest.lastIndexOf('&', SECTION_MAX - 1);
    const cut = lineEnd >= SECTION_MAX / 2 ? lineEnd : entity > SECTION_MAX - 6 ? entity : SECTION_MAX;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut === lineEnd ? cut + 1 : cut);
  }
  return [...parts, rest];
}

/** Slack's three control characters in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Wraps each fact's value, where the text prints it as a figure (552, 8,759 or 8759), in `*…*`: not the same
 * digits inside a year (2022年), a file name (district-2022.txt) or a longer number. A value that is also one of
 * the facts' years is bolded only before its unit (2022 件). Slack renders bold only at word boundaries, so a
 * number glued to letters (Chinese characters) gets a space on that side.
 */
export function boldNumbers(text: string, facts: readonly Fact[]): string {
  const units = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const printed of [fact.value.toLocaleString('en-US', { maximumFractionDigits: 20 }), String(fact.value)]) {
      units.set(printed, (units.get(printed) ?? new Set()).add(fact.unit));
    }
  }
  const years = new Set(facts.map((fact) => String(fact.year)));
  const alternatives = [...units.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  if (alternatives === '') return text;
  // Not part of a longer number, a word or a path; not a year.
  const number = new RegExp(`(?<![\\d.,*A-Za-z_/\\\\-])(?:${alternatives})(?![\\d*年A-Za-z_/\\\\-]|[.,]\\w)`, 'g');
  return text.replace(number, (match, at: number) => {
    const after = text.slice(at + match.length);
    if (years.has(match) && ![...(units.get(match) ?? [])].some((unit) => after.trimStart().startsWith(unit))) {
      return match;
    }
    const before = isWordCharacter(text[at - 1]) ? ' ' : '';
    const space = isWordCharacter(text[at + match.length]) ? ' ' : '';
    return `${before}*${match}*${space}`;
  });
}

const isWordCharacter = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
