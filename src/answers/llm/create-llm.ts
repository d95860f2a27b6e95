// The one place that talks to a model: an OpenAI-compatible chat completions endpoint, through the openai SDK.
import type OpenAI from 'openai';

type Sdk = typeof import('openai');

/** The SDK, loaded by the first call to a model: a bot without one never loads it (about 15 MB resident). */
let sdk: Sdk | undefined;
const loadSdk = async (): Promise<Sdk> => {
  sdk ??= await import('openai');
  return sdk;
};

import type { ChatMessage } from './prompts.js';
import { createReplyCache, type ReplyCache } from './reply-cache.js';

/** How to reach the model; `config.llm` from src/config.ts has this shape (null when OPENAI_API_KEY is unset). */
export interface LlmSettings {
  readonly apiKey: string;
  /** OPENAI_BASE_URL: any OpenAI-compatible service (DeepSeek, Qwen, vLLM, Ollama); unset means OpenAI. */
  readonly baseUrl?: string | undefined;
  readonly model: string;
  readonly timeoutMs: number;
}

export interface LlmOptions {
  /** Where fallbacks and their reasons go; stderr by default. Never given the API key. */
  readonly log?: (line: string) => void;
  readonly cacheSize?: number;
}

/** Where requests go when OPENAI_BASE_URL is unset. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** A JSON Schema the reply must follow (structured output). */
export interface JsonSchemaFormat {
  readonly name: string;
  readonly schema: Readonly<Record<string, unknown>>;
}

/** A model nianbao may ask, with the cache and log its callers share. */
export interface LlmClient {
  readonly model: string;
  /** The text of one chat completion. Throws on timeout, an error status, or an empty reply. */
  complete(messages: readonly ChatMessage[], format?: JsonSchemaFormat): Promise<string>;
  readonly replies: ReplyCache;
  readonly log: (line: string) => void;
}

/**
 * Builds the model client, or returns null without settings, so that nothing reaches for the network
 * without a key: `createLlm(loadConfig(env).llm)`.
 */
export function createLlm(settings: LlmSettings | null | undefined, options: LlmOptions = {}): LlmClient | null {
  if (settings === null || settings === undefined) return null;
  const configured = settings;
  let client: Promise<OpenAI> | undefined;
  const model = settings.model;
  let acceptsJsonSchema = true;

  async function complete(messages: readonly ChatMessage[], format?: JsonSchemaFormat): Promise<string> {
    const { BadRequestError } = await loadSdk();
    client ??= loadSdk().then((loaded) => newOpenAiClient(loaded, configured));
    const openai = await client;
    // No temperature: reasoning models (o-series, gpt-5) refuse any but the default; the guard keeps numbers exact.
    const request = { model, messages: [...messages] };
    if (format === undefined) return readContent(await openai.chat.completions.create(request));
    if (acceptsJsonSchema) {
      try {
        const responseFormat = {
          type: 'json_schema',
          json_schema: { name: format.name, schema: format.schema, strict: false },
        } as const;
        return readContent(await openai.chat.completions.create({ ...request, response_format: responseFormat }));
      } catch (error) {
        // Several compatible services (DeepSeek, older vLLM) only know json_object: ask that way from now on.
        if (!(error instanceof BadRequestError)) throw error;
        acceptsJsonSchema = false;
      }
    }
    return readContent(await openai.chat.completions.create({ ...request, response_format: { type: 'json_object' } }));
  }

  return {
    model,
    complete,
    replies: createReplyCache(options.cacheSize),
    log: options.log ?? ((line) => process.stderr.write(`${line}\n`)),
  };
}

/** The SDK client, every option explicit. */
function newOpenAiClient(loaded: Sdk, settings: LlmSettings): OpenAI {
  return new loaded.default({
    apiKey: settings.apiKey,
    // Everything explicit: the SDK would otherwise read OPENAI_BASE_URL, OPENAI_ORG_ID… from process.env itself.
    baseURL: settings.baseUrl ?? OPENAI_BASE_URL,
    organization: null,
    project: null,
    adminAPIKey: null,
    webhookSecret: null,
    logLevel: 'warn',
    timeout: settings.timeoutMs,
    // Retries would multiply the wait past OPENAI_TIMEOUT_MS; a failed call falls back to the template instead.
    maxRetries: 0,
  });
}

function readContent(completion: OpenAI.Chat.Completions.ChatCompletion): string {
  const content = completion.choices[0]?.message.content ?? '';
  if (content.trim() === '') throw new Error('the model returned no text');
  return content;
}

/** A short reason for a log line: "timeout", "HTTP 503 …", "connection failed …". */
export function describeLlmError(error: unknown): string {
  // The SDK's errors exist only once it is loaded.
  if (sdk !== undefined) {
    if (error instanceof sdk.APIConnectionTimeoutError) return 'timeout';
    if (error instanceof sdk.APIConnectionError) return `connection failed (${error.message})`;
    if (error instanceof sdk.APIError) return `HTTP ${error.status ?? '?'} (${error.message})`;
  }
  return error instanceof Error ? error.message : String(error);
}
