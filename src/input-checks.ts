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
  type GraphQLInputType,
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

export function inputCheckPlugin(): Plugin {
  const { stringLength } = limits();
  return {
    onExecute: ({ args, setResultAndStopExecution }) => {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const defaults = new Map<string, ValueNode>();
      const typeInfo = new TypeInfo(args.schema);
      const onArgument = {
        VariableDefinition: (node: VariableDefinitionNode) => {
          if (node.defaultValue) defaults.set(node.variable.name.value, node.defaultValue);
        },
        Argument: (node: { name: { value: string }; value: ValueNode }) => {
          const arg = typeInfo.getArgument();
          recordUses(node.value, node.name.value, uses);
          if (arg) checkValue(rawValue(node.value, variables, defaults), arg.type, node.name.value, stringLength);
        },
      };
      const uses = new Map<string, string>();
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      // Mutation inputs are validated by the write path itself (src/writes/), with limits per
      // field (a summary may be longer than a search term) and field paths; reads get this check.
      // Variable definitions come before the selections that use them.
      if (operation.operation !== 'mutation') visit(args.document, visitWithTypeInfo(typeInfo, onArgument));
      else visit(args.document, { Argument: (node) => recordUses(node.value, node.name.value, uses) });
      // Variables of the wrong type: graphql-js reports them without a code; coerce them here
      // first so the client gets BAD_USER_INPUT naming the argument, like any other bad value.
      const coerced = getVariableValues(args.schema, operation.variableDefinitions ?? [], variables, { maxErrors: 10 });
      if (coerced.errors) {
        setResultAndStopExecution({
          errors: coerced.errors.map((e) => {
            const name = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)"/.exec(e.message)?.[1];
            return badInput(e.message, { argument: (name && uses.get(name)) ?? name ?? null, reason: 'INVALID_VALUE' });
          }),
        });
      }
    },
  };
}
