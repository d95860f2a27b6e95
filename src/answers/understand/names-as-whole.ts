// Where a question writes a figure as the whole of a share: right after 占 (with the few words each reading allows
// between), or before a word saying "within" (不予公开里 / 不予公开中). One check for both readers of a whole: the
// group a sub-row's share is of (askWhichWhole) and the whole a follow-up's share is of (shareOfPrevious).

/** The words allowed between 占 and the whole, and the words after the whole that make it one. */
export interface WholeForm {
  readonly between: readonly string[];
  readonly within: readonly string[];
}

/** 占不予公开 / 占了不予公开 / 不予公开里 / 不予公开当中: the group a sub-row's share is of. */
export const GROUP_WHOLE: WholeForm = {
  between: ['', '了'],
  within: ['里', '中', '当中', '之中', '里面', '里头', '的里面', '的里头', '的当中'],
};

/** 占不予公开 / 占各自办结总数 / 占其收到申请 / 占两家不予公开总数: the whole of the figure just stated. */
export const PREVIOUS_WHOLE: WholeForm = {
  between: [
    '',
    '的',
    ...['各自', '自己', '其', '本单位', '两家', '两者', '二者', '这两家'].flatMap((word) => [word, `${word}的`]),
  ],
  within: [],
};

/** Whether `text` writes `word` as a whole in `form`. `namesAsWhole('占了不予公开的多少', '不予公开', GROUP_WHOLE)`. */
export function namesAsWhole(text: string, word: string, form: WholeForm): boolean {
  return (
    form.between.some((between) => text.includes(`占${between}${word}`)) ||
    form.within.some((within) => text.includes(`${word}${within}`))
  );
}
