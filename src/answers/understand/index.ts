// Understanding: a question (and the conversation's previous query) in, a structured query out.

export { closestFigures } from './closest-figures.js';
export { extractMentions, namesTextOf } from './extract-mentions.js';
// For the reply guard (../llm): the same reading of organs and table words, applied to a model's own words.
export { readChat } from './read-chat.js';
// For the model's query (../llm): the figures a question's words name.
export { readMetrics } from './read-metrics.js';
// For the model's query (../llm): the operation, ranking, list, breakdown and level a question's words state.
export { operandsOf } from './read-operation.js';
export { readStatedShape, type StatedShape } from './read-stated-shape.js';
export { TERM_DICTIONARIES, type Term } from './term-dictionary.js';
export { type Inherited, offeredQuery, type RelativeYears, type Understanding, understand } from './understand.js';
