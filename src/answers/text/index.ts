// Questions and names as tokens: normalizing a question, tokenizing it, and finding known phrases in it.
export { soundsAlike, tokenizeEnglish, typedAlike } from '../../organ-names/index.js';
export { type NormalizedQuestion, normalizeQuestion, tokenize, toTraditional } from './normalize-question.js';
export {
  buildDictionary,
  findPhrases,
  type PhraseDictionary,
  type PhraseMatch,
  pickLongest,
} from './phrase-dictionary.js';
