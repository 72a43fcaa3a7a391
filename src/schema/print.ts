import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.ts';

/** schema.graphql's content: the executable schema, sorted, so diffs show real changes only. */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
