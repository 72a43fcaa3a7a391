import { writeFileSync } from 'node:fs';

// npm run schema:print: writes schema.graphql, the schema as clients see it, sorted. Building the
// schema opens no connection, but src/db.ts wants a URL to configure its pool with.
process.env.DATABASE_URL ??= 'postgresql://localhost/schema-print';
const { printedSchema } = await import('../src/schema/print.ts');
writeFileSync(new URL('../schema.graphql', import.meta.url), printedSchema());
console.log('schema.graphql written');
