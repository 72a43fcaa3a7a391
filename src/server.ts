import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ConfigError, env } from './env.ts';
import { migrate, MigrationError } from './db/migrate.ts';
import { ErrorCode } from './errors.ts';
import { isDraining, startDraining } from './lifecycle.ts';
import { listenStartupError, StartupError } from './startup-errors.ts';

// The only file that listens on a port. Order matters: the port is opened first, so a taken
// one is reported before the database is touched; the database must be reachable and migrated
// before yoga serves. Until then (a DATABASE_URL server that is down is waited for), /health is
// 200, /ready 503 and every other request a 503 SERVICE_UNAVAILABLE GraphQL error.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

function starting(req: IncomingMessage, res: ServerResponse) {
  const headers = { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1', 'cache-control': 'no-store' };
  if (req.url === '/health' || req.url === '/ready') {
    const alive = req.url === '/health';
    res
      .writeHead(alive ? 200 : 503, headers)
      .end(JSON.stringify({ status: alive ? 'starting' : 'unavailable', reason: 'the server is starting' }));
    return;
  }
  // GraphQL clients get a GraphQL error with the code a database outage has later (src/errors.ts).
  const requestId = randomUUID();
  const error = {
    message: 'The server is starting and its database is not available yet; retry shortly.',
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: 1, requestId },
  };
  res.writeHead(503, { ...headers, 'x-request-id': requestId }).end(JSON.stringify({ errors: [error] }));
}

async function main() {
  const e = env();
  // Loaded after env(): a bad setting is reported as such, before modules that read it load.
  const { logger } = await import('./logger.ts');
  const { closeDb, prisma } = await import('./db/client.ts');

  let handler: Handler = starting;
  // Requests still running, including ones whose client went away: the pool stays open for them.
  let active = 0;
  const server = createServer(async (req, res) => {
    active++;
    // While draining, each response closes its connection: keep-alive clients reconnect elsewhere.
    if (isDraining()) res.setHeader('connection', 'close');
    try {
      await handler(req, res);
    } finally {
      active--;
    }
  });
  await new Promise<void>((listening, fail) => {
    server.once('error', (err) => fail(listenStartupError(err, e.HOST, e.PORT)));
    server.listen(e.PORT, e.HOST, () => listening());
  });

  let database: { stop(): Promise<void> } | undefined;
  let scheduler: { stop(): Promise<void> } | undefined;
  let relatedRefresh: { stop(): Promise<void> } | undefined;
  let cachePurge: { close(): Promise<void> } | undefined;
  let stopping = false;
  let metricsServer: ReturnType<typeof createServer> | undefined;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Draining: /ready answers 503 at once while requests are still served, for SHUTDOWN_DRAIN_MS,
    // so a load balancer takes the instance out before its port closes and nothing is refused.
    startDraining();
    if (handler !== starting) await new Promise((r) => setTimeout(r, e.SHUTDOWN_DRAIN_MS));
    // Stop taking requests, let those in flight finish (at most 10 s), then close the pool.
    const deadline = Date.now() + 10_000;
    await new Promise<void>((done) => {
      server.close(() => done());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 10_000).unref();
    });
    while (active > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    metricsServer?.close();
    await scheduler?.stop();
    await relatedRefresh?.stop();
    await cachePurge?.close();
    await closeDb().catch((err) => logger.warn({ err: err.message }, 'closing the pool failed'));
    await database?.stop().catch((err) => logger.warn({ err: err.message }, 'stopping PostgreSQL failed'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // DATABASE_URL may be down or not up yet: the server keeps running (503, SERVICE_UNAVAILABLE)
  // and migrates once it answers (src/db/open.ts prepareDatabase).
  const { openDatabase, prepareDatabase } = await import('./db/open.ts');
  const opened = await openDatabase({ probe: false });
  database = opened;
  await prepareDatabase(opened, async () => {
    const applied = await migrate(opened);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (e.SEED_ON_START && (await prisma().article.count()) === 0) {
      const { seedDemo } = await import('./seed/demo.ts');
      const { articles } = await seedDemo(prisma());
      logger.info({ articles }, 'empty database: demo content loaded');
    }
  });

  const { yoga } = await import('./yoga.ts');
  handler = yoga;
  if (e.METRICS_PORT > 0) {
    // Prometheus scrapes its own port, never the public one (src/metrics.ts).
    const { registry } = await import('./metrics.ts');
    const metrics = createServer(async (req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
    });
    await new Promise<void>((listening, fail) => {
      metrics.once('error', (err) => fail(listenStartupError(err, e.HOST, e.METRICS_PORT)));
      metrics.listen(e.METRICS_PORT, e.HOST, () => listening());
    });
    metricsServer = metrics;
  }
  // Publishes scheduled articles as they fall due (every instance polls; see src/events/scheduler.ts).
  const { startScheduler } = await import('./events/scheduler.ts');
  scheduler = startScheduler();
  // Refreshes other articles' related lists after writes, in bounded batches (src/related/refresh.ts).
  const { startRelatedRefresh } = await import('./related/refresh.ts');
  relatedRefresh = startRelatedRefresh();
  // Every write purges what it changed from the response cache, on every instance (src/events/cache-purge.ts).
  if (e.RESPONSE_CACHE_TTL_MS > 0) {
    const { startCachePurge } = await import('./events/cache-purge.ts');
    cachePurge = await startCachePurge();
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : e.PORT;
  logger.info(`GraphQL and GraphiQL on http://localhost:${port}${yoga.graphqlEndpoint}`);
}

main().catch((err: unknown) => {
  // Errors a user can fix are one sentence; anything else keeps its stack for a bug report.
  console.error(
    err instanceof ConfigError || err instanceof StartupError || err instanceof MigrationError ? `Cannot start: ${err.message}` : err,
  );
  process.exit(1);
});
