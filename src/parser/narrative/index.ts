// Text against table: the prose's key figures compared with the tables (rule narrative.mismatch).
export { compareNarrative, type NarrativeComparison, type NarrativeTables } from './compare-narrative.js';
export { type LineSpan, narrativeSentences } from './narrative-sentences.js';
