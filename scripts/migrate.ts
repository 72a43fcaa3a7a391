import { openDatabase } from '../src/db/open.ts';
import { migrate } from '../src/db/migrate.ts';

// npm run db:migrate: applies pending migrations to DATABASE_URL (or the embedded database).
const database = await openDatabase();
try {
  const applied = await migrate(database);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
