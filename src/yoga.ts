import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { createContext } from './context.ts';
import { prisma } from './db.ts';
import { httpCachePlugin } from './http-cache.ts';
import { inputCheckPlugin } from './input-checks.ts';
import { limitPlugins } from './limits.ts';
import { logger } from './logger.ts';
import { persistedOperationPlugins } from './persisted-operations.ts';
import { requestIdPlugin } from './request-id.ts';
import { responseCachePlugins } from './response-cache.ts';
import { schema } from './schema/index.ts';
import { defaultQuery } from './graphiql.ts';

export const yoga = createYoga({
  schema,
  context: createContext,
  logging: logger,
  // Masking stays on, also with NODE_ENV=development: unexpected errors reach clients as
  // "Unexpected error." with no stack. Argument errors Pothos raises itself (connection
  // arguments) get the stable code clients expect.
  maskedErrors: {
    isDev: false,
    maskError: (error, message) => {
      const original = error instanceof GraphQLError ? error.originalError : undefined;
      if (original instanceof PothosValidationError && error instanceof GraphQLError) {
        return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
      }
      return maskError(error, message, false);
    },
  },
  graphiql: { title: 'Content gateway', defaultQuery },
  landingPage: false,
  healthCheckEndpoint: '/health',
  // Order matters: persisted operations fill in the document first; refusals (limits, bad
  // input) come before the cache, so a cached answer is only ever given to a request that passed
  // them, for the document it named.
  plugins: [
    requestIdPlugin(),
    httpCachePlugin(),
    ...persistedOperationPlugins(),
    ...limitPlugins(),
    inputCheckPlugin(),
    ...responseCachePlugins(),
    {
      // /ready answers 200 only while the database answers.
      onRequest: async ({ url, endResponse, fetchAPI }) => {
        if (url.pathname !== '/ready') return;
        try {
          await prisma.$queryRaw`SELECT 1`;
          endResponse(fetchAPI.Response.json({ status: 'ready' }));
        } catch (err) {
          logger.warn({ err: (err as Error).message }, 'readiness check failed');
          endResponse(fetchAPI.Response.json({ status: 'unavailable' }, { status: 503 }));
        }
      },
    },
  ],
});
