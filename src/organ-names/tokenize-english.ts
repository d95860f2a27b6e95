// English text as words, the one tokenizer of English names and questions, so both sides of a lookup match.

/**
 * English words, lower case, a possessive 's and other apostrophes dropped, plurals folded: `Which agencies` →
 * ["which", "agency"], `the Reform Bureau's` → ["the", "reform", "bureau"] (dropping the apostrophe alone would leave
 * "bureaus", which no plural rule folds: "us" ends status and bonus).
 */
export function tokenizeEnglish(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(?<=[a-z])['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9\u4e00-\u9fff]+/)
    .filter((word) => word.length > 0)
    .map((word) => SHORT_FORMS[word] ?? word)
    .map(foldPlural);
}

/** Words people shorten in a question, and the word they stand for (admin reconsideration). */
const SHORT_FORMS: Readonly<Record<string, string>> = { admin: 'administrative' };

function foldPlural(word: string): string {
  // the carried-over ones: a pronoun, not the number one twice.
  if (word.length <= 3 || word === 'ones') return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // businesses → business, boxes → box, approaches → approach: "es" after a sibilant is the plural ending.
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}
