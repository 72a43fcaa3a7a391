import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { logger } from './logger.ts';

// Every request gets an id: taken from a well-formed `x-request-id` header (a proxy's), or made
// here. It is echoed in the response header, put in every error's extensions and in the log line
// of the request, so a client's report finds the server's log.

const ids = new WeakMap<Request, { id: string; start: number }>();
const WELL_FORMED = /^[A-Za-z0-9._-]{8,100}$/;

export const requestIdOf = (request: Request): string | undefined => ids.get(request)?.id;

const withId = (error: GraphQLError | { message: string; extensions?: Record<string, unknown> }, requestId: string) =>
  new GraphQLError(error.message, {
    nodes: error instanceof GraphQLError ? error.nodes : undefined,
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { ...error.extensions, requestId },
  });

export function requestIdPlugin(): Plugin<{ cost?: { requested: number } }> {
  return {
    onRequest: ({ request }) => {
      const given = request.headers.get('x-request-id');
      ids.set(request, { id: given && WELL_FORMED.test(given) ? given : randomUUID(), start: performance.now() });
    },
    onResultProcess: ({ request, result, setResult }) => {
      const id = requestIdOf(request);
      if (!id) return;
      const add = (r: { errors?: readonly GraphQLError[] }) => (r.errors ? { ...r, errors: r.errors.map((e) => withId(e, id)) } : r);
      if (Array.isArray(result)) setResult(result.map(add) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(add(result as never) as never);
    },
    onExecute: ({ args }) => {
      const ctx = args.contextValue as { request?: Request; cost?: { requested: number } };
      return {
        onExecuteDone: ({ result }) => {
          const entry = ctx.request && ids.get(ctx.request);
          if (!entry || !('data' in result || 'errors' in result)) return;
          logger.info(
            {
              requestId: entry.id,
              operationName: args.operationName ?? null,
              cost: ctx.cost?.requested,
              durationMs: Math.round((performance.now() - entry.start) * 10) / 10,
              errors: result.errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql request',
          );
        },
      };
    },
    onResponse: ({ request, response }) => {
      const id = requestIdOf(request);
      if (id) response.headers.set('x-request-id', id);
    },
  };
}
