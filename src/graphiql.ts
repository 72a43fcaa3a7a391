import { readFileSync } from 'node:fs';

// GraphiQL opens on the article page operation (the benchmark's own), ready to run against the
// demo content: its variables have defaults.
export const defaultQuery = readFileSync(new URL('../operations/article-page.graphql', import.meta.url), 'utf8');
