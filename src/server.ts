import { createServer } from 'node:http';
import { ConfigError, env } from './env.ts';
import { migrate } from './db/migrate.ts';

// The only file that listens on a port. Order matters: the database must be reachable and
// migrated before src/db/client.ts opens its pool on first use.

async function main() {
  const e = env();
  const { openDatabase } = await import('./db/open.ts');
  const database = await openDatabase();
  const { logger } = await import('./logger.ts');
  const applied = await migrate(database);
  if (applied.length) logger.info({ applied }, 'migrations applied');

  const { prisma, closeDb } = await import('./db/client.ts');
  if (e.SEED_ON_START && (await prisma().article.count()) === 0) {
    const { seedDemo } = await import('./seed/demo.ts');
    const { articles } = await seedDemo(prisma());
    logger.info({ articles }, 'empty database: demo content loaded');
  }

  const { yoga } = await import('./yoga.ts');
  // Publishes scheduled articles as they fall due (every instance polls; see src/events/scheduler.ts).
  const { startScheduler } = await import('./events/scheduler.ts');
  const scheduler = startScheduler();
  // Requests still running, including ones whose client went away: the pool stays open for them.
  let active = 0;
  const server = createServer(async (req, res) => {
    active++;
    try {
      await yoga(req, res);
    } finally {
      active--;
    }
  });
  server.listen(e.PORT, e.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : e.PORT;
    logger.info(`GraphQL and GraphiQL on http://localhost:${port}${yoga.graphqlEndpoint}`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Stop taking requests, let those in flight finish (at most 10 s), then close the pool.
    const deadline = Date.now() + 10_000;
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 10_000).unref();
    });
    while (active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await scheduler.stop();
    await closeDb().catch((err) => logger.warn({ err: err.message }, 'closing the pool failed'));
    await database.stop().catch((err) => logger.warn({ err: err.message }, 'stopping PostgreSQL failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
