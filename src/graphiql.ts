import { readFileSync } from 'node:fs';
import type { GraphiQLOptions } from 'graphql-yoga';

const operation = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

// GraphiQL opens on the article page operation (the benchmark's own), with tabs of example
// operations for analysts beside it; all run against the demo content as they are, since their
// variables have defaults.
export const defaultQuery = operation('../operations/article-page.graphql');

export const graphiqlOptions: GraphiQLOptions = {
  title: 'Content gateway',
  defaultQuery,
  defaultTabs: [
    defaultQuery,
    ...['search', 'facets', 'person-work', 'category-by-month', 'people'].map((name) => operation(`../examples/${name}.graphql`)),
  ].map((query) => ({ query })),
};

let page: Promise<string> | undefined;

/**
 * GraphiQL served from the installed package instead of yoga's default page, which loads its
 * scripts from a public CDN and stays blank offline. @graphql-yoga/render-graphiql inlines yoga's
 * GraphiQL build (with the explorer plugin) into the page; it is 9 MB, so it is loaded on the
 * first GraphiQL request and the page rendered once.
 */
export function renderGraphiQL(options: GraphiQLOptions): Promise<string> {
  page ??= import('@graphql-yoga/render-graphiql').then((m) => m.renderGraphiQL(options));
  return page;
}
