// What the model is told: for phrasing, the template reply in placeholders; for understanding, the query schema.
import type { Lang } from '../types.js';
import { VALUE_LEAD_WORDS } from './reply-words.js';
import { placeholder, type Skeleton, writeSkeleton } from './skeleton.js';

/** One chat message, in the shape the OpenAI chat completions API takes. */
export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

/** What the model needs to fill the engine's query: its JSON Schema and what the store holds. */
export interface QueryContext {
  /** JSON Schema of the engine's Query (z.toJSONSchema of its zod schema). */
  readonly jsonSchema: Readonly<Record<string, unknown>>;
  readonly organs: readonly string[];
  readonly regions: readonly string[];
  readonly years: readonly number[];
  /** Metric ids with a label each, e.g. { id: 'applications.newReceived.total', label: '收到政府信息公开申请' }. */
  readonly metrics: readonly { readonly id: string; readonly label: string }[];
}

const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { zh: 'Simplified Chinese (简体中文)', en: 'English' };

/** More organs than this are cut to those sharing two characters with the question, to keep the prompt small. */
export const MAX_ORGANS_IN_PROMPT = 200;

/**
 * The messages asking the model to reword a template reply in placeholders: it sees the skeleton and what each
 * placeholder stands for, and writes placeholders where the facts go; nianbao fills them after the guard.
 */
export function buildPhrasingMessages(question: string, skeleton: Skeleton): ChatMessage[] {
  const leads = VALUE_LEAD_WORDS[skeleton.lang].join(skeleton.lang === 'zh' ? '、' : ', ');
  const system = [
    'You reword one reply of nianbao, a bot answering questions about Chinese government information-disclosure annual reports (政府信息公开工作年度报告).',
    "You get the user's question and the template reply written with placeholders such as {{v1}}, {{org1}}, {{year1}}, {{metric1}}, {{src1}}, {{note1}}. nianbao replaces each placeholder with its exact text afterwards.",
    'Write one short, natural reply to the question with the same placeholders. Rules:',
    `- Write in ${LANGUAGE_NAMES[skeleton.lang]}, the language of the question.`,
    '- Use every placeholder of the template at least once, written exactly like {{v1}}, and no other placeholder.',
    '- Never write a number yourself in any form: no digits, no Chinese numerals (not even inside words such as 一致, 进一步, 统一, 万一), no Roman numerals, no number words. Every number comes from a placeholder.',
    '- Write organs, years, metric names and sources only as their placeholders, and keep each {{v}} placeholder in the same sentence as, and after, its own organ, year and metric placeholders.',
    `- Right before a {{v}} placeholder write nothing, its metric placeholder, or only these words: ${leads}. Right after it, end the clause (a comma, a full stop) or write the placeholder that follows it in the template.`,
    '- Keep organs and years in the order of the template: in 龙岗区 比 南山区, the first stays first.',
    '- Do not add words that qualify, compare, rank or judge a quantity (about, over, most, more, half, large, doubled, increase, 约, 超过, 最, 多, 大, 半数, 翻番, 增加, 排名), no negation, and never confirm or correct a number the user wrote.',
    '- Give no causes or reasons (because, 因为, 由于), no spans of time (since, so far, 以来, 至今, 累计), no doubt (probably, 可能, 估计) and no titles or sources of your own (no 《》).',
    '- Keep every {{note}} placeholder: each states numbers of its own.',
    '- Reply with the text only: no links, markdown, code, commands, list numbering, headings or preamble.',
  ].join('\n');
  const user = [
    `Question: ${question}`,
    `Template reply with placeholders:\n${writeSkeleton(skeleton)}`,
    `What nianbao writes for each placeholder (to understand them; never copy these texts):\n${describeSlots(skeleton)}`,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

function describeSlots(skeleton: Skeleton): string {
  return [...skeleton.slots.values()].map((slot) => `${placeholder(slot.id)} = ${slot.text.trim()}`).join('\n');
}

/** The messages asking the model to turn a question the rules did not understand into the engine's query. */
export function buildQueryMessages(question: string, context: QueryContext): ChatMessage[] {
  const system = [
    "You translate a question about Chinese government information-disclosure annual reports (政府信息公开工作年度报告) into a query for nianbao's engine, which looks the numbers up itself.",
    'Answer with one JSON object that matches this JSON Schema, and nothing else:',
    JSON.stringify(context.jsonSchema, shortenLongEnums),
    'Use only organ names, regions, years and metric ids from the lists below, spelled exactly as listed. Never put a number from the reports into the query: the engine finds them.',
    'Put in the query only the organs, regions, years and figures the question names, and every one it names: no organ, year or figure of your own choosing (a query naming one the question does not is refused).',
    'If the question is not about these reports, or cannot be expressed with this schema, answer {"query": null}.',
  ].join('\n');
  const user = [
    `Organs in the store:\n${selectOrgans(question, context.organs).join('\n')}`,
    `Regions in the store: ${context.regions.join(', ')}`,
    `Years in the store: ${context.years.join(', ')}`,
    `Metrics (id: label):\n${context.metrics.map((metric) => `${metric.id}: ${metric.label}`).join('\n')}`,
    `Question: ${question}`,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

/** Enums this long (the metric ids) are listed once, with labels, in the user message instead. */
const MAX_ENUM_IN_PROMPT = 20;

function shortenLongEnums(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('enum' in value)) return value;
  const { enum: members, ...rest } = value as { enum: unknown };
  if (!Array.isArray(members) || members.length <= MAX_ENUM_IN_PROMPT) return value;
  return { ...rest, description: 'one of the metric ids listed under Metrics' };
}

/** All organs when few; otherwise those sharing most two-character pieces with the question (龙岗, 南山). */
function selectOrgans(question: string, organs: readonly string[]): readonly string[] {
  if (organs.length <= MAX_ORGANS_IN_PROMPT) return organs;
  const chars = [...question];
  const pieces = [...new Set(chars.slice(0, -1).map((char, at) => `${char}${chars[at + 1] ?? ''}`))];
  return organs
    .map((organ) => ({ organ, shared: pieces.filter((piece) => organ.includes(piece)).length }))
    .filter((entry) => entry.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, MAX_ORGANS_IN_PROMPT)
    .map((entry) => entry.organ);
}
