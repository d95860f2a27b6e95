// Understanding: a question (and the conversation's previous query) in, a structured query out.

export { extractMentions } from './extract-mentions.js';
// For the reply guard (../llm): the same reading of organs and table words, applied to a model's own words.
export { readChat } from './read-chat.js';
export { TERM_DICTIONARIES, type Term } from './term-dictionary.js';
export { type Inherited, offeredQuery, type RelativeYears, type Understanding, understand } from './understand.js';
