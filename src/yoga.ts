import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { createContext } from './context.ts';
import { prisma } from './db.ts';
import { logger } from './logger.ts';
import { responseCachePlugins } from './response-cache.ts';
import { schema } from './schema/index.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';

export const yoga = createYoga({
  schema,
  context: createContext,
  logging: logger,
  // Masking stays on: unexpected errors reach clients as "Unexpected error." with no stack.
  // Argument errors Pothos raises itself (connection arguments) get the stable code clients expect.
  maskedErrors: {
    maskError: (error, message, isDev) => {
      const original = error instanceof GraphQLError ? error.originalError : undefined;
      if (original instanceof PothosValidationError && error instanceof GraphQLError) {
        return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
      }
      return maskError(error, message, isDev);
    },
  },
  // Served from node_modules, so GraphiQL works without internet (src/graphiql.ts).
  graphiql: graphiqlOptions,
  renderGraphiQL,
  landingPage: false,
  healthCheckEndpoint: '/health',
  plugins: [
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

