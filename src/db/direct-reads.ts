import type pg from 'pg';
import { env } from '../env.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { logger } from '../logger.ts';
import { pool, prisma, statementName } from './client.ts';

// The hot article reads (the article page, the feed, list rows) run here instead of in Prisma:
// the `findFirst`/`findUnique`/`findMany` arguments Pothos plans are compiled into one SQL
// statement of our own (json_build_array / json_agg over LEFT JOIN LATERAL, only the selected
// columns), run on the pg pool as a named prepared statement, and answered in exactly the shape
// Prisma returns. Profiles put a large share of the gateway's CPU in Prisma 7's client (its JSON
// protocol request, its query plan interpreter, mapping the nested JSONB rows back to objects);
// this path costs 28% less gateway CPU on the article page and 35% on the feed (README, "Direct
// reads"), and about as much less PostgreSQL CPU. It is hand-written because no library compiles
// Prisma arguments to SQL outside Prisma. Pothos still plans the selection and tracks what was
// loaded; writes, migrations and every other read stay with Prisma.
//
// The rule: an argument shape the compiler does not know returns undefined and the caller asks
// Prisma, so a result may be slower, never different (tests/direct-reads.test.ts holds both
// paths equal). DB_DIRECT_READS=off sends everything to Prisma.

type Method = 'findFirst' | 'findUnique' | 'findMany';
type Row = Record<string, unknown>;
/** Turns a top-level row's epoch numbers into Dates and its relations' arrays into objects, in place. */
type Decode = (o: Row) => void;
/** Makes the object Prisma returns from the positional array a nested json_build_array gave. */
type Make = (a: unknown[]) => Row;

interface Field {
  name: string;
  column: string;
  kind: 'scalar' | 'enum' | 'object';
  type: string;
  isList: boolean;
  isId: boolean;
  isUnique: boolean;
  relationName?: string;
  relationFromFields?: readonly string[];
}

interface Model {
  name: string;
  table: string;
  fields: Map<string, Field>;
  scalars: Field[];
  primaryKey: readonly string[];
}

interface RuntimeDataModel {
  models: Record<string, { dbName: string | null; fields: { name: string; kind: string; type: string; dbName?: string | null }[] }>;
}

/** Scalar types whose values come back from this path exactly as Prisma returns them. */
const SCALARS = new Set(['String', 'Int', 'Boolean', 'DateTime', 'Json']);

let models: Map<string, Model> | undefined;

/**
 * Table and column names and scalar kinds from the client's runtime data model; list-ness, keys
 * and foreign key fields from the datamodel Pothos' generator writes beside it (the runtime one
 * omits them). A relation references the target's primary key: the generated client does not say
 * which fields it references, and tests/direct-reads.test.ts checks every relation against the
 * full DMMF, so a relation to another unique field fails there instead of reading wrong rows.
 */
export function dataModel(): Map<string, Model> {
  if (models) return models;
  const runtime = (prisma() as unknown as { _runtimeDataModel: RuntimeDataModel })._runtimeDataModel.models;
  const pothos = getDatamodel().datamodel.models;
  const out = new Map<string, Model>();
  for (const [name, m] of Object.entries(runtime)) {
    const p = pothos[name];
    if (!p) continue;
    const dbNames = new Map(m.fields.map((f) => [f.name, f.dbName ?? f.name]));
    const fields = new Map<string, Field>();
    for (const f of p.fields) {
      if (!dbNames.has(f.name)) continue;
      const { name: fieldName, kind, type, isList, isId, isUnique, relationName, relationFromFields } = f;
      fields.set(fieldName, {
        name: fieldName,
        column: dbNames.get(fieldName)!,
        kind: kind as Field['kind'],
        type,
        isList,
        isId,
        isUnique,
        relationName,
        relationFromFields,
      });
    }
    const ids = p.fields.filter((f) => f.isId).map((f) => f.name);
    out.set(name, {
      name,
      table: m.dbName ?? name,
      fields,
      scalars: [...fields.values()].filter((f) => f.kind !== 'object'),
      primaryKey: p.primaryKey?.fields ?? ids,
    });
  }
  models = out;
  return out;
}

class Unsupported extends Error {}
const unsupported = (what: string): never => {
  throw new Unsupported(what);
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const isValue = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
const defined = (o: Record<string, unknown>) => Object.entries(o).filter(([, v]) => v !== undefined);

/** The columns joining `field`'s target to its parent: [target column, parent column] pairs. */
export function joinColumns(model: Model, field: Field): { target: Model; pairs: [string, string][] } {
  const target = dataModel().get(field.type) ?? unsupported(`model ${field.type}`);
  const col = (m: Model, name: string) => (m.fields.get(name) ?? unsupported(`${m.name}.${name}`)).column;
  const pairsOf = (from: Model, fromFields: readonly string[], to: Model) => {
    if (fromFields.length !== to.primaryKey.length) unsupported(`relation ${model.name}.${field.name}`);
    return fromFields.map((f, i) => [col(to, to.primaryKey[i]), col(from, f)] as [string, string]);
  };
  if (field.relationFromFields?.length) return { target, pairs: pairsOf(model, field.relationFromFields, target) };
  const back = [...target.fields.values()].find(
    (f) =>
      f.kind === 'object' && f.relationName === field.relationName && f.type === model.name && f !== field && f.relationFromFields?.length,
  );
  if (!back) return unsupported(`relation ${model.name}.${field.name}`);
  // The target holds the foreign key: target.from = parent's primary key.
  return { target, pairs: pairsOf(target, back.relationFromFields!, model).map(([p, t]) => [t, p]) };
}

type Path = (string | number)[];
interface Param {
  path: Path;
  /** take/skip: must be a non-negative integer, else Prisma answers (a negative take reverses the order). */
  count?: boolean;
}

interface Build {
  params: Param[];
  aliases: number;
}

const param = (b: Build, path: Path, count = false) => `$${b.params.push({ path, count })}`;

function scalarFilter(b: Build, f: Field, col: string, v: unknown, path: Path): string[] {
  if (f.isList || f.type === 'Json' || !(f.kind === 'enum' || SCALARS.has(f.type))) return unsupported(`filter on ${f.name}`);
  if (v === null) return [`${col} IS NULL`];
  if (isValue(v)) return [`${col} = ${param(b, path)}`];
  if (!isPlain(v)) return unsupported('filter value');
  const out: string[] = [];
  for (const [op, x] of defined(v)) {
    const p = [...path, op];
    if (op === 'equals') out.push(x === null ? `${col} IS NULL` : `${col} = ${param(b, p)}`);
    else if (op === 'in' && Array.isArray(x)) out.push(`${col} = ANY(${param(b, p)})`);
    else if (op === 'notIn' && Array.isArray(x)) out.push(`NOT (${col} = ANY(${param(b, p)}))`);
    else if (op === 'not' && x === null) out.push(`${col} IS NOT NULL`);
    else if (op === 'not' && isValue(x)) out.push(`${col} <> ${param(b, p)}`);
    else if (op in COMPARE && isValue(x)) out.push(`${col} ${COMPARE[op]} ${param(b, p)}`);
    else unsupported(`filter ${op}`);
  }
  return out;
}
const COMPARE: Record<string, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

/** The condition of a Prisma `where` on `alias`, or null when it holds for every row. */
function where(b: Build, model: Model, alias: string, w: unknown, path: Path): string | null {
  if (w === undefined) return null;
  if (!isPlain(w)) return unsupported('where');
  const parts: string[] = [];
  for (const [key, v] of defined(w)) {
    const p = [...path, key];
    if (key === 'AND') {
      const list = Array.isArray(v) ? v : [v];
      list.forEach((x, i) => {
        const c = where(b, model, alias, x, Array.isArray(v) ? [...p, i] : p);
        if (c) parts.push(c);
      });
    } else if (key === 'OR') {
      // Prisma drops an alternative without condition rather than letting it hold for every row,
      // and reads an empty OR as false at the top but as no condition inside AND: left to Prisma.
      if (!Array.isArray(v) || !v.length) return unsupported('OR');
      const alternatives = v.map((x, i) => where(b, model, alias, x, [...p, i]) ?? unsupported('OR without condition'));
      parts.push(`(${alternatives.map((c) => `(${c})`).join(' OR ')})`);
    } else {
      const f = model.fields.get(key) ?? unsupported(`where ${model.name}.${key}`);
      if (f.kind === 'object') parts.push(relationFilter(b, model, alias, f, v, p));
      else parts.push(...scalarFilter(b, f, `${alias}.${quote(f.column)}`, v, p));
    }
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** A to-one relation filter (`{ related: { ... } }` or `{ related: { is: { ... } } }`): the row must exist and match. */
function relationFilter(b: Build, model: Model, alias: string, f: Field, v: unknown, path: Path): string {
  if (f.isList || !isPlain(v)) return unsupported(`relation filter ${f.name}`);
  const keys = Object.keys(v);
  const wrapped = keys.includes('is') || keys.includes('isNot');
  if (wrapped && (keys.length !== 1 || !isPlain(v.is))) return unsupported('is/isNot');
  const { target, pairs } = joinColumns(model, f);
  const a = `t${b.aliases++}`;
  const on = pairs.map(([t, p]) => `${a}.${quote(t)} = ${alias}.${quote(p)}`);
  // Without a condition Prisma reads the filter as none at all, not as "the row exists": left to Prisma.
  const c = where(b, target, a, wrapped ? v.is : v, wrapped ? [...path, 'is'] : path) ?? unsupported('relation filter without condition');
  return `EXISTS (SELECT 1 FROM ${quote(target.table)} ${a} WHERE ${[...on, c].join(' AND ')})`;
}

function orderBy(model: Model, alias: string, v: unknown): string {
  if (v === undefined) return '';
  const items = Array.isArray(v) ? v : [v];
  const out = items.map((item) => {
    if (!isPlain(item)) return unsupported('orderBy');
    const entries = defined(item);
    if (entries.length !== 1) return unsupported('orderBy with other than one field');
    const [name, dir] = entries[0];
    const f = model.fields.get(name);
    if (!f || f.kind === 'object' || f.isList || f.type === 'Json') return unsupported(`orderBy ${name}`);
    const sort = isPlain(dir) ? dir.sort : dir;
    const nulls = isPlain(dir) ? dir.nulls : undefined;
    if ((sort !== 'asc' && sort !== 'desc') || (isPlain(dir) && defined(dir).some(([k]) => k !== 'sort' && k !== 'nulls')))
      return unsupported('orderBy direction');
    if (nulls !== undefined && nulls !== 'first' && nulls !== 'last') return unsupported('orderBy nulls');
    return `${alias}.${quote(f.column)} ${sort.toUpperCase()}${nulls ? ` NULLS ${nulls.toUpperCase()}` : ''}`;
  });
  return out.length ? ` ORDER BY ${out.join(', ')}` : '';
}

interface Selected {
  /** [result key, SQL expression] */
  columns: [string, string][];
  joins: string[];
  /** At the top: what a row needs done to it, if anything. */
  decode: Decode | null;
  /** Nested: how the object is made from its array. */
  make: Make;
}

/** How a column's value becomes the result's: as it is, a Date, one related object, or a list. */
const As = { Value: 0, Date: 1, One: 2, Many: 3 } as const;
type As = (typeof As)[keyof typeof As];

/**
 * Milliseconds since the epoch: a value JSON carries without a zone to misread. date_part computes
 * in float8 where extract() computes in numeric since PostgreSQL 14: the feed's statement took 5-8%
 * less time with it (pgbench, bench/NOTES.md). A timestamptz(3) is a whole number of milliseconds
 * and float8 holds each one of the years 0001-9999 exactly, so `round` gives it to the millisecond.
 * A column with microseconds is truncated to the millisecond first, as Prisma does.
 */
const epochMs = (col: string, micro: boolean) => `round(date_part('epoch', ${micro ? `date_trunc('milliseconds', ${col})` : col}) * 1000)`;

/**
 * The DateTime columns declared with more than millisecond precision (`@db.Timestamptz(6)`): the
 * generated client does not carry native types, and tests/direct-reads.test.ts holds this list to
 * the native types Prisma's schema parser reads, so a new such column fails there instead of being rounded.
 */
export const MICROSECOND_COLUMNS = new Set(['RelatedArticle.computedAt', 'RelatedSource.dueAt']);

function scalarColumn(model: Model, f: Field, alias: string, top: boolean): string {
  if (!(f.kind === 'enum' || SCALARS.has(f.type))) return unsupported(`type ${f.type}`);
  const col = `${alias}.${quote(f.column)}`;
  if (f.isList && f.type === 'DateTime') return unsupported('DateTime list');
  if (f.type === 'DateTime') {
    // float8 (oid 701) at the top, parsed as a number like the JSON inside.
    return epochMs(col, MICROSECOND_COLUMNS.has(`${model.name}.${f.name}`));
  }
  // At the top a list would come back in PostgreSQL's array text (enum arrays are not parsed); as JSON it is an array.
  return top && f.isList ? `to_json(${col})` : col;
}

const RELATION_ARGS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip']);

/** The columns and joins of a `select` / `include` / `true` on `model` (aliased `alias`). */
function selection(b: Build, model: Model, alias: string, node: unknown, path: Path, top: boolean): Selected {
  const columns: [string, string][] = [];
  const joins: string[] = [];
  const as: As[] = [];
  const makes: (Make | null)[] = [];
  const scalar = (f: Field) => {
    columns.push([f.name, scalarColumn(model, f, alias, top)]);
    as.push(f.type === 'DateTime' ? As.Date : As.Value);
    makes.push(null);
  };
  const relation = (f: Field, v: unknown, p: Path) => {
    const r = relationJoin(b, model, alias, f, v, p);
    joins.push(r.join);
    columns.push([f.name, `${r.alias}.v`]);
    as.push(f.isList ? As.Many : As.One);
    makes.push(r.make);
  };
  const n = node === true ? {} : isPlain(node) ? node : unsupported('selection');
  if (n.select !== undefined && n.include !== undefined) return unsupported('select with include');
  if (n.select !== undefined) {
    if (!isPlain(n.select)) return unsupported('select');
    for (const [key, v] of defined(n.select)) {
      if (v === false) continue;
      const f = model.fields.get(key) ?? unsupported(`select ${model.name}.${key}`);
      if (f.kind === 'object') relation(f, v, [...path, 'select', key]);
      else if (v === true) scalar(f);
      else unsupported(`select ${key}`);
    }
  } else {
    for (const f of model.scalars) scalar(f);
    if (n.include !== undefined) {
      if (!isPlain(n.include)) return unsupported('include');
      for (const [key, v] of defined(n.include)) {
        if (v === false) continue;
        const f = model.fields.get(key);
        if (f?.kind !== 'object') return unsupported(`include ${model.name}.${key}`);
        relation(f, v, [...path, 'include', key]);
      }
    }
  }
  const keys = columns.map(([k]) => k);
  return { columns, joins, decode: decoder(keys, as, makes), make: maker(keys, as, makes) };
}

function converted(kind: As, make: Make | null, v: unknown): unknown {
  if (v === null || kind === As.Value) return v;
  if (kind === As.Date) return new Date(v as number);
  return kind === As.One ? make!(v as unknown[]) : (v as unknown[][]).map(make!);
}

function decoder(keys: string[], as: As[], makes: (Make | null)[]): Decode | null {
  const at = keys.flatMap((_, i) => (as[i] === As.Value ? [] : [i]));
  if (!at.length) return null;
  return (o) => {
    for (const i of at) o[keys[i]] = converted(as[i], makes[i], o[keys[i]]);
  };
}

function maker(keys: string[], as: As[], makes: (Make | null)[]): Make {
  return (a) => {
    const o: Row = {};
    for (let i = 0; i < keys.length; i++) o[keys[i]] = converted(as[i], makes[i], a[i]);
    return o;
  };
}

/**
 * A nested row as a positional JSON array, its keys put back by `maker`: PostgreSQL writes no
 * key names and the gateway parses none, which made the feed's statement 14% cheaper than with
 * json_build_object (which also takes at most 100 arguments, this 100 columns).
 */
function jsonRow(columns: [string, string][]): string {
  if (columns.length > 100) return unsupported('more than 100 fields in one object');
  return `json_build_array(${columns.map(([, e]) => e).join(', ')})`;
}

function relationJoin(b: Build, model: Model, parentAlias: string, f: Field, v: unknown, path: Path) {
  if (v !== true && !isPlain(v)) return unsupported(`relation ${f.name}`);
  const args = v === true ? {} : v;
  for (const [k] of defined(args)) if (!RELATION_ARGS.has(k)) unsupported(`relation argument ${k}`);
  const { target, pairs } = joinColumns(model, f);
  const a = `t${b.aliases++}`;
  const j = `j${b.aliases++}`;
  const sel = selection(b, target, a, args, path, false);
  const conditions = pairs.map(([t, p]) => `${a}.${quote(t)} = ${parentAlias}.${quote(p)}`);
  const from = `FROM ${quote(target.table)} ${a}${sel.joins.map((x) => ` ${x}`).join('')}`;
  if (!f.isList) {
    if (args.where !== undefined || args.orderBy !== undefined || args.take !== undefined || args.skip !== undefined)
      return unsupported('arguments on a to-one relation');
    const join = `LEFT JOIN LATERAL (SELECT ${jsonRow(sel.columns)} AS v ${from} WHERE ${conditions.join(' AND ')} LIMIT 1) ${j} ON true`;
    return { join, alias: j, make: sel.make };
  }
  const c = where(b, target, a, args.where, [...path, 'where']);
  if (c) conditions.push(c);
  const order = orderBy(target, a, args.orderBy);
  const limit = args.take !== undefined ? ` LIMIT ${param(b, [...path, 'take'], true)}` : '';
  const offset = args.skip !== undefined ? ` OFFSET ${param(b, [...path, 'skip'], true)}` : '';
  // json_agg keeps the order of its sorted subquery (as Prisma's own statement relies on).
  const rows = `SELECT ${jsonRow(sel.columns)} AS v ${from} WHERE ${conditions.join(' AND ')}${order}${limit}${offset}`;
  const join = `LEFT JOIN LATERAL (SELECT coalesce(json_agg(s.v), '[]'::json) AS v FROM (${rows}) s) ${j} ON true`;
  return { join, alias: j, make: sel.make };
}

const ROOT_ARGS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip', 'relationLoadStrategy']);

interface Compiled {
  text: string;
  params: Param[];
  decode: Decode | null;
}

/** findUnique must name a unique field by equality, or Prisma would refuse the arguments. */
function namesUnique(model: Model, w: unknown): boolean {
  if (!isPlain(w)) return false;
  return defined(w).some(([k, v]) => {
    const f = model.fields.get(k);
    return f && (f.isId || f.isUnique) && (isValue(v) || (isPlain(v) && isValue(v.equals)));
  });
}

function compile(modelName: string, method: Method, args: Record<string, unknown>): Compiled {
  const model = dataModel().get(modelName) ?? unsupported(`model ${modelName}`);
  for (const [k] of defined(args)) if (!ROOT_ARGS.has(k)) unsupported(`argument ${k}`);
  if (method !== 'findMany' && (args.take !== undefined || args.skip !== undefined)) unsupported(`take/skip on ${method}`);
  if (method === 'findUnique' && !namesUnique(model, args.where)) unsupported('findUnique without a unique field');
  const b: Build = { params: [], aliases: 1 };
  const sel = selection(b, model, 't0', args, [], true);
  if (!sel.columns.length) unsupported('empty selection');
  const c = where(b, model, 't0', args.where, ['where']);
  const order = orderBy(model, 't0', args.orderBy);
  const limit = method !== 'findMany' ? ' LIMIT 1' : args.take !== undefined ? ` LIMIT ${param(b, ['take'], true)}` : '';
  const offset = args.skip !== undefined ? ` OFFSET ${param(b, ['skip'], true)}` : '';
  const text =
    `SELECT ${sel.columns.map(([k, e]) => `${e} AS ${quote(k)}`).join(', ')} FROM ${quote(model.table)} t0` +
    `${sel.joins.map((x) => ` ${x}`).join('')}${c ? ` WHERE ${c}` : ''}${order}${limit}${offset}`;
  return { text, params: b.params, decode: sel.decode };
}

/**
 * The arguments with their values taken out, as a string: two arguments of the same shape compile
 * to the same SQL. In a `where`, every value and array of values (told apart) is a parameter; a
 * null is not (IS NULL); elsewhere only numbers are (take, skip). undefined when the arguments
 * hold something the compiler never reads as a value (a class instance such as Prisma.DbNull, a
 * bigint).
 */
function shapeOf(v: unknown, inWhere: boolean): string | undefined {
  if (v === null) return 'n';
  switch (typeof v) {
    case 'number':
      return '?';
    case 'boolean':
      return inWhere ? '?' : v ? 't' : 'f';
    // Keys and strings carry their length, so no key or string can read as the rest of a shape.
    case 'string':
      return inWhere ? '?' : `'${v.length}${v}`;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (v instanceof Date) return inWhere ? '?' : undefined;
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    if (isPlain(v[0])) {
      let out = '[';
      for (const x of v) {
        const s = isPlain(x) ? shapeOf(x, inWhere) : undefined;
        if (s === undefined) return undefined;
        out += `${s},`;
      }
      return `${out}]`;
    }
    return inWhere && v.every(isValue) ? '?[]' : undefined;
  }
  if (!isPlain(v)) return undefined;
  let out = '{';
  for (const key in v) {
    const x = v[key];
    if (x === undefined) continue;
    const s = shapeOf(x, inWhere || key === 'where');
    if (s === undefined) return undefined;
    out += `${key.length}${key}:${s},`;
  }
  return `${out}}`;
}

const toParam = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.map((x) => (x instanceof Date ? x.toISOString() : x)) : v;

function values(params: Param[], args: unknown): unknown[] | undefined {
  const out = new Array(params.length);
  for (let i = 0; i < params.length; i++) {
    let v = args as Record<string | number, unknown>;
    for (const k of params[i].path) v = v[k] as Record<string | number, unknown>;
    if (params[i].count && !(Number.isInteger(v) && (v as unknown as number) >= 0)) return undefined;
    out[i] = toParam(v);
  }
  return out;
}

// Every column comes back parsed the same way whatever the process' global pg parsers: numbers,
// booleans, JSON (json and jsonb, which is how relations, lists and times arrive), else the text
// (strings, enums).
const PARSERS: Record<number, (v: string) => unknown> = {
  16: (v) => v === 't',
  21: Number,
  23: Number,
  701: Number,
  114: JSON.parse,
  3802: JSON.parse,
};
const asText = (v: string) => v;
const TYPES = { getTypeParser: (oid: number) => PARSERS[oid] ?? asText } as unknown as pg.CustomTypesConfig;

const MAX_SHAPES = 500;
/** Compiled statements (null: left to Prisma) by model and method, then by shape. */
const shapes = new Map<string, Map<string, Compiled | null>>();
let shapeCount = 0;

export interface DirectStatementEvent {
  query: string;
  params: string;
  duration: number;
  timestamp: Date;
}
const listeners = new Set<(e: DirectStatementEvent) => void>();

/** Hears every statement this path sends, when DB_QUERY_EVENTS is on (as Prisma's query events). */
export function onDirectStatement(listener: (e: DirectStatementEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let enabled: boolean | undefined;

/** Turns the path on or off for this process (DB_DIRECT_READS); tests compare both in one process. */
export function setDirectReads(on: boolean): void {
  enabled = on;
}

const isOn = () => (enabled ??= env().DB_DIRECT_READS === 'on');

/** Runs a statement of this path on the pool, prepared under the name Prisma's own statements get too, and tells the listeners. */
function run(text: string, params: unknown[], types: pg.CustomTypesConfig): Promise<Row[]> {
  const started = performance.now();
  return pool()
    .query<Row>({ name: statementName(text), text, values: params, types })
    .then((result) => {
      if (listeners.size && env().DB_QUERY_EVENTS) {
        const e = { query: text, params: JSON.stringify(params), duration: performance.now() - started, timestamp: new Date() };
        for (const l of listeners) l(e);
      }
      return result.rows;
    });
}

function compiled(model: string, method: Method, args: Record<string, unknown>): Compiled | null {
  const shape = shapeOf(args, false);
  if (shape === undefined) return null;
  const read = `${model}.${method}`;
  let byShape = shapes.get(read);
  if (!byShape) {
    byShape = new Map();
    shapes.set(read, byShape);
  }
  let c = byShape.get(shape);
  if (c === undefined) {
    try {
      c = compile(model, method, args);
    } catch (err) {
      // A shape it does not know, or a fault of its own: either way Prisma answers.
      if (!(err instanceof Unsupported)) logger.warn({ err: (err as Error).message, model, method }, 'direct read not compiled');
      c = null;
    }
    // Bounded: past MAX_SHAPES every cached statement is dropped and compiled again on use.
    if (shapeCount >= MAX_SHAPES) {
      for (const m of shapes.values()) m.clear();
      shapeCount = 0;
    }
    byShape.set(shape, c);
    shapeCount++;
  }
  return c;
}

/**
 * Runs `prisma.<model>.<method>(args)` through the pg pool directly, answering what Prisma would;
 * undefined when the path is off or the arguments are of a shape it does not compile (the caller
 * then asks Prisma).
 */
export function directRead(model: string, method: Method, args: object): Promise<unknown> | undefined {
  if (!isOn()) return undefined;
  const c = compiled(model, method, args as Record<string, unknown>);
  if (!c) return undefined;
  const params = values(c.params, args);
  if (!params) return undefined;
  return run(c.text, params, TYPES).then((rows) => {
    if (c.decode) for (const row of rows) c.decode(row);
    return method === 'findMany' ? rows : (rows[0] ?? null);
  });
}

// Raw list statements (page rows, counts) of our own: their columns are int4, text and
// timestamptz, parsed as Prisma's $queryRaw parses them (numbers, strings, Dates).
const RAW_PARSERS: Record<number, (v: string) => unknown> = {
  23: Number,
  // "2026-12-03 11:34:40.123+00": ISO but for the space and an offset of hours alone.
  1184: (v) => new Date(`${v.slice(0, 10)}T${v.slice(11)}${/[+-]\d\d$/.test(v) ? ':00' : ''}`),
};
const RAW_TYPES = { getTypeParser: (oid: number) => RAW_PARSERS[oid] ?? asText } as unknown as pg.CustomTypesConfig;

/**
 * A statement of our own (`Prisma.sql`, columns int4, text or timestamptz only) on the pg pool
 * as a named prepared statement; with the path off, `prisma.$queryRaw`. Prisma's raw path costs
 * 0.1-0.2 ms of gateway CPU per statement (its request, serialising the values, mapping the
 * columns), a tenth of a list page's.
 */
export function rawRead<T>(query: Prisma.Sql): Promise<T[]> {
  if (!isOn()) return prisma().$queryRaw<T[]>(query);
  return run(query.text, query.values.map(toParam), RAW_TYPES) as Promise<T[]>;
}

/** `directRead`, else `fallback` (the same read through Prisma): the one way callers use this path. */
export function readDirect<T>(model: string, method: Method, args: object, fallback: () => T): T {
  return (directRead(model, method, args) as T | undefined) ?? fallback();
}
