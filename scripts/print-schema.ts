import { writeFileSync } from 'node:fs';
import { printedSchema } from '../src/schema/print.ts';

// npm run schema:print: writes schema.graphql, the schema as clients see it, sorted. Building the
// schema needs no database: src/db/client.ts connects on first use only.
writeFileSync(new URL('../schema.graphql', import.meta.url), printedSchema());
console.log('schema.graphql written');
