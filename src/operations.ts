import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

// The canonical operations (operations/*.graphql), keyed by the sha256 of their text: what the
// allow-list accepts, what APQ knows without registration, and what `npm run operations:manifest`
// writes for clients' build tools.

export const operationsDir = new URL('../operations/', import.meta.url);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface CanonicalOperation {
  file: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  hash: string;
  body: string;
}

export function canonicalOperations(): CanonicalOperation[] {
  return readdirSync(operationsDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const body = readFileSync(new URL(file, operationsDir), 'utf8');
      const [, type, name] = /^\s*(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m.exec(body) ?? [];
      if (!name) throw new Error(`operations/${file} has no named operation`);
      return { file, name, type: type as CanonicalOperation['type'], hash: sha256(body), body };
    });
}

/** Relay's persisted-query map: sha256 -> document. */
export const relayManifest = (ops = canonicalOperations()) => Object.fromEntries(ops.map((o) => [o.hash, o.body]));

/** Apollo's persisted query list (apollo-persisted-query-manifest, version 1). */
export const apolloManifest = (ops = canonicalOperations()) => ({
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: ops.map((o) => ({ id: o.hash, name: o.name, type: o.type, body: o.body })),
});
