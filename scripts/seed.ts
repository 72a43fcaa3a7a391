import { openDatabase } from '../src/db/open.ts';
import { migrate } from '../src/db/migrate.ts';

// npm run seed: loads the demo content (idempotent) into DATABASE_URL or the embedded database.
const database = await openDatabase();
try {
  await migrate(database);
  const { prisma, closeDb } = await import('../src/db/client.ts');
  const { seedDemo } = await import('../src/seed/demo.ts');
  const { articles } = await seedDemo(prisma());
  console.log(`Demo content loaded: ${articles} articles.`);
  await closeDb();
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
