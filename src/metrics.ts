import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { poolStats } from './db/client.ts';

// Prometheus metrics, kept in their own registry and served by src/server.ts on METRICS_PORT
// only, never on the public port (the plugin's own /metrics endpoint is turned off).
// Requests, durations and errors come from @graphql-yoga/plugin-prometheus; the three below are
// the gateway's own: what it spends (cost), what it saves (cache hits), what it waits for (pool)
// and how long a change takes to leave the cache (purge lag).

export const registry = new Registry();

const cost = new Histogram({
  name: 'gateway_request_cost',
  help: 'Cost of each executed operation (src/limits.ts), refused ones included.',
  buckets: [10, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 50_000],
  registers: [registry],
});
const cacheLookups = new Counter({
  name: 'gateway_response_cache_lookups_total',
  help: 'Response-cache lookups, by result (hit or miss).',
  labelNames: ['result'],
  registers: [registry],
});

const purgeLag = new Histogram({
  name: 'gateway_cache_purge_lag_seconds',
  help: "From a change's transaction start (OutboxEvent.createdAt, PostgreSQL's clock) until this instance's response cache has dropped what it made stale.",
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

export const recordCost = (requested: number) => cost.observe(requested);
/** One event's purge has landed on this instance, `seconds` after its transaction began. */
export const recordPurgeLag = (seconds: number) => purgeLag.observe(Math.max(0, seconds));
export const recordCacheLookup = (hit: boolean) => cacheLookups.inc({ result: hit ? 'hit' : 'miss' });

// Pool gauges read the pool when scraped (zero until it is opened).
{
  const gauge = (name: string, help: string, read: (s: { total: number; idle: number; waiting: number }) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const s = poolStats();
        this.set(s ? read(s) : 0);
      },
    });
  gauge('gateway_db_pool_in_use', 'Database connections checked out of the pool.', (s) => s.total - s.idle);
  gauge('gateway_db_pool_idle', 'Open database connections waiting in the pool.', (s) => s.idle);
  gauge('gateway_db_pool_waiting', 'Requests waiting for a database connection.', (s) => s.waiting);
}

export function metricsPlugin(): Plugin {
  return usePrometheus({
    registry,
    endpoint: false,
    metrics: {
      graphql_yoga_http_duration: true,
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_error_result: true,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_execute: true,
      // On by default in the yoga plugin, off here. The schema has no deprecated fields, yet that
      // counter walks every document with a TypeInfo visitor (about 2% of an article page's CPU);
      // the time summary repeats the duration histogram at a higher cost per observation.
      graphql_envelop_deprecated_field: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_context: false,
    },
    // The URL holds persisted-operation hashes and variables on GET: unbounded label values.
    labels: { url: false },
  }) as Plugin;
}
