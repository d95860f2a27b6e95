// The parser's only door: report text or file in, canonical Report out.

// Question text gets the same clean-up as report text (Traditional → Simplified, full-width digits).
export { normalizeText } from './normalize.js';
// Numerals in words, read alike in reports, questions and a model's replies.
export * from './numerals.js';
export { parseFile } from './parse-file.js';
export { parseReport } from './parse-report.js';
export * from './report.js';
export * from './tables/index.js';
