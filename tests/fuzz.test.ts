import {
  astFromValue,
  print,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { createKey } from '../src/keys/keys.ts';
import { limits } from '../src/limits.ts';
import { prisma, useDemoContent } from './helpers/db.ts';
import { graphql } from './helpers/graphql.ts';

// Every argument of the schema, at every depth of its input objects, gets hostile values as a
// variable; no value may give INTERNAL_SERVER_ERROR or a 5xx, and the known-bad strings must be
// BAD_USER_INPUT naming the argument. Mutations run with a key holding every scope, so their
// own validation (not the scope check) meets the values.

useDemoContent();

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const strings = [
  'a\u0000b',
  '\u001b[31mred',
  'x'.repeat(10_000),
  '',
  '\'; DROP TABLE "Article"; --',
  '%_\\',
  '\uD800',
  '🙂'.repeat(50),
  b64('Article:99999999999'),
  b64('Article:2147483648'),
  b64('Nope:1'),
  b64(JSON.stringify(['2026-01-01T00:00:00Z', 2 ** 31])),
  b64(JSON.stringify(['+275760-09-13T00:00:00.000Z', 1])),
  b64(JSON.stringify(['2026-01-01', -1])),
  b64('[1,2'),
];
const mustBeBadInput = new Set(['a\u0000b', '\u001b[31mred', 'x'.repeat(10_000)]);
const hostile: Record<string, unknown[]> = {
  String: strings,
  ID: strings,
  Int: [0, -1, 2_147_483_647, 2_147_483_648, 1e10, 1.5, '5', true],
  Boolean: ['yes', 1],
  DateTime: [
    '99999-01-01T00:00:00Z',
    '+275760-09-13T00:00:00.000Z',
    '0000-01-01T00:00:00Z',
    '0001-01-01T00:00:00Z',
    'not a date',
    '2026-13-45T00:00:00Z',
    1e20,
    'a\u0000b',
  ],
  JSON: [{ a: '\u0000' }],
};

/** A valid value of `type`, to fill the fields a hostile value does not replace. */
function minimal(type: GraphQLInputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [minimal(inner.ofType)];
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, minimal(f.type)]),
    );
  }
  if (isEnumType(inner)) return inner.getValues()[0].value;
  return { String: 'x', ID: 'x', Int: 1, Boolean: true, DateTime: '2026-01-01T00:00:00Z' }[inner.name] ?? 'x';
}

/** Hostile values of `type`, each with the argument path it is expected to be reported under. */
function* hostileValues(type: GraphQLInputType, path: string): Generator<{ value: unknown; path: string; leaf?: unknown }> {
  const inner = isNonNullType(type) ? type.ofType : type;
  yield { value: null, path };
  if (isListType(inner)) {
    yield { value: Array.from({ length: 1000 }, () => minimal(inner.ofType)), path };
    for (const h of hostileValues(inner.ofType, path)) yield { ...h, value: [h.value] };
  } else if (isInputObjectType(inner)) {
    yield { value: 'not an object', path };
    yield { value: { ...(minimal(inner) as object), unknownField: 1 }, path };
    for (const f of Object.values(inner.getFields())) {
      for (const h of hostileValues(f.type, `${path}.${f.name}`))
        yield { ...h, value: { ...(minimal(inner) as object), [f.name]: h.value } };
    }
  } else if (isEnumType(inner)) {
    for (const value of ['NOPE', 1, '']) yield { value, path };
  } else if (isScalarType(inner)) {
    for (const value of hostile[inner.name] ?? strings) yield { value, path, leaf: value };
  }
}

const typeName = (t: GraphQLInputType): string =>
  isNonNullType(t) ? `${typeName(t.ofType)}!` : isListType(t) ? `[${typeName(t.ofType)}]` : t.name;

let roots: Record<string, string>;
let closers: Record<string, string>;
let editor: { headers: Record<string, string> };
beforeAll(async () => {
  editor = { headers: { authorization: `Bearer ${(await createKey('fuzz-editor', ['preview', 'write', 'publish', 'admin'])).key}` } };
  const [a, c, p, t, pub, o, pl] = await Promise.all([
    prisma.article.findFirst({ where: { status: 'PUBLISHED' } }),
    prisma.category.findFirst(),
    prisma.person.findFirst(),
    prisma.tag.findFirst(),
    prisma.publication.findFirst(),
    prisma.organization.findFirst(),
    prisma.place.findFirst(),
  ]);
  roots = {
    Article: `article(slug: "${a!.slug}")`,
    Category: `category(slug: "${c!.slug}")`,
    Person: `person(slug: "${p!.slug}")`,
    Tag: `tag(slug: "${t!.slug}")`,
    Publication: `publication(slug: "${pub!.slug}")`,
    Organization: `organization(slug: "${o!.slug}")`,
    Place: `place(slug: "${pl!.slug}")`,
    ArticleStats: 'articleStats',
    LeadImage: `article(slug: "${a!.slug}") { leadImage`,
  };
  closers = { LeadImage: ' }' };
});

/** Every (type, field, argument) of the schema. */
function* everyArgument(): Generator<{
  parent: GraphQLObjectType;
  field: string;
  arg: GraphQLArgument;
  selection: string;
  others: string;
}> {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returns = getNamedType(field.type);
      const selection = isObjectType(returns) || (!isScalarType(returns) && !isEnumType(returns)) ? ' { __typename }' : '';
      for (const arg of field.args) {
        // The field's other required arguments, with valid values, so the document validates.
        const others = field.args
          .filter((a) => a !== arg && isNonNullType(a.type) && a.defaultValue === undefined)
          .map((a) => `, ${a.name}: ${print(astFromValue(minimal(a.type), a.type)!)}`)
          .join('');
        yield { parent: type, field: field.name, arg, selection, others };
      }
    }
  }
}

describe('hostile values for every argument', () => {
  it('never give INTERNAL_SERVER_ERROR; control characters and oversized strings are BAD_USER_INPUT naming the argument', {
    timeout: 300_000,
  }, async () => {
    let runs = 0;
    const covered = new Set<string>();
    for (const { parent, field, arg, selection, others } of everyArgument()) {
      const call = `${field}(${arg.name}: $v${others})${selection}`;
      const mutation = parent.name === 'Mutation';
      const query =
        parent.name === 'Query'
          ? `query ($v: ${typeName(arg.type)}) { ${call} }`
          : mutation
            ? `mutation ($v: ${typeName(arg.type)}) { ${call} }`
            : roots[parent.name]
              ? `query ($v: ${typeName(arg.type)}) { ${roots[parent.name]} { ${call} }${closers[parent.name] ?? ''} }`
              : null;
      expect(query, `no way to reach ${parent.name}.${field}`).not.toBeNull();
      covered.add(`${parent.name}.${field}(${arg.name})`);
      for (const h of hostileValues(arg.type, arg.name)) {
        const res = await graphql(query!, { v: h.value }, mutation ? editor : {});
        runs++;
        const where = `${parent.name}.${field}(${arg.name}) = ${JSON.stringify(h.value).slice(0, 80)}`;
        expect(res.status, where).toBeLessThan(500);
        for (const e of res.errors ?? []) {
          expect(e.extensions?.code, `${where}: ${e.message}`).not.toBe('INTERNAL_SERVER_ERROR');
          expect(e.extensions?.code, `${where}: ${e.message}`).toBeDefined();
        }
        if (mustBeBadInput.has(h.leaf as string)) {
          // A mutation input is validated whole: the first error may name another field of it.
          expect(res.errors?.[0].extensions, where).toMatchObject(
            mutation ? { code: 'BAD_USER_INPUT' } : { code: 'BAD_USER_INPUT', argument: h.path },
          );
        }
      }
    }
    expect(covered.size).toBeGreaterThan(20);
    expect(runs).toBeGreaterThan(500);
  });
});

describe("the issue's reproductions", () => {
  it('a NUL, a cursor past int4 and a year out of range are BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['query ($s: String!) { article(slug: $s) { id } }', { s: 'a\u0000' }, 'slug'],
      [
        'query ($c: String) { articles(after: $c) { totalCount } }',
        { c: b64(JSON.stringify(['2026-01-01T00:00:00.000Z', 2 ** 31])) },
        'after',
      ],
      [
        'query ($d: DateTime) { articles(filter: { publishedAfter: $d }) { totalCount } }',
        { d: '+275760-01-01T00:00:00.000Z' },
        'filter.publishedAfter',
      ],
      [
        'query ($d: DateTime) { articles(filter: { publishedAfter: $d }) { totalCount } }',
        { d: '0999-12-31T00:00:00.000Z' },
        'filter.publishedAfter',
      ],
      ['query ($id: ID!) { node(id: $id) { id } }', { id: b64('Article:99999999999') }, 'id'],
    ];
    for (const [query, variables, argument] of cases) {
      const res = await graphql(query, variables);
      expect(res.errors?.[0].extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('checks every request of a document whose checks an earlier request planned', async () => {
    const query =
      'query ($s: String!, $t: [String!]!) { article(slug: $s) { id } articles(filter: { tags: { slugs: $t } }) { totalCount } }';
    for (let round = 0; round < 2; round++) {
      expect((await graphql(query, { s: 'a-slug', t: ['a-tag'] })).errors).toBeUndefined();
      expect((await graphql(query, { s: 'a\u0000', t: ['a-tag'] })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'slug',
      });
      expect((await graphql(query, { s: 'a-slug', t: ['x'.repeat(limits().stringLength + 1)] })).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'filter.tags.slugs',
      });
    }
  });
});
