import { readFileSync, writeFileSync } from 'node:fs';

// npm run bench:bound: the most expensive requests the limits accept, at benchmark scale, each
// measured for gateway CPU (process.cpuUsage, in-process through yoga.fetch), wall time (which
// includes PostgreSQL) and response size. The issue's bound: at most 250 ms of server CPU and
// 2 MB. Needs BENCH_DATABASE_URL (a database seeded with `npm run seed:synthetic`).

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL is required (seed it with npm run seed:synthetic -- --articles 200000)');
Object.assign(process.env, {
  DATABASE_URL: url,
  DATABASE_SCHEMA: process.env.BENCH_SCHEMA ?? 'public',
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  RESPONSE_CACHE_TTL_MS: '0',
  RATE_LIMIT_POINTS: '0',
  PERSISTED_OPERATIONS: 'off',
  CSRF_PREVENTION: 'false',
});
const { yoga } = await import('../src/yoga.ts');
const { prisma, closeDb } = await import('../src/db/client.ts');
const { limits } = await import('../src/limits.ts');

const card =
  'id slug title summary publishedAt readingTimeMinutes category { name slug } credits { role person { name slug } } tags { name slug }';
const full = `${card} body { __typename ... on ParagraphBlock { text } ... on HeadingBlock { text } ... on QuoteBlock { text } ... on ListBlock { items } } jsonLd`;
const slugs = (
  await prisma().article.findMany({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'desc' }, take: 40, select: { slug: true } })
).map((a) => a.slug);
const person = await prisma().person.findFirstOrThrow({ orderBy: { credits: { _count: 'desc' } }, select: { slug: true } });
const tags = (await prisma().tag.findMany({ orderBy: { articles: { _count: 'desc' } }, take: 20, select: { slug: true } })).map(
  (t) => t.slug,
);
const tag = { slug: tags[0] };

const candidates: Record<string, string> = {
  '9 articles with 50 related each': `{ articles(first: 9) { edges { node { id title related(first: 50) { edges { node { id title } } } } } } }`,
  '60 full articles (body, JSON-LD)': `{ articles(first: 60) { edges { node { ${full} } } } }`,
  "a tag's 60 articles with 3 more from each category": `{ tag(slug: "${tag.slug}") { articles(first: 60) { totalCount edges { node { ${card} moreFromCategory(first: 3) { edges { node { id title } } } } } } } }`,
  "a person's 35 credits and 35 mentions": `{ person(slug: "${person.slug}") { credits(first: 35) { totalCount edges { node { ${card} } } } mentionedIn(first: 35) { totalCount edges { node { ${card} } } } } }`,
  '5 article pages by alias': `{ ${slugs
    .slice(0, 5)
    .map(
      (s, i) =>
        `a${i}: article(slug: "${s}") { ${full} related(first: 5) { edges { node { id title } } } moreFromCategory(first: 5) { edges { node { id title } } } }`,
    )
    .join(' ')} }`,
  'filter by 20 tags, 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags)} } }) { totalCount edges { node { id title publishedAt } } } }`,
  'filter by 4 tags, 100 articles, no totalCount': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 4))} } }) { edges { node { id title publishedAt } } } }`,
  'filter by 4 tags (all), 100 articles, no totalCount': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 4))}, match: ALL } }) { edges { node { id title publishedAt } } } }`,
  'filter by 1 tag, 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 1))} } }) { totalCount edges { node { id title publishedAt } } } }`,
  'filter by 4 tags, 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 4))} } }) { totalCount edges { node { id title publishedAt } } } }`,
  'filter by 2 tags (all), 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 2))}, match: ALL } }) { totalCount edges { node { id title publishedAt } } } }`,
  'filter by 4 tags (all), 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags.slice(0, 4))}, match: ALL } }) { totalCount edges { node { id title publishedAt } } } }`,
  'filter by 20 tags (all), 100 articles': `{ articles(first: 100, filter: { tags: { slugs: ${JSON.stringify(tags)}, match: ALL } }) { totalCount edges { node { id title publishedAt } } } }`,
};

async function measure(query: string) {
  const runs: { cpu: number; wall: number; bytes: number; cost: number; errors?: string }[] = [];
  for (let i = 0; i < 6; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = await res.text();
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const body = JSON.parse(text);
    runs.push({
      cpu: (cpu.user + cpu.system) / 1000,
      wall,
      bytes: Buffer.byteLength(text),
      cost: body.extensions?.cost?.requested,
      errors: body.errors?.[0]?.extensions?.code,
    });
  }
  const warm = runs.slice(1).sort((a, b) => a.cpu - b.cpu);
  return { ...warm[Math.floor(warm.length / 2)], wall: warm.map((r) => r.wall).sort((a, b) => a - b)[Math.floor(warm.length / 2)] };
}

const articles = await prisma().article.count();
const rows = [`| request | cost | gateway CPU (ms, median) | wall (ms, median) | response |`, `| --- | --- | --- | --- | --- |`];
for (const [name, query] of Object.entries(candidates)) {
  const m = await measure(query);
  rows.push(
    `| ${name} | ${m.cost ?? m.errors} | ${m.cpu.toFixed(1)} | ${m.wall.toFixed(1)} | ${(m.bytes / 1024).toFixed(0)} KB${m.errors ? ` (${m.errors})` : ''} |`,
  );
  console.log(rows.at(-1));
}
const section = [
  '<!-- bound:start -->',
  '## The most expensive accepted requests (npm run bench:bound)',
  '',
  `${articles.toLocaleString('en')} articles, cost limit ${limits().cost}, one request at a time in-process (6 runs, the first dropped), production mode, caches off. Gateway CPU is the Node process; wall time includes PostgreSQL. The issue's bound is 250 ms of server CPU and 2 MB. Figures from a shared 2-core machine.`,
  '',
  ...rows,
  '<!-- bound:end -->',
].join('\n');
const file = new URL('RESULTS.md', import.meta.url);
const old = readFileSync(file, 'utf8');
writeFileSync(
  file,
  old.includes('<!-- bound:start -->')
    ? old.replace(/<!-- bound:start -->[\s\S]*<!-- bound:end -->/, section)
    : `${old.trimEnd()}\n\n${section}\n`,
);
await closeDb();
process.exit(0);
