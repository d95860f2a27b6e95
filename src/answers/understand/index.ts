// Understanding: a question (and the conversation's previous query) in, a structured query out.
export { type Understanding, understand } from './understand.js';
