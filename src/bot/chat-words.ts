// Words that are not questions but bot commands: resets clear the asker's context, 订阅日报 subscribes a group.
// Data, one line per word, so adding one is a one-line diff. Chat (你好, 谢谢) is the engine's to answer
// (src/answers/vocabulary/chat.ts).

/** A message that is only one of these clears the asker's follow-up context. */
export const RESET_WORDS = [
  '重新开始',
  '重新開始',
  '重来',
  '重來',
  '清空上下文',
  // 清除记录: the conversation's record, which is what a reset clears.
  '清除上下文',
  '清除记录',
  '清空记录',
  '清除聊天记录',
  '清空聊天记录',
  '删除记录',
  '清除对话',
  '清空对话',
  'reset',
  'restart',
  'start over',
] as const;

/** True when `text` is one of `words`, ignoring case, spaces and trailing punctuation. `isOneOf("你好！", …)`. */
export function isOneOf(text: string, words: readonly string[]): boolean {
  const bare = text
    .trim()
    .toLowerCase()
    .replace(/[\s!！。.~～?？,，、]+$/u, '');
  return words.includes(bare);
}

/** In a group, a message that is only one of these subscribes the group to the daily digest. */
export const SUBSCRIBE_WORDS = ['订阅日报', '訂閱日報', '订阅', '訂閱', 'subscribe'] as const;

/** … and one of these ends the subscription. */
export const UNSUBSCRIBE_WORDS = [
  '取消订阅',
  '取消訂閱',
  '取消订阅日报',
  '取消訂閱日報',
  '退订',
  '退訂',
  'unsubscribe',
] as const;
