import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { env } from './env.ts';
import { logger } from './logger.ts';

// graphql-jit compiles each document into one function, so a field costs no graphql-js
// bookkeeping. Pothos' Prisma plugin needs the patched @pothos/selection-mapper for it
// (patches/): unpatched, each relation refetched what its parent's statement already loaded.

/**
 * Parsed documents kept by yoga (its default is 1,024). A compiled query lives in the plugin's
 * WeakMap by document object, so it goes when yoga drops the document: this bounds how many
 * compiled queries exist, whatever distinct documents clients send.
 */
export const PARSED_DOCUMENTS = 256;
/**
 * Longer documents run on graphql-js. A compiled query takes about 100 times its source (the
 * article page: 1.3 KB, 136 KiB compiled), so at most ~256 x 400 KiB are held; the canonical
 * operations are under 1.5 KB.
 */
export const JIT_MAX_SOURCE = 4_096;

export const parserAndValidationCache = {
  documentCache: new LRUCache<string, DocumentNode>({ max: PARSED_DOCUMENTS, ttl: 3_600_000 }),
  errorCache: new LRUCache<string, Error>({ max: PARSED_DOCUMENTS, ttl: 3_600_000 }),
};

/**
 * Documents graphql-jit runs: one operation (the plugin caches by document alone, so a second
 * operation of the same document would run the first one compiled) and a bounded source.
 */
export function compiles(document: DocumentNode): boolean {
  if ((document.loc?.end ?? Number.POSITIVE_INFINITY) > JIT_MAX_SOURCE) return false;
  let operations = 0;
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
  return operations === 1;
}

export function jitPlugins(): Plugin[] {
  if (env().GRAPHQL_JIT === 'off') return [];
  return [
    useGraphQlJit(
      {},
      {
        enableIf: (args) => compiles(args.document),
        // A document that does not compile is answered with the compiler's error (masked like any
        // other unexpected error); the log keeps the reason.
        onError: (result) => logger.warn({ errors: result.errors?.map((e) => e.message) }, 'graphql-jit could not compile a document'),
      },
    ) as Plugin,
  ];
}
