import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { createYoga, maskError } from 'graphql-yoga';
import { createContext } from './context.ts';
import { prisma } from './db/client.ts';
import { env } from './env.ts';
import { dbFault } from './db/faults.ts';
import { ErrorCode, faultError } from './errors.ts';
import { httpCachePlugin } from './http-cache.ts';
import { inputCheckPlugin } from './input-checks.ts';
import { isDraining } from './lifecycle.ts';
import { jitPlugins, parserAndValidationCache } from './jit.ts';
import { limitPlugins } from './limits.ts';
import { logger } from './logger.ts';
import { metricsPlugin } from './metrics.ts';
import { persistedOperationPlugins } from './persisted-operations.ts';
import { rateLimitPlugin } from './rate-limit.ts';
import { requestIdPlugin } from './request-id.ts';
import { responseCachePlugins } from './response-cache.ts';
import { schema } from './schema/index.ts';
import { graphiqlOptions, renderGraphiQL } from './graphiql.ts';

/** Headers that prove a request was preflighted (a browser cannot add them to a simple request). */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight', 'x-apollo-operation-name', 'graphql-preflight'];
const corsOrigins = env().CORS_ORIGINS;

export const yoga = createYoga({
  schema,
  context: createContext,
  // Bounded below yoga's default: compiled queries live as long as their parsed document (src/jit.ts).
  parserAndValidationCache,
  // The body is bounded by limitPlugins (MAX_BODY_BYTES, src/limits.ts), by Content-Length when
  // given and by counting the stream otherwise. yoga's own bound (25 MB here) would pipe every
  // body through a TransformStream even when its length is known: about 15% of a cache hit's
  // CPU (stream pipeline, an AbortController and its DOMException per request).
  maxRequestBodySize: false,
  logging: logger,
  // Masking stays on, also with NODE_ENV=development: unexpected errors reach clients as
  // "Unexpected error." with no stack; database faults as SERVICE_UNAVAILABLE, SERVICE_OVERLOADED
  // or STATEMENT_TIMEOUT with a retry hint. Argument errors Pothos raises itself (connection
  // arguments) get the stable code clients expect.
  maskedErrors: {
    isDev: false,
    maskError: (error, message) => {
      const original = error instanceof GraphQLError ? error.originalError : undefined;
      if (original instanceof PothosValidationError && error instanceof GraphQLError) {
        return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
      }
      // useCSRFPrevention's refusal carries no code of its own.
      if (error instanceof GraphQLError && !error.extensions?.code && error.message === 'Required CSRF header(s) not present') {
        return new GraphQLError(`${error.message}: send one of ${CSRF_HEADERS.join(', ')}.`, {
          extensions: { ...error.extensions, code: ErrorCode.CSRF_HEADER_REQUIRED },
        });
      }
      // Database faults get codes of their own (src/db/faults.ts); anything else stays INTERNAL_SERVER_ERROR.
      const fault = original || !(error instanceof GraphQLError) ? dbFault(error) : null;
      if (fault) return faultError(fault, error instanceof GraphQLError ? error : undefined);
      return maskError(error, message, false);
    },
  },
  // Served from node_modules, so GraphiQL works without internet (src/graphiql.ts).
  graphiql: graphiqlOptions,
  renderGraphiQL,
  landingPage: false,
  // Only listed origins get CORS headers, each its own (never `*`); no cookies are involved, so no
  // credentials: an API key travels in Authorization, which a page must set explicitly.
  cors: (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !corsOrigins.includes(origin)) return false;
    return {
      origin: [origin],
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', ...CSRF_HEADERS],
      exposedHeaders: ['x-request-id', 'etag', 'retry-after', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'],
      maxAge: 600,
      credentials: false,
    };
  },
  healthCheckEndpoint: '/health',
  // Order matters: persisted operations fill in the document first; refusals (limits, bad
  // input) come before the cache, so a cached answer is only ever given to a request that passed
  // them, for the document it named.
  plugins: [
    metricsPlugin(),
    requestIdPlugin(),
    httpCachePlugin(),
    ...persistedOperationPlugins(),
    ...(env().CSRF_PREVENTION ? [useCSRFPrevention({ requestHeaders: CSRF_HEADERS })] : []),
    ...limitPlugins(),
    rateLimitPlugin(),
    inputCheckPlugin(),
    // Before the response cache: it wraps the execute function set before it.
    ...jitPlugins(),
    ...responseCachePlugins(),
    {
      // /ready answers 200 only while the database answers and the server is not draining.
      onRequest: async ({ url, endResponse, fetchAPI }) => {
        if (url.pathname !== '/ready') return;
        if (isDraining()) {
          endResponse(fetchAPI.Response.json({ status: 'draining' }, { status: 503 }));
          return;
        }
        try {
          await prisma().$queryRaw`SELECT 1`;
          endResponse(fetchAPI.Response.json({ status: 'ready' }));
        } catch (err) {
          logger.warn({ err: (err as Error).message }, 'readiness check failed');
          endResponse(fetchAPI.Response.json({ status: 'unavailable' }, { status: 503 }));
        }
      },
    },
  ],
});
