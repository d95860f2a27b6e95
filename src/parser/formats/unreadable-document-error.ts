/** A document that a reader cannot turn into text; extractText wraps it in a ParseError naming the file. */
export class UnreadableDocumentError extends Error {
  override readonly name = 'UnreadableDocumentError';
}

/** A document past one of the parse limits (pages, bytes unzipped): its message names the limit. */
export class LimitError extends UnreadableDocumentError {}
