// The one HTTP server of `serve`: Slack's events (HTTP mode) and the WeCom robot's callback share PORT.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpConfig } from '../config.js';
import type { Logger } from './logger.js';

/** Handles one request on a route; a thrown error becomes a 500 (and a log line), never a crash. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Serves every path starting with `prefix` (`/slack/`); returns a function that removes the route. */
  route(prefix: string, handler: RouteHandler): () => void;
  /** Listens on the configured port (once; a failed listen is tried again on the next call): the port bound. */
  listen(): Promise<number>;
  close(): Promise<void>;
}

/** Creates the server without listening yet, so that channels can add routes before the first request. */
export function createHttpServer(config: HttpConfig, logger: Logger): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const handler = [...routes].find(([prefix]) => path.startsWith(prefix))?.[1];
    if (!handler) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        logger.error(`HTTP ${request.method ?? ''} ${path}: handling failed`, error);
        if (!response.headersSent) response.writeHead(500).end();
        else response.end();
      });
  });
  let listening: Promise<number> | undefined;
  return {
    route(prefix, handler) {
      routes.set(prefix, handler);
      return () => routes.delete(prefix);
    },
    listen() {
      listening ??= new Promise<number>((resolve, reject) => {
        const fail = (error: Error): void => {
          listening = undefined;
          reject(error);
        };
        server.once('error', fail);
        server.listen(config.port, config.host, () => {
          server.off('error', fail);
          resolve((server.address() as AddressInfo).port);
        });
      });
      return listening;
    },
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Reads a request body up to `limit` bytes (WeCom and Slack send a few KB); larger bodies are refused. */
export async function readBody(request: IncomingMessage, limit = 1_000_000): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error(`request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
