// The parser's only door: report text or file in, canonical Report out.

// Web pages fetched elsewhere (src/fetch) are decoded as the parser decodes them.
export { decodeHtml } from './formats/index.js';
// Question text gets the same clean-up as report text (Traditional → Simplified, full-width digits).
export { normalizeText } from './normalize.js';
// Numerals in words, read alike in reports, questions and a model's replies.
export * from './numerals.js';
export { type DocumentSource, parseDocument, parseFile } from './parse-file.js';
export { DEFAULT_PARSE_LIMITS, type ParseLimits } from './parse-limits.js';
export { parseReport } from './parse-report.js';
// The answers tell a misspelt place (沐阳县) from a real one next to a held one (龙华区 beside 龙岗区).
export { isPlaceName, placeNames, placesOneCharFrom, provincesOf } from './places.js';
// How well a report was read, from its JSON alone.
export { type ReadSummary, summarizeReading } from './read-summary.js';
export * from './report.js';
export * from './tables/index.js';
