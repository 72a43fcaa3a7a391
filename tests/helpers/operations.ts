import { readFileSync } from 'node:fs';

/** The canonical operations, shared with the benchmark (bench/operations/*.graphql). */
export const operation = (name: 'article-page' | 'home-feed' | 'category-page' | 'person-page') =>
  readFileSync(new URL(`../../bench/operations/${name}.graphql`, import.meta.url), 'utf8');
