// A local stand-in for an OpenAI-compatible service: POST /v1/chat/completions on 127.0.0.1, replies set per test.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLlm, type LlmClient } from '../../../src/answers/llm/create-llm.js';

/** The parts of a chat completions request the tests look at. */
export interface ChatRequest {
  readonly model: string;
  readonly messages: readonly { readonly role: string; readonly content: string }[];
  readonly response_format?: {
    readonly type: string;
    readonly json_schema?: { readonly name: string; readonly schema: unknown };
  };
}

/** What the stand-in answers: a completion's text, an error status, or either after a delay. */
export type StandInReply =
  | { readonly content: string; readonly delayMs?: number }
  | { readonly status: number; readonly message: string; readonly delayMs?: number };

export interface StandIn {
  /** The SDK's baseURL: http://127.0.0.1:<port>/v1 */
  readonly baseUrl: string;
  readonly requests: ChatRequest[];
  /** Sets how the next requests are answered. */
  reply(answer: (request: ChatRequest) => StandInReply): void;
  close(): Promise<void>;
}

/** A real client (the openai SDK) pointed at the stand-in, logging its fallbacks into `log`. */
export function createStandInLlm(standIn: StandIn, log: (line: string) => void, timeoutMs = 2000): LlmClient {
  const llm = createLlm({ apiKey: 'test-key', baseUrl: standIn.baseUrl, model: 'stand-in-model', timeoutMs }, { log });
  if (!llm) throw new Error('createLlm returned no client for a configured stand-in');
  return llm;
}

/** Starts the stand-in on a free port; close() it after the test. */
export async function startStandIn(): Promise<StandIn> {
  const requests: ChatRequest[] = [];
  let answer: (request: ChatRequest) => StandInReply = () => ({ status: 500, message: 'no reply set' });
  const server = createServer((incoming, outgoing) => {
    void handle(incoming, outgoing);
  });

  async function handle(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of incoming) body += String(chunk);
    if (incoming.method !== 'POST' || incoming.url !== '/v1/chat/completions') {
      send(outgoing, 404, { error: { message: `no route ${incoming.method} ${incoming.url}` } });
      return;
    }
    const request = JSON.parse(body) as ChatRequest;
    requests.push(request);
    const reply = answer(request);
    if (reply.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (outgoing.destroyed) return;
    if ('status' in reply) send(outgoing, reply.status, { error: { message: reply.message, type: 'stand_in_error' } });
    else send(outgoing, 200, completion(request.model, reply.content));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    reply(next) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function send(outgoing: ServerResponse, status: number, body: unknown): void {
  outgoing.writeHead(status, { 'content-type': 'application/json' });
  outgoing.end(JSON.stringify(body));
}

function completion(model: string, content: string): unknown {
  return {
    id: 'chatcmpl-stand-in',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}
