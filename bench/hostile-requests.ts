// The hostile share of npm run bench:hostile: what a careless or malicious client sends. Each is
// refused before any resolver runs (limits, persisted operations, input checks, the HTTP layer),
// so none costs SQL; each must come back as a 4xx or as a GraphQL error with a stable code.

export interface RawRequest {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const json = { 'content-type': 'application/json' };
const post = (name: string, payload: unknown, headers: Record<string, string> = json): RawRequest => ({
  name,
  method: 'POST',
  path: '/graphql',
  headers,
  body: typeof payload === 'string' ? payload : JSON.stringify(payload),
});

/** Nested `category { articles { edges { node ...` to `levels` repetitions: deep, but each list of 1. */
const deep = (levels: number) =>
  `{ articles(first: 1) { edges { node { ${'category { articles(first: 1) { edges { node { '.repeat(levels)}id${' } } } }'.repeat(levels)} } } } }`;

export function hostileRequests(slug: string): RawRequest[] {
  return [
    post('over the cost limit (100 articles × 50 related)', {
      query: '{ articles(first: 100) { edges { node { id related(first: 50) { edges { node { id title } } } } } } }',
    }),
    post('over the cost limit through a variable (first: $n)', {
      query: 'query ($n: Int) { articles(first: $n) { edges { node { id related(first: 50) { edges { node { id } } } } } } }',
      variables: { n: 100 },
    }),
    post('too deep (17 levels)', { query: deep(4) }),
    post('too many aliases (200)', {
      query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: articles(first: 100) { totalCount }`).join(' ')} }`,
    }),
    post('too many tokens (about 6,000)', { query: `{ articles(first: 1) { edges { node { ${'id '.repeat(6_000)}} } } }` }),
    post('too many directives (40)', { query: `{ __typename ${'@include(if: true) '.repeat(40)}}` }),
    post('NUL in a string argument', { query: 'query ($s: String!) { article(slug: $s) { id } }', variables: { s: `${slug}\u0000` } }),
    post('control characters in a search', {
      query: 'query ($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: 'rates\u0007\u001b[2J' },
    }),
    post('an oversized string (10,000 characters)', {
      query: 'query ($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: 'x'.repeat(10_000) },
    }),
    post('an id past int4', { query: 'query ($id: ID!) { node(id: $id) { id } }', variables: { id: b64('Article:99999999999') } }),
    post('an id of the wrong type', { query: 'query ($id: ID!) { article(id: $id) { id } }', variables: { id: b64('Person:1') } }),
    post('a cursor past int4', {
      query: 'query ($c: String) { articles(first: 5, after: $c) { edges { node { id } } } }',
      variables: { c: b64(JSON.stringify(['2026-01-01T00:00:00.000Z', 2 ** 31])) },
    }),
    post('a cursor that is not one', {
      query: 'query ($c: String) { articles(first: 5, after: $c) { edges { node { id } } } }',
      variables: { c: '%%%not-a-cursor%%%' },
    }),
    post('a date out of range (year 275760)', {
      query: 'query ($d: DateTime) { articles(filter: { publishedAfter: $d }) { totalCount } }',
      variables: { d: '+275760-01-01T00:00:00.000Z' },
    }),
    post('a date out of range (year 999)', {
      query: 'query ($d: DateTime) { articles(filter: { publishedBefore: $d }) { totalCount } }',
      variables: { d: '0999-12-31T00:00:00.000Z' },
    }),
    post('a page size out of range (first: 100000)', { query: '{ articles(first: 100000) { edges { node { id } } } }' }),
    post('a variable of the wrong type', {
      query: 'query ($n: Int) { articles(first: $n) { totalCount } }',
      variables: { n: 'all of them' },
    }),
    post('an oversized body (200 KB)', { query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } }),
    post('malformed JSON', '{"query": "{ articles(first: 5) { edges { node { id } } } }"'),
    post('a syntax error', { query: '{ articles(first: ) { edges { node { id } } ' }),
    post('an unknown field', { query: '{ articles(first: 5) { edges { node { id passwordHash } } } }' }),
    post('an unknown persisted hash', { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    post('a persisted hash that is not the document', {
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } },
    }),
    post('a mutation without a key', { query: 'mutation { archiveArticle(input: { id: "QXJ0aWNsZTox" }) { article { id } } }' }),
    post('a malformed Authorization header', { query: '{ __typename }' }, { ...json, authorization: 'Bearer ' }),
    post('wrong content type (text/plain, no CSRF header)', JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }),
    post('wrong content type (application/xml)', '<query>{ __typename }</query>', {
      'content-type': 'application/xml',
      'x-graphql-yoga-csrf': '1',
    }),
    {
      name: 'a mutation by GET',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('mutation { unpublishArticle(input: { id: "QXJ0aWNsZTox" }) { article { id } } }')}`,
      headers: { 'x-graphql-yoga-csrf': '1' },
    },
  ];
}
