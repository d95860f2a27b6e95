import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/bot/split-message.js';

describe('splitMessage', () => {
  it.each([
    ['short', 10, ['short']],
    ['a\nb', 1, ['a', 'b']],
    ['第一行内容\n第二行内容\n第三行', 11, ['第一行内容\n第二行内容', '第三行']],
    ['一二三四五。六七八九十。', 8, ['一二三四五。', '六七八九十。']],
    ['abcdefghij', 4, ['abcd', 'efgh', 'ij']],
    ['  padded \n', 20, ['padded']],
    ['', 5, []],
  ])('splitMessage(%j, %i)', (text, maxLength, parts) => {
    expect(splitMessage(text, maxLength)).toEqual(parts);
  });

  it('never exceeds the limit and loses only the whitespace at the cuts', () => {
    const text = Array.from({ length: 40 }, (_, at) => `第${at}行：深圳市龙岗区人民政府 2022年 收到申请 552 件`).join(
      '\n',
    );
    const parts = splitMessage(text, 200);
    expect(parts.every((part) => part.length <= 200)).toBe(true);
    expect(parts.join('\n')).toBe(text);
  });
});
