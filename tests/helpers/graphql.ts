import { yoga } from '../../src/yoga.ts';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** Runs an operation through yoga.fetch, so context, plugins and error masking all apply. */
export async function graphql<T = any>(
  query: string,
  variables?: Record<string, unknown>,
  init: { headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...init.headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
}
