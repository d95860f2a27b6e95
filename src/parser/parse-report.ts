import { ParseError } from '../errors.js';
import type { Report, SourceRef } from './report.js';

/** Parses one report's text into the canonical JSON. Throws ParseError when the text is not such a report. */
export function parseReport(text: string, source: SourceRef): Report {
  // Placeholder until the table reader lands.
  throw new ParseError(source.file, `parser not implemented (${text.length} chars)`);
}
