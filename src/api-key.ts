// Who holds an API key. The one place that decides it, until the viewer of the editorial write
// path replaces it: key holders bypass the persisted-operation allow-list, are never served from
// or written to a shared cache, and are rate limited by key instead of by address.

/** The API key a request carries in `Authorization: Bearer <key>`, or null for an anonymous reader. */
export function apiKeyOf(request: Request): string | null {
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{8,200})$/.exec(request.headers.get('authorization') ?? '');
  return match ? match[1] : null;
}
