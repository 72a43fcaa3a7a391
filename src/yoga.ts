import { createYoga } from 'graphql-yoga';
import { createContext } from './context.ts';
import { prisma } from './db.ts';
import { logger } from './logger.ts';
import { schema } from './schema/index.ts';
import { defaultQuery } from './graphiql.ts';

export const yoga = createYoga({
  schema,
  context: createContext,
  logging: logger,
  // Masking stays on: unexpected errors reach clients as "Unexpected error." with no stack.
  maskedErrors: true,
  graphiql: { title: 'Content gateway', defaultQuery },
  landingPage: false,
  healthCheckEndpoint: '/health',
  plugins: [
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

