import {
  getNamedType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badInput } from './errors.ts';
import { limits } from './limits.ts';

// Every string a client sends (as a literal or a variable, at any depth of an input object) is
// checked once before execution, whatever field takes it: no control characters (a NUL makes
// PostgreSQL fail), bounded length, and DateTime values within the years PostgreSQL and
// JavaScript dates agree on. The error names the argument (`filter.tags.slugs`). Hand-written:
// no envelop or armor plugin checks argument values.

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

function checkString(value: string, type: string, argument: string, maxLength: number): void {
  // `argument` is the path to the value (`filter.tags.slugs`); `field` says the same, as the
  // write path's own validation names it.
  if (CONTROL.test(value))
    throw badInput(`\`${argument}\` contains a control character.`, { argument, field: argument, reason: 'CONTROL_CHARACTER' });
  if (value.length > maxLength) {
    throw badInput(`\`${argument}\` is longer than ${maxLength} characters.`, { argument, field: argument, reason: 'TOO_LONG' });
  }
  if (type === 'DateTime') {
    const year = new Date(value).getUTCFullYear();
    if (Number.isFinite(year) && (year < MIN_YEAR || year > MAX_YEAR)) {
      throw badInput(`\`${argument}\` must be a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`, {
        argument,
        field: argument,
        reason: 'OUT_OF_RANGE',
      });
    }
  }
}

/** Checks a raw (uncoerced) value of `type`; coercion itself reports values of the wrong shape. */
function checkValue(value: unknown, type: GraphQLInputType, argument: string, maxLength: number): void {
  if (value == null) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) for (const item of value) checkValue(item, inner.ofType, argument, maxLength);
    else checkValue(value, inner.ofType, argument, maxLength);
  } else if (isInputObjectType(inner)) {
    if (typeof value !== 'object') return;
    const fields = inner.getFields();
    for (const [key, v] of Object.entries(value as object)) {
      if (fields[key]) checkValue(v, fields[key].type, `${argument}.${key}`, maxLength);
    }
  } else if (typeof value === 'string') {
    checkString(value, getNamedType(inner).name, argument, maxLength);
  }
}

/** Where each variable is used, as the argument path that takes it (`filter.tags.slugs`). */
function recordUses(node: ValueNode, path: string, uses: Map<string, string>): void {
  if (node.kind === Kind.VARIABLE) uses.set(node.name.value, uses.get(node.name.value) ?? path);
  else if (node.kind === Kind.LIST) for (const v of node.values) recordUses(v, path, uses);
  else if (node.kind === Kind.OBJECT) for (const f of node.fields) recordUses(f.value, `${path}.${f.name.value}`, uses);
}

/** A literal's value with variables substituted from the raw variables (or their defaults). */
function rawValue(node: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): unknown {
  switch (node.kind) {
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (name in variables) return variables[name];
      const fallback = defaults.get(name);
      return fallback ? rawValue(fallback, variables, defaults) : undefined;
    }
    case Kind.LIST:
      return node.values.map((v) => rawValue(v, variables, defaults));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, rawValue(f.value, variables, defaults)]));
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    default:
      return undefined;
  }
}

/** What the checks of one operation need from its document, found by one walk with TypeInfo. */
interface CheckPlan {
  /** Every argument of a read, with its input type (mutations check their input in src/writes/). */
  checks: { value: ValueNode; type: GraphQLInputType; name: string }[];
  /** Variable defaults, by name. */
  defaults: Map<string, ValueNode>;
  /** Where each variable is used, as the argument path that takes it. */
  uses: Map<string, string>;
  operation: OperationDefinitionNode;
}

/**
 * Plans are kept per parsed document (yoga's parse cache hands a repeated query the same object)
 * and operation name, so a repeated request checks its values without walking the document with
 * TypeInfo again (about 1% of an article page's gateway CPU in npm run bench:profile).
 */
const plans = new WeakMap<DocumentNode, Map<string, CheckPlan | null>>();

function checkPlan(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CheckPlan | null {
  let byName = plans.get(document);
  const known = byName?.get(operationName ?? '');
  if (known !== undefined) return known;
  const operation = getOperationAST(document, operationName);
  let plan: CheckPlan | null = null;
  if (operation) {
    plan = { checks: [], defaults: new Map(), uses: new Map(), operation };
    const { checks, defaults, uses } = plan;
    // Mutation inputs are validated by the write path itself (src/writes/), with limits per
    // field (a summary may be longer than a search term) and field paths; reads get this check.
    if (operation.operation !== 'mutation') {
      const typeInfo = new TypeInfo(schema);
      visit(
        document,
        visitWithTypeInfo(typeInfo, {
          VariableDefinition: (node: VariableDefinitionNode) => {
            if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
          },
          Argument: (node) => {
            const arg = typeInfo.getArgument();
            recordUses(node.value, node.name.value, uses);
            if (arg) checks.push({ value: node.value, type: arg.type, name: node.name.value });
          },
        }),
      );
    } else visit(document, { Argument: (node) => recordUses(node.value, node.name.value, uses) });
  }
  if (!byName) {
    byName = new Map();
    plans.set(document, byName);
  }
  if (byName.size >= 16) byName.clear();
  byName.set(operationName ?? '', plan);
  return plan;
}

export function inputCheckPlugin(): Plugin {
  const { stringLength } = limits();
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const plan = checkPlan(args.schema, args.document, args.operationName);
      if (!plan) return;
      for (const c of plan.checks) checkValue(rawValue(c.value, variables, plan.defaults), c.type, c.name, stringLength);
      // Variables of the wrong type: graphql-js reports them without a code; coerce them here
      // first so the client gets BAD_USER_INPUT naming the argument, like any other bad value.
      const coerced = getVariableValues(args.schema, plan.operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
      if (coerced.errors) {
        setResultAndStopExecution({
          errors: coerced.errors.map((e) => {
            const name = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(e.message)?.[1];
            return badInput(e.message, { argument: (name && plan.uses.get(name)) ?? name ?? null, reason: 'INVALID_VALUE' });
          }),
        });
      }
    },
  };
}
