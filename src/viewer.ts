import { createHash, randomBytes } from 'node:crypto';
import { prisma } from './db/client.ts';
import { userError } from './errors.ts';

// Who is asking: anonymous, or the holder of an API key with scopes. Built once per request from
// the Authorization header; every authorization and visibility decision reads it.

export const SCOPES = ['preview', 'write', 'publish', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export type Viewer = { kind: 'anonymous' } | { kind: 'key'; keyId: number; name: string; scopes: ReadonlySet<Scope> };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export const hasScope = (viewer: Viewer, scope: Scope): boolean => viewer.kind === 'key' && viewer.scopes.has(scope);

/** The name revisions and events record for a writer. */
export const actorName = (viewer: Viewer): string => (viewer.kind === 'key' ? viewer.name : 'anonymous');

export const KEY_PREFIX = 'cgk_';

/** A new key: the prefix and 32 random bytes, base64url. Shown once; only its hash is kept. */
export function generateKey(): string {
  return `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** The viewer of a request: anonymous without Authorization; a bad or revoked key is refused. */
export async function viewerFromRequest(request: Request): Promise<Viewer> {
  const header = request.headers.get('authorization');
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match?.[1].startsWith(KEY_PREFIX) || match[1].length > 100) {
    throw userError('UNAUTHENTICATED', 'The Authorization header must be `Bearer cgk_...` with an API key.', { http: { status: 401 } });
  }
  const key = await prisma().apiKey.findUnique({ where: { hash: hashKey(match[1]) } });
  if (!key || key.revokedAt) {
    throw userError('UNAUTHENTICATED', 'The API key is unknown or revoked.', { http: { status: 401 } });
  }
  const scopes = new Set(key.scopes.filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)));
  return { kind: 'key', keyId: key.id, name: key.name, scopes };
}
