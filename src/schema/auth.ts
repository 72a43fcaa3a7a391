import type { AuthFailure, ForbiddenResult } from '@pothos/plugin-scope-auth';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { userError } from '../errors.ts';

// The error scope auth raises when a field's scopes are not met: UNAUTHENTICATED (401) without
// a key, FORBIDDEN with a key that lacks the scope, naming the scopes that would do.

function scopesOf(failure: AuthFailure): string[] {
  if ('failures' in failure) return failure.failures.flatMap(scopesOf);
  return 'scope' in failure ? [failure.scope] : [];
}

export function unauthorizedError(ctx: Context, info: GraphQLResolveInfo, result: ForbiddenResult) {
  const scopes = [...new Set(scopesOf(result.failure))];
  const needs = scopes.length ? `the scope ${scopes.map((s) => `\`${s}\``).join(' or ')}` : 'a scope it does not have';
  return ctx.viewer.kind === 'anonymous'
    ? userError('UNAUTHENTICATED', `\`${info.fieldName}\` needs an API key with ${needs} (Authorization: Bearer cgk_...).`, {
        http: { status: 401 },
      })
    : userError('FORBIDDEN', `\`${info.fieldName}\` needs ${needs}, which the key "${ctx.viewer.name}" lacks.`);
}
