// pdfjs leaves some of its own promises unhandled when a PDF's structure is broken (a zero-filled cross-reference
// table: `XRefEntryException: Bad (uncompressed) XRef entry`), after the document has loaded. Node ends the
// process on an unhandled rejection, so one broken PDF took a whole ingest down. While a PDF is read, such
// rejections are caught and fail that PDF with a reason.
import { UnreadableDocumentError } from './unreadable-document-error.js';

/** Reads in progress, each with the first stray pdfjs rejection seen while it ran. */
const reading = new Set<{ stray?: Error }>();

function onUnhandledRejection(reason: unknown): void {
  if (!isFromPdfjs(reason)) {
    // Not ours to swallow: do what Node does without a listener (when no one else listens).
    if (process.listenerCount('unhandledRejection') === 1) throw reason;
    return;
  }
  for (const read of reading) read.stray ??= reason;
}

function isFromPdfjs(reason: unknown): reason is Error {
  return reason instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(reason.stack ?? '');
}

/**
 * Runs `read` (a pdfjs read of one PDF), failing it with an UnreadableDocumentError if pdfjs left a promise
 * rejected and unhandled meanwhile. Such rejections surface after the read's own promise settles, so the read
 * ends only after the next turn of the event loop.
 */
export async function catchStrayRejections<T>(read: () => Promise<T>): Promise<T> {
  const entry: { stray?: Error } = {};
  if (reading.size === 0) process.on('unhandledRejection', onUnhandledRejection);
  reading.add(entry);
  try {
    const result = await read().finally(() => new Promise((resolve) => setTimeout(resolve, 0)));
    if (entry.stray !== undefined) {
      throw new UnreadableDocumentError(
        `PDF 结构损坏: a corrupt PDF (pdfjs: ${entry.stray.name}: ${entry.stray.message}); download it again or re-export it`,
        { cause: entry.stray },
      );
    }
    return result;
  } finally {
    reading.delete(entry);
    if (reading.size === 0) process.off('unhandledRejection', onUnhandledRejection);
  }
}
