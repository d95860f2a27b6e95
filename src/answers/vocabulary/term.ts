// The shape shared by every vocabulary entry: the words that name it and its label in each reply language.
import type { Lang } from '../types.js';

/** Words that name one thing, in Chinese and English, and its label in replies. */
export interface TermSpec {
  /** Chinese words (Simplified); the longest match in a question wins. */
  readonly zh: readonly string[];
  /** English words or phrases, lower case, singular (plurals are folded before matching). */
  readonly en: readonly string[];
  /** Generic words that count only when no other word of the same kind matched (申请 → new applications). */
  readonly weak?: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly label: Readonly<Record<Lang, string>>;
}
