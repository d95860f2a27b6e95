// Replies: a lookup result in words, in the language asked.
export { type Citation, citationOf, citationsOf, citeReports, reportTitle } from './cite-reports.js';
export { factsOf, phrase, type ReplyContext, sourceFooter, statusOf } from './phrase.js';
// For the reply guard (../llm): how a value, a source and a label are written, to find them in a template reply.
export { PHRASE_BOOKS, type PhraseBook } from './phrase-book.js';
export { toTraditionalText } from './to-traditional.js';
