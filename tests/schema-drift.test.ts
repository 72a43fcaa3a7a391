import { readFileSync } from 'node:fs';
import { get_dmmf } from '@prisma/prisma-schema-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateOnce, pool } from './helpers/db.ts';

// schema.prisma and the hand-written SQL migrations must describe the same database. The
// datamodel comes from Prisma's own schema parser (WebAssembly, no engine binary); the
// database side from the catalog after every migration ran on an empty schema.

interface DmmfField {
  name: string;
  kind: string;
  type: string;
  isRequired: boolean;
  isList?: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
}
interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext';
  fields: { name: string; sortOrder?: 'asc' | 'desc' }[];
}
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: readFileSync('prisma/schema.prisma', 'utf8') }))) as {
  datamodel: {
    models: { name: string; fields: DmmfField[] }[];
    indexes: DmmfIndex[];
    enums: { name: string; values: { name: string }[] }[];
  };
};
// Views (`view X { ... }`) are models to Prisma's client; in the database they are views, with
// no keys or constraints of their own, so they are checked apart from the tables.
const schemaText = readFileSync('prisma/schema.prisma', 'utf8');
const viewNames = new Set([...schemaText.matchAll(/^view (\w+) \{/gm)].map((m) => m[1]));
const models = dmmf.datamodel.models.filter((m) => !viewNames.has(m.name));
const views = dmmf.datamodel.models.filter((m) => viewNames.has(m.name));

function expectedType(f: DmmfField): string {
  if (f.kind === 'enum') return f.type;
  if (f.nativeType) {
    const [name, args] = f.nativeType;
    if (name === 'Timestamptz') return `timestamp(${args[0] ?? 6}) with time zone`;
    return name.toLowerCase();
  }
  const map: Record<string, string> = {
    Int: 'integer',
    BigInt: 'bigint',
    String: 'text',
    Boolean: 'boolean',
    Float: 'double precision',
    DateTime: 'timestamp(3) without time zone',
    Json: 'jsonb',
  };
  return map[f.type];
}

function expectedDefault(f: DmmfField, table: string): string | null {
  if (!f.hasDefaultValue) return null;
  const d = f.default as { name?: string } | string | number | boolean;
  if (typeof d === 'object' && d.name === 'autoincrement') return `nextval('"${table}_${f.name}_seq"'::regclass)`;
  if (typeof d === 'object' && d.name === 'now') return 'CURRENT_TIMESTAMP';
  if (typeof d === 'number' || typeof d === 'boolean') return String(d);
  // A scalar list's default, as Prisma migrate writes it (only empty lists are used here).
  if (f.isList && Array.isArray(d) && d.length === 0) return `ARRAY[]::${expectedType(f)}[]`;
  if (f.kind === 'enum') return `'${d}'::"${f.type}"`;
  if (f.type === 'Json') return `'${d}'::jsonb`;
  return `'${d}'::text`;
}

const onDelete: Record<string, string> = { a: 'NoAction', r: 'Restrict', c: 'Cascade', n: 'SetNull', d: 'SetDefault' };

describe('schema.prisma and the migrations agree', () => {
  let columns: Map<string, { type: string; notNull: boolean; default: string | null; generated: boolean }>;
  beforeAll(async () => {
    await migrateOnce();
    const { rows } = await pool.query(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default, a.attgenerated <> '' AS generated
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    columns = new Map(
      rows.map((r) => [
        `${r.table}.${r.column}`,
        { type: r.type.replace(/^"(.*)"$/, '$1'), notNull: r.not_null, default: r.generated ? null : r.default, generated: r.generated },
      ]),
    );
  });

  it('has a table for every model and no table without one', async () => {
    const tables = new Set([...columns.keys()].map((k) => k.split('.')[0]));
    expect([...tables].sort()).toEqual(models.map((m) => m.name).sort());
  });

  it('has every column with its type, nullability and default', () => {
    for (const model of models) {
      for (const f of model.fields.filter((x) => x.kind === 'scalar' || x.kind === 'enum')) {
        const col = columns.get(`${model.name}.${f.name}`);
        expect(col, `${model.name}.${f.name}`).toBeDefined();
        expect({ at: `${model.name}.${f.name}`, type: col!.type, notNull: col!.notNull, default: col!.default }).toEqual({
          at: `${model.name}.${f.name}`,
          // Prisma makes a scalar list an array column that may hold NULL.
          type: f.isList ? `${expectedType(f)}[]` : expectedType(f),
          notNull: f.isRequired && !f.isList,
          default: expectedDefault(f, model.name),
        });
      }
    }
  });

  it('has no column the datamodel lacks, except the generated search vectors', () => {
    const known = new Set(models.flatMap((m) => m.fields.map((f) => `${m.name}.${f.name}`)));
    const extra = [...columns.keys()].filter((k) => !known.has(k));
    expect(extra.sort()).toEqual(['Article.headVector', 'Article.searchVector']);
    expect(columns.get('Article.searchVector')).toMatchObject({ type: 'tsvector', generated: true });
    expect(columns.get('Article.headVector')).toMatchObject({ type: 'tsvector', generated: true });
  });

  it('has every view with its columns and types, and nothing more', async () => {
    expect(views.map((v) => v.name)).toEqual(['RelatedRanking']);
    const { rows } = await pool.query(`
      SELECT c.relname AS view, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'v'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE a.attnum > 0 AND NOT a.attisdropped`);
    const actual = rows.map((r) => `${r.view}.${r.column} ${r.type}`).sort();
    const expected = views
      .flatMap((v) => v.fields.filter((f) => f.kind === 'scalar').map((f) => `${v.name}.${f.name} ${expectedType(f)}`))
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has the same enums', async () => {
    const { rows } = await pool.query(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = current_schema()
      GROUP BY t.typname`);
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.labels]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.name, e.values.map((v) => v.name)]));
    expect(actual).toEqual(expected);
  });

  it('has the same primary keys, unique indexes and secondary indexes', async () => {
    const { rows } = await pool.query(`
      SELECT c.relname AS table, ix.indisprimary AS primary, ix.indisunique AS unique,
             array_agg(a.attname || CASE WHEN (ix.indoption[k.i - 1] & 1) = 1 THEN ' desc' ELSE '' END ORDER BY k.i) AS cols,
             am.amname AS method
      FROM pg_index ix
      JOIN pg_class c ON c.oid = ix.indrelid
      JOIN pg_class ic ON ic.oid = ix.indexrelid
      JOIN pg_am am ON am.oid = ic.relam
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, i)
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
      WHERE c.relname <> '_prisma_migrations'
      GROUP BY c.relname, ix.indexrelid, ix.indisprimary, ix.indisunique, am.amname`);
    const kind = (r: { primary: boolean; unique: boolean }) => (r.primary ? 'id' : r.unique ? 'unique' : 'normal');
    const actual = rows
      .filter((r) => r.method === 'btree')
      .map((r) => `${r.table} ${kind(r)} (${r.cols.join(', ')})`)
      .sort();
    const expected = dmmf.datamodel.indexes
      .filter((i) => !viewNames.has(i.model))
      .map((i) => `${i.model} ${i.type} (${i.fields.map((f) => f.name + (f.sortOrder === 'desc' ? ' desc' : '')).join(', ')})`)
      .sort();
    expect(actual).toEqual(expected);
    // The indexes Prisma cannot declare: GIN over the search vectors, trigram GIN for suggestions.
    expect(
      rows
        .filter((r) => r.method !== 'btree')
        .map((r) => `${r.table} ${r.method} ${r.cols}`)
        .sort(),
    ).toEqual([
      'Article gin headVector',
      'Article gin searchVector',
      'Article gin title',
      'Organization gin name',
      'Person gin name',
      'Place gin name',
      'Tag gin name',
    ]);
  });

  it('has the same foreign keys with the same delete rules', async () => {
    const { rows } = await pool.query(`
      SELECT c.relname AS table, rc.relname AS ref, con.confdeltype AS on_delete,
             (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n) AS cols,
             (SELECT array_agg(a.attname::text ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n) AS ref_cols
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_class rc ON rc.oid = con.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
      WHERE con.contype = 'f'`);
    const actual = rows.map((r) => `${r.table}(${r.cols}) -> ${r.ref}(${r.ref_cols}) ${onDelete[r.on_delete]}`).sort();
    const expected = models
      .flatMap((m) =>
        m.fields
          .filter((f) => f.relationFromFields?.length)
          .map(
            (f) =>
              `${m.name}(${f.relationFromFields}) -> ${f.type}(${f.relationToFields}) ${f.relationOnDelete ?? (f.isRequired ? 'Restrict' : 'SetNull')}`,
          ),
      )
      .sort();
    expect(actual).toEqual(expected);
  });
});
