import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import {
  isListType,
  isNonNullType,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import { env, type Env } from './env.ts';
import { ErrorCode, rejected } from './errors.ts';
import { recordCost } from './metrics.ts';

// What one request may ask. Depth, aliases, tokens and directives depend on the document alone,
// so graphql-armor's rules are fine where they run (parse and validation, cached per document).
// Cost depends on variables (`first: $n`), so it is computed at execute time, after yoga's
// validation cache, from the document and the request's variables (graphql-query-complexity's
// getComplexity). Every refusal happens before any resolver, so it costs no SQL.

/** The limits in force (`from` another configuration: the defaults, for the printed schema). */
export const limits = (e: Env = env()) => {
  return {
    cost: e.MAX_COST,
    depth: e.MAX_DEPTH,
    aliases: e.MAX_ALIASES,
    tokens: e.MAX_TOKENS,
    directives: e.MAX_DIRECTIVES,
    bodyBytes: e.MAX_BODY_BYTES,
    stringLength: e.MAX_STRING_LENGTH,
  };
};

/**
 * A request's cost is a function of its document, variables and operation name alone. Yoga's
 * parse cache hands a repeated query the same document object, so the cost is remembered per
 * document (dropped with it) and per variables: a repeated request skips getComplexity's walk
 * of the whole document with a TypeInfo visitor, 4-5% of an article page's gateway CPU
 * (npm run bench:profile). At most COSTS_PER_DOCUMENT variable sets are kept per document.
 */
const COSTS_PER_DOCUMENT = 64;
const costs = new WeakMap<DocumentNode, Map<string, number>>();
function requestCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): number {
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  let known = costs.get(document);
  const cached = known?.get(key);
  if (cached !== undefined) return cached;
  const cost = getComplexity({ schema, query: document, variables, operationName, estimators: [costEstimator] });
  if (!known) {
    known = new Map();
    costs.set(document, known);
  }
  if (known.size >= COSTS_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/** Page size assumed for a list field when the request does not give `first`/`last`. */
const DEFAULT_SIZES: Record<string, number> = { 'Query.tags': 50, 'Article.related': 5 };
const CONNECTION_DEFAULT = 20;
/** Extra weight of `related`, declared on the field (`extensions.cost`): its ranking dominates the cost of a request. */
export const RELATED_COST = 500;
/**
 * Weight of a filtered `articles` list (anything but dates): PostgreSQL intersects join-table
 * lists instead of reading one index, about 100 ms plus 80 ms a tag at 200,000 articles.
 */
export const FILTER_COST = 2_000;
export const FILTER_TAG_COST = { ANY: 1_000, ALL: 1_500 } as const;

function filterWeight(filter: Record<string, unknown> | null | undefined): number {
  if (!filter) return 0;
  const keys = Object.keys(filter).filter((k) => filter[k] != null && k !== 'publishedAfter' && k !== 'publishedBefore');
  if (!keys.length) return 0;
  const tags = filter.tags as { slugs?: unknown[]; match?: 'ANY' | 'ALL' } | undefined;
  return FILTER_COST + (tags?.slugs?.length ?? 0) * FILTER_TAG_COST[tags?.match ?? 'ANY'];
}

/** Plain lists (credits, tags, body blocks, children): short, but not free. */
const PLAIN_LIST = 5;

const unwrapList = (type: GraphQLOutputType) => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The cost model: every field costs 1 (or the `cost` its definition declares), and a list multiplies what is under it by its size:
 * `first`/`last` when given, the list's default page size otherwise, the number of `ids`.
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const isConnection = 'first' in (field.args ? Object.fromEntries(field.args.map((a) => [a.name, a])) : {});
  let size = 1;
  if (Array.isArray(args.ids)) size = args.ids.length;
  else if (isConnection) size = (args.first ?? args.last ?? DEFAULT_SIZES[`${type.name}.${field.name}`] ?? CONNECTION_DEFAULT) as number;
  else if (unwrapList(field.type) && !(field.name === 'edges' && type.name.endsWith('Connection'))) size = PLAIN_LIST;
  const weight = (typeof field.extensions?.cost === 'number' ? field.extensions.cost : 1) + filterWeight(args.filter);
  return weight + Math.max(0, Math.min(size, 10_000)) * childComplexity;
};

const throwAs = (code: ErrorCode) => (_ctx: unknown, err: GraphQLError) => {
  throw rejected(code, err.message.replace(/^Syntax Error: /, ''));
};

export function limitPlugins(): Plugin[] {
  const l = limits();
  const common = { exposeLimits: true, propagateOnRejection: true };
  return [
    {
      // Bodies are bounded while yoga reads them: by Content-Length when given, else by counting
      // the bytes of the stream. Hand-written: yoga's maxRequestBodySize streams every body
      // through a transform, its length known or not, and answers with a code of its own (it is
      // off, src/yoga.ts). A Content-Length that is not one plain number counts as unknown.
      onRequestParse: ({ requestParser: parse, setRequestParser }) => {
        if (!parse) return;
        const requestParser = parse;
        setRequestParser(async (request) => {
          if (request.method !== 'POST' || !request.body) return requestParser(request);
          const tooLarge = () =>
            rejected(ErrorCode.REQUEST_TOO_LARGE, `The request body exceeds ${l.bodyBytes} bytes.`, { limit: l.bodyBytes }, 413);
          const length = request.headers.get('content-length');
          if (length != null && /^\d+$/.test(length)) {
            if (Number(length) > l.bodyBytes) throw tooLarge();
            return requestParser(request);
          }
          const chunks: Uint8Array[] = [];
          let size = 0;
          for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
            size += chunk.byteLength;
            if (size > l.bodyBytes) throw tooLarge();
            chunks.push(chunk);
          }
          return requestParser(new Request(request.url, { method: 'POST', headers: request.headers, body: Buffer.concat(chunks) }));
        });
      },
    },
    {
      // Tokens are counted before parsing, with graphql's own lexer. Not graphql-armor's
      // max-tokens: it fails inside parse, and yoga answers parse errors with HTTP 200 to
      // application/json clients, where a refusal should be a 400.
      onParams: ({ params }) => {
        if (typeof params.query !== 'string') return;
        const lexer = new Lexer(new Source(params.query));
        try {
          for (let n = 0; lexer.advance().kind !== TokenKind.EOF; ) {
            if (++n > l.tokens) throw rejected(ErrorCode.TOO_MANY_TOKENS, `Token limit of ${l.tokens} exceeded.`, { limit: l.tokens });
          }
        } catch (err) {
          if ((err as GraphQLError).extensions?.code === ErrorCode.TOO_MANY_TOKENS) throw err;
          // A syntax error: parsing reports it.
        }
      },
    },
    maxDepthPlugin({ ...common, n: l.depth, onReject: [throwAs(ErrorCode.QUERY_TOO_DEEP)] }),
    maxAliasesPlugin({ ...common, n: l.aliases, onReject: [throwAs(ErrorCode.TOO_MANY_ALIASES)] }),
    maxDirectivesPlugin({ ...common, n: l.directives, onReject: [throwAs(ErrorCode.TOO_MANY_DIRECTIVES)] }),
    {
      onExecute: ({ args, setResultAndStopExecution, extendContext }) => {
        let requested: number;
        try {
          requested = requestCost(
            args.schema,
            args.document,
            (args.variableValues ?? {}) as Record<string, unknown>,
            args.operationName ?? undefined,
          );
        } catch {
          // Variables that do not coerce: execution reports them (before any resolver runs).
          return;
        }
        const cost = { requested, limit: l.cost };
        recordCost(requested);
        extendContext({ cost } as never);
        if (requested > l.cost) {
          setResultAndStopExecution({
            errors: [rejected(ErrorCode.QUERY_TOO_COMPLEX, `The request costs ${requested}, more than the limit of ${l.cost}.`, { cost })],
            extensions: { cost },
          });
          return;
        }
        return {
          onExecuteDone: ({ result, setResult }) => {
            if ('data' in result || 'errors' in result) setResult({ ...result, extensions: { ...result.extensions, cost } });
          },
        };
      },
    },
  ];
}
