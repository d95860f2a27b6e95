import WordExtractor from 'word-extractor';
import { formatTableRow } from './table-rows.js';
import { UnreadableDocumentError } from './unreadable-document-error.js';

/** What a value cell holds: a count, an amount, a change (减19), or a printed zero (/, —, 无). */
const VALUE_CELL = /^([增减+-]?\s*[\d,，]+(\.\d+)?\s*(万元|元|%)?|\/|[-—–]|无)$/;

/**
 * Reads an old Word (.doc) file through word-extractor. Its text marks every cell end and row end
 * alike with a tab, so rows are rebuilt by their shape: a row ends after its run of value cells.
 * Merged cells cannot be recovered; for exact tables, save the file as .docx.
 */
export async function readDoc(bytes: Uint8Array): Promise<string> {
  let body: string;
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    body = document.getBody();
  } catch (error) {
    throw new UnreadableDocumentError(
      `cannot read this old Word (.doc) file (${(error as Error).message}); open it in Word or LibreOffice, save it as .docx and parse that`,
      { cause: error },
    );
  }
  return body.split('\n').flatMap(readLine).filter(Boolean).join('\n');
}

/** Every cell ends with a tab, so text after a line's last tab is the paragraph that follows the table. */
function readLine(line: string): string[] {
  const lastTab = line.lastIndexOf('\t');
  if (lastTab < 0) return [line.trim()];
  return [...splitTableRows(line.slice(0, lastTab).split('\t')), line.slice(lastTab + 1).trim()];
}

/**
 * Splits one run of tab-ended cells into rows: a label after value cells starts the next row, and so
 * does a label after a blank that follows a label (the blank being a row end).
 */
function splitTableRows(cells: readonly string[]): string[] {
  const rows: string[][] = [];
  let current: string[] = [];
  let heldBlanks = 0;
  let previous: 'start' | 'label' | 'value' = 'start';
  for (const cell of cells.map((text) => text.trim())) {
    if (cell === '') {
      // A blank may be a row end or a merged cell's empty slot: keep it only if the row goes on.
      if (previous === 'start') current.push('');
      else heldBlanks += 1;
      continue;
    }
    const isValue = VALUE_CELL.test(cell);
    const endsRow = isValue
      ? previous === 'label' && heldBlanks > 0 && current.filter(Boolean).length > 2 // values under a header row
      : previous === 'value' || (previous === 'label' && heldBlanks > 0);
    if (endsRow) {
      rows.push(current);
      current = [];
    } else current.push(...Array.from({ length: heldBlanks }, () => ''));
    heldBlanks = 0;
    current.push(cell);
    previous = isValue ? 'value' : 'label';
  }
  rows.push(current);
  // A row's trailing blank is its row-end mark, not a cell.
  return rows
    .map(dropTrailingBlanks)
    .filter((row) => row.length > 0)
    .map(formatTableRow);
}

function dropTrailingBlanks(row: readonly string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === '') end -= 1;
  return row.slice(0, end);
}
