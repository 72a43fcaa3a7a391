import { readFileSync } from 'node:fs';

/** The canonical operations, shared with the benchmark (operations/*.graphql). */
export const operation = (name: 'article-page' | 'home-feed' | 'category-page' | 'person-page') =>
  readFileSync(new URL(`../../operations/${name}.graphql`, import.meta.url), 'utf8');
