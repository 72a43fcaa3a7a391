import { parseArgs } from 'node:util';
import { openDatabase } from '../src/db/open.ts';
import { migrate } from '../src/db/migrate.ts';
import { SCOPES } from '../src/viewer.ts';

// npm run keys -- create --name desk --scopes write,publish | list | revoke --name desk
// Against DATABASE_URL, or the embedded database (DATA_DIR) when it is not set.

const USAGE = `Usage:
  npm run keys -- create --name NAME --scopes SCOPE[,SCOPE...]   prints the new key once
  npm run keys -- list                                          names, prefixes, scopes, state
  npm run keys -- revoke --name NAME                            refuses the key from now on
Scopes: ${SCOPES.join(', ')}.`;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { name: { type: 'string' }, scopes: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    return { command: positionals[0], extra: positionals.slice(1), ...values };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

async function run(args: ReturnType<typeof parse>): Promise<string> {
  if (args.help || !args.command) return USAGE;
  if (args.extra.length) throw new UsageError(`Unexpected argument ${args.extra.join(' ')}.`);
  if (!['create', 'list', 'revoke'].includes(args.command)) throw new UsageError(`Unknown command "${args.command}".`);
  if (args.command !== 'list' && !args.name) throw new UsageError(`\`${args.command}\` needs --name NAME.`);
  if (args.command === 'create' && !args.scopes)
    throw new UsageError(`\`create\` needs --scopes, a comma-separated list of ${SCOPES.join(', ')}.`);

  const database = await openDatabase();
  try {
    await migrate(database);
    const { createKey, listKeys, revokeKey } = await import('../src/keys/keys.ts');
    const { closeDb } = await import('../src/db/client.ts');
    try {
      if (args.command === 'create') {
        const scopes = args
          .scopes!.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const { key } = await createKey(args.name!, scopes);
        return `${key}\nKey "${args.name!.trim()}" created with scopes ${scopes.join(', ')}. This is the only time it is shown: store it now.`;
      }
      if (args.command === 'revoke') {
        if (await revokeKey(args.name!)) return `Key "${args.name}" revoked.`;
        throw new UsageError(`No active key named "${args.name}".`);
      }
      const keys = await listKeys();
      if (!keys.length) return 'No keys yet. Create one with: npm run keys -- create --name NAME --scopes preview';
      return keys
        .map(
          (k) =>
            `${k.name}\t${k.prefix}...\t${k.scopes.join(',')}\tcreated ${k.createdAt.toISOString()}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}`,
        )
        .join('\n');
    } finally {
      await closeDb();
    }
  } finally {
    await database.stop();
  }
}

try {
  console.log(await run(parse(process.argv.slice(2))));
} catch (err) {
  const { KeyError } = await import('../src/keys/keys.ts');
  if (err instanceof UsageError) console.error(`${err.message}\n\n${USAGE}`);
  else if (err instanceof KeyError) console.error(err.message);
  else console.error(`keys: ${(err as Error).message}`);
  process.exitCode = 1;
}
