// Body of a parse process (see parse-pool.ts): parses the files it is sent one at a time, in order, and posts
// back each report or failure. It runs apart so that a file that crashes V8, runs out of memory or never ends
// takes only this process down, and the pool names the file and starts another.
import { type ErrorCode, NianbaoError, ParseError } from '../errors.js';
import { type DocumentSource, type ParseLimits, parseDocument, parseFile, type Report } from '../parser/index.js';

/** A file (by path, or its bytes) for a parse process; `job` pairs the reply with its request. */
export type ParseRequest =
  | { readonly job: number; readonly file: string; readonly limits: ParseLimits }
  | { readonly job: number; readonly bytes: Uint8Array; readonly source: DocumentSource; readonly limits: ParseLimits };

/** A NianbaoError as plain data, since class instances do not survive the trip between processes. */
export interface ParseFailure {
  readonly code: ErrorCode;
  readonly message: string;
  readonly file?: string;
  readonly reason?: string;
}

export type ParseReply =
  | { readonly ready: true }
  | { readonly job: number; readonly report: Report }
  | { readonly job: number; readonly failure: ParseFailure };

let queue: Promise<void> = Promise.resolve();
let current: { readonly job: number; readonly file: string } | undefined;

process.on('message', (request: ParseRequest) => {
  queue = queue.then(async () => {
    const file = 'file' in request ? request.file : request.source.file;
    current = { job: request.job, file };
    const reply = await parseOne(request, file);
    current = undefined;
    await send(reply);
  });
});

// Anything left unhandled is a bug met while parsing the current file: that file fails, the process starts anew.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    // pdfjs's own stray rejections are caught by the PDF reader, which fails that PDF with its reason.
    if (event === 'unhandledRejection' && error instanceof Error && /[\\/]pdfjs-dist[\\/]/.test(error.stack ?? ''))
      return;
    const running = current;
    const exit = (): never => process.exit(70);
    if (running === undefined) exit();
    else void send({ job: running.job, failure: bugFailure(running.file, error) }).finally(exit);
  });
}

async function parseOne(request: ParseRequest, file: string): Promise<ParseReply> {
  try {
    const report =
      'file' in request
        ? await parseFile(request.file, request.limits)
        : await parseDocument(request.bytes, request.source, request.limits);
    return { job: request.job, report };
  } catch (error) {
    if (error instanceof ParseError)
      return {
        job: request.job,
        failure: { code: error.code, message: error.message, file: error.file, reason: error.reason },
      };
    if (error instanceof NianbaoError)
      return { job: request.job, failure: { code: error.code, message: error.message } };
    return { job: request.job, failure: bugFailure(file, error) };
  }
}

/** An exception no reader expected: named, so that the batch goes on and the file can be reported to us. */
function bugFailure(file: string, error: unknown): ParseFailure {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const reason = `解析出错: nianbao failed on this file (${what.slice(0, 300)}); please report it with the file`;
  return { code: 'parse', message: `${file}: ${reason}`, file, reason };
}

function send(reply: ParseReply): Promise<void> {
  return new Promise((resolve) => process.send?.(reply, undefined, {}, () => resolve()) ?? resolve());
}

void send({ ready: true });

// The pool is gone (its process killed): nothing to parse for.
process.on('disconnect', () => process.exit(0));
