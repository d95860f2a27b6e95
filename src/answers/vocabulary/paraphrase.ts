// Everyday paraphrases of a table label, written as slots rather than as a list of sentences: 逾期没交费 / 没交钱 /
// 未缴纳费用 are one pattern (逾期? + 没|未|不 + 交|缴|缴纳 + 费|钱|费用), each slot the words people use for that part of
// the printed label. Every phrase a pattern gives names the one row it belongs to, so a pattern must keep the
// part of the label that tells its row from the others (the negation of 未缴费, the 后 of 复议后起诉).

/**
 * Every phrase made of one choice per slot, in order; '' in a slot makes it optional.
 * `paraphrases(['', '逾期'], ['没', '未'], ['交费'])` → 没交费, 未交费, 逾期没交费, 逾期未交费.
 */
export function paraphrases(...slots: readonly (readonly string[])[]): string[] {
  const phrases = slots.reduce<string[]>(
    (heads, slot) => heads.flatMap((head) => slot.map((word) => `${head}${word}`)),
    [''],
  );
  return [...new Set(phrases.filter((phrase) => phrase !== ''))];
}
