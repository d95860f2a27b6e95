// Lookup: a structured query run over the store's reports, every number with its source.
export { type ExecuteOptions, executeQuery } from './execute-query.js';
export { type FigureSource, figuresOfStore } from './figure-source.js';
export { type FigureQuestion, lookupCandidates } from './lookup-candidates.js';
export { wholeOf } from './lookup-change.js';
export { makeFact } from './make-fact.js';
