// The shapes the row readers share: a row to look for, and the cells read for it.
import type { Token } from './tokenize.js';

/** A row to look for: its vocabulary and how many cells it has. */
export interface RowSpec {
  readonly key: string;
  /** The official label without its numbering, as printed in the national template. */
  readonly label: string;
  /** Compact substrings, any of which identifies the row even when other characters are lost. */
  readonly keys: readonly string[];
  readonly width: number;
  /** Its label may head the rows after it without cells of its own: （六）其他处理 above its three sub-rows. */
  readonly headsNext?: boolean;
}

/** The cells read for one row, and the label text that named it (headers included, for units). */
export interface ReadRow {
  readonly cells: readonly Token[];
  readonly labelText: string;
}
