// What the model is told. Facts go in as JSON so that their numbers reach it exactly as the engine holds them.
import type { Answer, Fact, Lang } from '../types.js';

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

/** The messages asking the model to reword a template reply without touching its numbers. */
export function buildPhrasingMessages(
  question: string,
  answer: Pick<Answer, 'answer' | 'facts' | 'lang'>,
): ChatMessage[] {
  const system = [
    'You reword one reply of nianbao, a bot answering questions about Chinese government information-disclosure annual reports (政府信息公开工作年度报告).',
    "You get the user's question, the facts (exact numbers read from the reports) and the template reply. Write one short, natural reply to the question.",
    'Rules:',
    `- Write in ${LANGUAGE_NAMES[answer.lang]}, the language of the question.`,
    "- State every fact's value, in Arabic digits, exactly as given. Do not round or convert units.",
    '- Do not write any other number: no new numbers, no totals, sums, differences, averages, percentages or estimates that the template does not state.',
    "- Keep each organ's name, the year, and the source (table, row, column, file) as the template gives them.",
    '- Reply with the text only: no list numbering, no headings, no preamble.',
  ].join('\n');
  const user = [
    `Question: ${question}`,
    `Facts (JSON, one per line):\n${answer.facts.map(formatFactForPrompt).join('\n')}`,
    `Template reply:\n${answer.answer}`,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}

function formatFactForPrompt(fact: Fact): string {
  const { org, year, label, value, unit, source } = fact;
  return JSON.stringify({
    org,
    year,
    label,
    value,
    unit,
    source: `表${source.table} “${source.row}” ${source.column}, ${source.file}`,
  });
}

/** The messages asking the model to turn a question the rules did not understand into the engine's query. */
export function buildQueryMessages(question: string, context: QueryContext): ChatMessage[] {
  const system = [
    "You translate a question about Chinese government information-disclosure annual reports (政府信息公开工作年度报告) into a query for nianbao's engine, which looks the numbers up itself.",
    'Answer with one JSON object that matches this JSON Schema, and nothing else:',
    JSON.stringify(context.jsonSchema, shortenLongEnums),
    'Use only organ names, regions, years and metric ids from the lists below, spelled exactly as listed. Never put a number from the reports into the query: the engine finds them.',
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
