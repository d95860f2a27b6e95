// The report's prose as sentences: every line outside the tables, PDF line wraps joined, headings on their own.

/** Lines [first, last] a table covers, which are never prose. */
export interface LineSpan {
  readonly first: number;
  readonly last: number;
}

/** A heading on a line of its own (一、总体情况, （二）依申请公开情况): the end of a sentence without a 。. */
const HEADING_LINE = /^(?:#+\s*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^。；]{0,24}$/u;
const SENTENCE_END = /[。！？!?]/u;

/**
 * The sentences of the lines outside `tables`; a table, a heading or 。 ends a sentence. Blank lines do not: Word
 * exports double-space every line, and a sentence runs on across them.
 */
export function narrativeSentences(lines: readonly string[], tables: readonly LineSpan[]): string[] {
  const sentences: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current.trim() !== '') sentences.push(current.trim());
    current = '';
  };
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const inTable = tables.some((span) => index >= span.first && index <= span.last);
    if (line === '') return;
    if (inTable || HEADING_LINE.test(line)) {
      flush();
      return;
    }
    // A wrap between two digits or Latin letters keeps a space, so that numbers never run together.
    current += /[\dA-Za-z]$/u.test(current) && /^[\dA-Za-z]/u.test(line) ? ` ${line}` : line;
  });
  flush();
  return sentences.flatMap((text) => text.split(new RegExp(`(?<=${SENTENCE_END.source})`, 'u'))).filter(Boolean);
}
