// Which group messages are questions for the bot: the rule is data (prefixes), the check is one function.

/** Separators people type after a prefix: `年报：…`, `年报, …`, `年报 …`. */
const AFTER_PREFIX = /^[\s:：,，、]+/;

/**
 * Returns the question in a group message, or undefined when the message is not for the bot. A message is
 * for the bot when it @mentions the bot (`textWithoutMention` is its text with the mention removed) or
 * starts with one of `prefixes`. `findRoomQuestion("年报：南山区呢？", false, ["年报"]) === "南山区呢？"`.
 */
export function findRoomQuestion(
  textWithoutMention: string,
  isMentioned: boolean,
  prefixes: readonly string[],
): string | undefined {
  const text = textWithoutMention.trim();
  const prefix = prefixes.find((candidate) => text.startsWith(candidate));
  const question = prefix === undefined ? text : text.slice(prefix.length).replace(AFTER_PREFIX, '');
  if (!isMentioned && prefix === undefined) return undefined;
  return question.trim();
}
