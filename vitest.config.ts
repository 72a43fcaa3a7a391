import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql@16 has no "exports" map: Node (and so yoga, loaded natively) picks its CommonJS
    // build while Vite would pick index.mjs, and two GraphQLError classes break error masking.
    // Resolve it the way Node does, as in production.
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    setupFiles: ['tests/helpers/worker-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Tests read their own writes at once: the response cache is off except in its own test.
    // Rate limits are off too, and the cost limit high, except in their own tests: the suite is
    // one client sending thousands of requests, some of them wide on purpose.
    env: { NODE_ENV: 'test', RESPONSE_CACHE_TTL_MS: '0', RATE_LIMIT_POINTS: '0', MAX_COST: '1000000', DB_QUERY_EVENTS: 'true' },
  },
});
