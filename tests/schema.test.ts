import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';
import { printedSchema } from '../src/schema/print.ts';

describe('the published schema', () => {
  it('matches schema.graphql (run `npm run schema:print` after changing the schema)', () => {
    expect(readFileSync('schema.graphql', 'utf8')).toBe(printedSchema());
  });

  it('builds and prints with no database configured: nothing connects at import', () => {
    const env = { ...process.env };
    delete env.DATABASE_URL;
    const sdl = execFileSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./src/schema/print.ts').then((m) => process.stdout.write(m.printedSchema()))"],
      {
        env,
        encoding: 'utf8',
      },
    );
    expect(sdl).toBe(readFileSync('schema.graphql', 'utf8'));
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    const builtIn = (t: GraphQLNamedType) =>
      t.name.startsWith('__') || (isScalarType(t) && ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));
    for (const type of Object.values(schema.getTypeMap())) {
      if (builtIn(type)) continue;
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) for (const v of type.getValues()) check(`${type.name}.${v.name}`, v.description);
      if (isUnionType(type)) expect(type.getTypes().length).toBeGreaterThan(1);
    }
    expect(missing).toEqual([]);
  });

  it('documents the limits clients must respect', () => {
    const sdl = printedSchema();
    expect(sdl).toMatch(/at most 100/);
    expect(schema.getQueryType()!.getFields().articles.description).toMatch(/at most 100/);
  });
});
