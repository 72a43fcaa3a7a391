import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { env } from './env.ts';

// HTTP caching and compression of GraphQL responses. Hand-written rather than yoga's response
// cache ETag and whatwg-node's useContentEncoding: the former answers 304 to any request whose
// If-None-Match names any cached entry (another query included), the latter ignores q-values and
// compresses every response. Here the ETag is a hash of the body actually sent, and 304 is only
// for a body that is unchanged.

interface Outcome {
  errors: boolean;
  mutation: boolean;
}
const outcomes = new WeakMap<Request, Outcome>();
const conditional = new WeakMap<Request, string>();
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to use from Accept-Encoding, honouring q-values; brotli preferred on a tie. */
export function chooseEncoding(header: string | null): 'br' | 'gzip' | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    q.set(name, weight == null ? 1 : Number(weight));
  }
  const of = (name: string) => q.get(name) ?? q.get('*') ?? 0;
  if (of('br') > 0 && of('br') >= of('gzip')) return 'br';
  return of('gzip') > 0 ? 'gzip' : null;
}

const matches = (ifNoneMatch: string, hash: string) =>
  ifNoneMatch.split(',').some(
    (tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"|"$/g, '')
        .replace(/-(br|gz)$/, '') === hash,
  );

export function httpCachePlugin(): Plugin {
  const { HTTP_MAX_AGE_SECONDS: maxAge, HTTP_STALE_WHILE_REVALIDATE_SECONDS: swr, COMPRESSION_MIN_BYTES: minBytes } = env();
  return {
    onRequest: ({ request }) => {
      // Taken off the request so that the response cache plugin never answers it by itself.
      const ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch == null) return;
      conditional.set(request, ifNoneMatch);
      request.headers.delete('if-none-match');
    },
    onExecute: ({ args }) => {
      const request = (args.contextValue as { request?: Request }).request;
      if (request)
        outcomes.set(request, { errors: false, mutation: getOperationAST(args.document, args.operationName)?.operation !== 'query' });
    },
    onResultProcess: ({ request, result }) => {
      const results = Array.isArray(result) ? result : [result];
      const errors = results.some(
        (r) => !r || typeof r !== 'object' || !('data' in r) || Boolean((r as { errors?: unknown[] }).errors?.length),
      );
      outcomes.set(request, { errors, mutation: outcomes.get(request)?.mutation ?? false });
    },
    onResponse: async ({ request, response, setResponse, fetchAPI }) => {
      const outcome = outcomes.get(request);
      const type = response.headers.get('content-type') ?? '';
      if (!outcome || !/json/.test(type) || !response.body) return;
      const headers = new fetchAPI.Headers(response.headers);
      headers.append('vary', 'Accept, Accept-Encoding, Authorization, Origin');
      const anonymous = !request.headers.has('authorization');
      const cacheable =
        anonymous && response.status === 200 && !outcome.errors && !outcome.mutation && ['GET', 'POST'].includes(request.method);
      headers.set(
        'cache-control',
        cacheable ? `public, max-age=${maxAge}, stale-while-revalidate=${swr}` : anonymous ? 'no-store' : 'private, no-store',
      );
      headers.delete('last-modified');
      const body = Buffer.from(await response.arrayBuffer());
      const hash = createHash('sha256').update(body).digest('base64url').slice(0, 32);
      const ifNoneMatch = conditional.get(request);
      if (response.status === 200 && ifNoneMatch && matches(ifNoneMatch, hash)) {
        headers.set('etag', `"${hash}"`);
        headers.delete('content-type');
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const encoding = body.length >= minBytes ? chooseEncoding(request.headers.get('accept-encoding')) : null;
      headers.set('etag', `"${hash}${encoding === 'br' ? '-br' : encoding === 'gzip' ? '-gz' : ''}"`);
      headers.delete('content-length');
      let sent: Buffer = body;
      if (encoding === 'br')
        sent = await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
      else if (encoding === 'gzip') sent = await gzipAsync(body, { level: 6 });
      if (encoding) headers.set('content-encoding', encoding);
      setResponse(
        new fetchAPI.Response(new Uint8Array(sent) as Uint8Array<ArrayBuffer>, {
          status: response.status,
          statusText: response.statusText,
          headers,
        }),
      );
    },
  };
}
