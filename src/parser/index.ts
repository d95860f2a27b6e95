// The parser's only door: report text or file in, canonical Report out.
export * from './report.js';
export { parseReport } from './parse-report.js';
export { parseFile } from './parse-file.js';
// Question text gets the same clean-up as report text (Traditional → Simplified, full-width digits).
export { normalizeText } from './normalize.js';
