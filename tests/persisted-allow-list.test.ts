import { describe, expect, it } from 'vitest';

process.env.PERSISTED_OPERATIONS = 'allow-list';
const { useDemoContent } = await import('./helpers/db.ts');
const { yoga } = await import('../src/yoga.ts');
const { createKey } = await import('../src/keys/keys.ts');
const { relayManifest } = await import('../src/operations.ts');

useDemoContent();

const post = (body: object, headers: Record<string, string> = {}) =>
  yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('persisted operations: allow-list', () => {
  it('anonymous clients run registered operations by Apollo hash or Relay documentId', async () => {
    const [hash] = Object.keys(relayManifest());
    const apollo = await (await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).json();
    expect(apollo.errors).toBeUndefined();
    const relay = await (await post({ documentId: hash })).json();
    expect(relay.data).toEqual(apollo.data);
  });

  it('anonymous clients may not run any other document, nor an unknown hash', async () => {
    const other = await post({ query: '{ tags(first: 1) { edges { cursor } } }' });
    expect(other.status).toBe(400);
    expect((await other.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
    const unknown = await (await post({ documentId: 'f'.repeat(64) })).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('key holders may run anything', async () => {
    const res = await (
      await post(
        { query: '{ tags(first: 2) { edges { node { slug } } } }' },
        { authorization: `Bearer ${(await createKey('allow-list-desk', ['preview'])).key}` },
      )
    ).json();
    expect(res.errors).toBeUndefined();
    expect(res.data.tags.edges).toHaveLength(2);
  });
});
