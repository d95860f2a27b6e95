// wechaty-puppet-service finds its server by the token, through a directory (api.chatie.io). Its own lookup
// crashes the process when the directory cannot be reached (`this.listener.onError is not a function`), so we
// look the server up first: an unreachable directory is then one clear start failure, retried later.

export interface ServiceLookup {
  readonly token: string;
  /** The directory's host[:port] (WECHATY_PUPPET_SERVICE_AUTHORITY). */
  readonly authority: string;
  readonly fetch?: typeof fetch;
  /** The directory's base URL instead of https://<authority> (tests serve it over plain HTTP). */
  readonly directoryUrl?: string;
  readonly timeoutMs?: number;
}

/** The `host:port` of the puppet server for the token. Throws a message naming the directory, never the token. */
export async function findServiceEndpoint(lookup: ServiceLookup): Promise<string> {
  const base = lookup.directoryUrl ?? `https://${lookup.authority}`;
  let response: Response;
  try {
    response = await (lookup.fetch ?? fetch)(`${base}/v0/hosties/${encodeURIComponent(lookup.token)}`, {
      signal: AbortSignal.timeout(lookup.timeoutMs ?? 10_000),
    });
  } catch (error) {
    const reason =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new Error(`the puppet service directory ${base} cannot be reached (${reason})`);
  }
  if (response.status >= 400 && response.status < 500) {
    throw new Error(
      `the puppet service directory ${base} does not know WECHATY_PUPPET_TOKEN (HTTP ${response.status})`,
    );
  }
  const address = (await response.json().catch(() => ({}))) as { host?: unknown; port?: unknown };
  if (!response.ok || typeof address.host !== 'string' || typeof address.port !== 'number') {
    throw new Error(`the puppet service directory ${base} gave no server address (HTTP ${response.status})`);
  }
  return `${address.host}:${address.port}`;
}
