import { execute, parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.ts';
import { env } from '../src/env.ts';
import { compiles, JIT_MAX_SOURCE, jitPlugins, PARSED_DOCUMENTS, parserAndValidationCache } from '../src/jit.ts';
import { schema } from '../src/schema/index.ts';
import { yoga } from '../src/yoga.ts';
import { countQueries, useDemoContent } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';
import { operation } from './helpers/operations.ts';

// graphql-jit (GRAPHQL_JIT=on, the default, so the whole suite runs on it) must answer exactly
// what graphql-js answers, with the same SQL: the patched @pothos/selection-mapper keeps Pothos
// finding what a parent's statement loaded (unpatched, the article page took 105 statements
// instead of 15), and the patched variable parser applies the defaults of non-null variables.

useDemoContent();

const bothExecutors = async (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`not compiled: ${JSON.stringify(compiled.errors)}`);
  const js = await countQueries(
    async () => (await execute({ schema, document, contextValue: await createContext(), variableValues: variables })) as ExecutionResult,
  );
  const jit = await countQueries(async () => (await compiled.query(undefined, await createContext(), variables)) as ExecutionResult);
  return { js: js.result, jit: jit.result, statements: { js: js.statements.length, jit: jit.statements.length } };
};

const entities = `{
  articles(first: 3) {
    edges { node {
      id
      body { __typename ... on ParagraphBlock { text } ... on ImageBlock { url alt } }
      mentions { role entity { __typename ... on Person { id name } ... on Organization { id name } ... on Place { id name } } }
    } }
  }
}`;

describe('graphql-jit', () => {
  it('is on in the suite', () => {
    expect(env().GRAPHQL_JIT).toBe('on');
    expect(jitPlugins()).toHaveLength(1);
  });

  for (const op of ['article-page', 'home-feed', 'category-page', 'person-page'] as const) {
    it(`answers ${op} as graphql-js does, with its default variables and the same statements`, async () => {
      const { js, jit, statements } = await bothExecutors(operation(op));
      expect(js.errors).toBeUndefined();
      expect(jit).toEqual(js);
      expect(statements.jit).toBe(statements.js);
      expect(statements.jit).toBeLessThanOrEqual(3);
    });
  }

  it('resolves unions, interfaces and node() as graphql-js does', async () => {
    const { js, jit, statements } = await bothExecutors(entities);
    expect(js.errors).toBeUndefined();
    expect(jit).toEqual(js);
    expect(statements.jit).toBe(statements.js);
    const ids = (js.data!.articles as { edges: { node: { id: string } }[] }).edges.map((e) => e.node.id);
    const byNode = await bothExecutors(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Article { title } } }`, { ids });
    expect(byNode.js.errors).toBeUndefined();
    expect(byNode.jit).toEqual(byNode.js);
  });

  it('applies a non-null variable default when omitted, and refuses an explicit null as graphql-js does', async () => {
    const q = 'query ($n: Int! = 2) { articles(first: $n) { edges { node { id } } } }';
    const omitted = await graphql(q);
    expect(omitted.errors).toBeUndefined();
    expect(omitted.data.articles.edges).toHaveLength(2);
    const { js, jit } = await bothExecutors(q, { n: null });
    expect(jit.errors?.map((e) => e.message)).toEqual(js.errors?.map((e) => e.message));
    expect(jit.errors?.[0]?.message).toMatch(/must not be null/);
  });

  it('runs the operation a many-operation document names, not the first one it compiled', async () => {
    const doc = 'query First { articles(first: 1) { edges { node { id } } } } query Second { tags(first: 2) { edges { node { slug } } } }';
    const send = (operationName: string) =>
      yoga.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: doc, operationName }),
      });
    const first = (await (await send('First')).json()) as { data: Record<string, unknown> };
    const second = (await (await send('Second')).json()) as { data: Record<string, unknown> };
    expect(Object.keys(first.data)).toEqual(['articles']);
    expect(Object.keys(second.data)).toEqual(['tags']);
  });

  it('compiles single-operation documents up to its source bound, and keeps at most PARSED_DOCUMENTS of them', async () => {
    for (const op of ['article-page', 'home-feed', 'category-page', 'person-page'] as const)
      expect(compiles(parse(operation(op)))).toBe(true);
    const long = `{ ${Array.from({ length: 400 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    expect(long.length).toBeGreaterThan(JIT_MAX_SOURCE);
    expect(compiles(parse(long))).toBe(false);
    expect((await graphql(long)).data.f399).toBe('Query');
    // Hostile distinct documents: yoga's parse cache, which holds the compiled queries, stays bounded.
    for (let i = 0; i < PARSED_DOCUMENTS + 50; i += 1) expect((await graphql(`{ d${i}: __typename }`)).data[`d${i}`]).toBe('Query');
    expect(parserAndValidationCache.documentCache.size).toBe(PARSED_DOCUMENTS);
  });
});
