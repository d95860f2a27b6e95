// Characters an OCR or a hurried reader takes for one another by their shape (形近字): the misprints a report's own
// organ name can carry, as the real 沭阳县 report's OCR printed 沐阳县. One group a line; a pair is one group.

/** Groups of characters that look alike; each character of a group may be printed for any other. */
export const LOOK_ALIKE_GROUPS: readonly string[] = [
  '沐沭',
  '木术',
  '己已巳',
  '未末',
  '士土',
  '日曰',
  '戊戌戍',
  '侯候',
  '拨拔',
  '汩汨',
  '崇祟',
  '徽微',
  '亳毫',
  '泾径',
  '睢雎',
  '栎砾',
  '鄞鄄',
  '邛邙',
  '盱旴',
  '眙贻',
];

const groupOf = new Map<string, string>(LOOK_ALIKE_GROUPS.flatMap((group) => [...group].map((char) => [char, group])));

/** Whether two different characters look alike (沐 / 沭). */
export const looksAlike = (printed: string, meant: string): boolean =>
  printed !== meant && groupOf.get(printed) !== undefined && groupOf.get(printed) === groupOf.get(meant);
