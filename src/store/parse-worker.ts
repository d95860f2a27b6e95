// Body of a parse worker thread: parses each file it is sent and posts back the report or the failure.
import { parentPort } from 'node:worker_threads';
import { type ErrorCode, NianbaoError, ParseError } from '../errors.js';
import { type ParseLimits, parseFile, type Report } from '../parser/index.js';

/** A file for a worker to parse; `job` pairs the reply with its request. */
export interface ParseRequest {
  readonly job: number;
  readonly file: string;
  readonly limits?: ParseLimits;
}

/** A NianbaoError as plain data, since class instances do not survive the trip between threads. */
export interface ParseFailure {
  readonly code: ErrorCode;
  readonly message: string;
  readonly file?: string;
  readonly reason?: string;
}

export type ParseReply =
  | { readonly job: number; readonly report: Report }
  | { readonly job: number; readonly failure: ParseFailure }
  | { readonly job: number; readonly crash: string };

parentPort?.on('message', async ({ job, file, limits }: ParseRequest) => {
  parentPort?.postMessage(await parseInWorker(job, file, limits));
});

async function parseInWorker(job: number, file: string, limits: ParseLimits | undefined): Promise<ParseReply> {
  try {
    return { job, report: await parseFile(file, limits) };
  } catch (error) {
    if (error instanceof ParseError)
      return { job, failure: { code: error.code, message: error.message, file: error.file, reason: error.reason } };
    if (error instanceof NianbaoError) return { job, failure: { code: error.code, message: error.message } };
    return { job, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
