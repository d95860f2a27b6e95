// Replies: a lookup result in words, in the language asked.
export { factsOf, phrase, statusOf } from './phrase.js';
