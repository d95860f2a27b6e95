// Kept apart from the pg client so that lowdb users do not load it.

/** True for a `postgres://` or `postgresql://` URL, i.e. a location openStore hands to the Postgres backend. */
export function isDatabaseUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The URL with its password replaced, for messages: secrets are never printed. */
export function redactUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
