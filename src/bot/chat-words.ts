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

/** Polite words people put around a command (请重新开始 / 咱们重来吧 / please reset): they do not change it. */
const POLITE_BEFORE = /^(?:请|麻烦|那就|那么|那|好的|好|我们|咱们|please|let'?s)[\s,，、]*/u;
const POLITE_AFTER = /[\s,，、]*(?:吧|啊|呀|哈|啦|一下|please)$/u;
const PUNCTUATION_AFTER = /[\s!！。.~～?？,，、]+$/u;

/**
 * True when `text` is one of `words`, ignoring case, spaces, trailing punctuation and the polite words around it:
 * `isOneOf("重新开始吧！", RESET_WORDS)`.
 */
export function isOneOf(text: string, words: readonly string[]): boolean {
  let bare = text.trim().toLowerCase().replace(PUNCTUATION_AFTER, '');
  // Twice: 那我们重新开始吧 has two words before, 重来一下吧 two after.
  for (let pass = 0; pass < 2 && !words.includes(bare); pass++) {
    bare = bare.replace(POLITE_BEFORE, '').replace(POLITE_AFTER, '').replace(PUNCTUATION_AFTER, '');
  }
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
