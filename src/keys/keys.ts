import { prisma } from '../db/client.ts';
import { generateKey, hashKey, SCOPES, type Scope } from '../viewer.ts';

// API keys are opaque (`cgk_` + 32 random bytes); the database keeps only their sha256, a short
// prefix for listings, a unique name and the scopes. Used by `npm run keys` and the admin API.

export class KeyError extends Error {}

export function parseScopes(list: readonly string[]): Scope[] {
  const bad = list.filter((s) => !(SCOPES as readonly string[]).includes(s));
  if (bad.length) throw new KeyError(`Unknown scope ${bad.join(', ')}: use ${SCOPES.join(', ')}.`);
  if (!list.length) throw new KeyError(`A key needs at least one scope: ${SCOPES.join(', ')}.`);
  return [...new Set(list)] as Scope[];
}

/** Creates a key and returns it in full: the only time it is ever shown. */
export async function createKey(name: string, scopes: readonly string[]): Promise<{ id: number; key: string }> {
  const trimmed = name.trim();
  if (!/^[\w.-]{1,64}$/.test(trimmed)) throw new KeyError('A key name is 1-64 letters, digits, dots, dashes or underscores.');
  const valid = parseScopes(scopes);
  if (await prisma().apiKey.findUnique({ where: { name: trimmed } })) throw new KeyError(`A key named "${trimmed}" exists already.`);
  const key = generateKey();
  const row = await prisma().apiKey.create({ data: { name: trimmed, prefix: key.slice(0, 10), hash: hashKey(key), scopes: valid } });
  return { id: row.id, key };
}

export function listKeys() {
  return prisma().apiKey.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, revokedAt: true },
  });
}

/** Revokes a key by name; requests that send it are refused from then on. */
export async function revokeKey(name: string): Promise<boolean> {
  const { count } = await prisma().apiKey.updateMany({ where: { name, revokedAt: null }, data: { revokedAt: new Date() } });
  return count > 0;
}
