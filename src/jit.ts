import { useGraphQlJit } from '@envelop/graphql-jit';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { env } from './env.ts';
import { logger } from './logger.ts';

// graphql-jit compiles each document into one function, so a field costs no graphql-js
// bookkeeping. Pothos' Prisma plugin needs the patched @pothos/selection-mapper for it
// (patches/): unpatched, each relation refetched what its parent's statement already loaded.
//
// Compiled queries live in the plugin's WeakMap by document object, so they go when the document
// does: yoga's parse cache (an LRU of 1,024 documents) bounds them, and distinct hostile
// documents cannot grow memory past that. The response cache's rewritten document is memoised
// by the parsed one, so it goes with it too.

/** Documents with one operation: the plugin caches by document alone, not by operation name. */
const singleOperation = (document: DocumentNode) => {
  let operations = 0;
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) operations += 1;
  return operations === 1;
};

export function jitPlugins(): Plugin[] {
  if (env().GRAPHQL_JIT === 'off') return [];
  return [
    useGraphQlJit(
      {},
      {
        enableIf: (args) => singleOperation(args.document),
        // A document that does not compile is answered with the compiler's error (masked like any
        // other unexpected error); the log keeps the reason.
        onError: (result) => logger.warn({ errors: result.errors?.map((e) => e.message) }, 'graphql-jit could not compile a document'),
      },
    ) as Plugin,
  ];
}
