import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { openDatabase } from '../src/db/open.ts';
import { migrate } from '../src/db/migrate.ts';

// npm run import:ninjs -- [--publish] [--category slug] [--publication slug] file.json...
// Imports IPTC ninjs news items (one per file, or an array of them) the way importNinjs does,
// as the actor "import". Prints one line per item; exits 1 if any item was refused.
const usage = 'usage: npm run import:ninjs -- [--publish] [--category <slug>] [--publication <slug>] <file.json>...';
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { publish: { type: 'boolean', default: false }, category: { type: 'string' }, publication: { type: 'string' } },
  });
}
try {
  args = parse();
} catch (err) {
  console.error(`${(err as Error).message}\n${usage}`);
  process.exit(2);
}
if (!args.positionals.length) {
  console.error(usage);
  process.exit(2);
}

const database = await openDatabase();
let failed = 0;
try {
  await migrate(database);
  const { closeDb } = await import('../src/db/client.ts');
  const { importNinjs } = await import('../src/ninjs/import.ts');
  for (const file of args.positionals) {
    let items: unknown[];
    try {
      const json: unknown = JSON.parse(await readFile(file, 'utf8'));
      items = Array.isArray(json) ? json : [json];
    } catch (err) {
      console.error(`${file}: not a JSON file: ${(err as Error).message}`);
      failed++;
      continue;
    }
    for (const [i, item] of items.entries()) {
      const where = items.length > 1 ? `${file}[${i}]` : file;
      try {
        const { articleId, outcome } = await importNinjs(item, {
          actor: 'import',
          publish: args.values.publish,
          category: args.values.category,
          publication: args.values.publication,
        });
        console.log(`${where}: ${outcome} article ${articleId}`);
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        console.error(`${where}: refused: ${err.message}`);
        failed++;
      }
    }
  }
  await closeDb();
} catch (err) {
  console.error((err as Error).message);
  failed++;
} finally {
  await database.stop();
}
process.exitCode = failed ? 1 : 0;
