// The benchmarks' writes go through our GraphQL API in their own process (yoga.fetch with a key
// of the write and publish scopes), so that the database does what a newsroom's write does:
// bench:mix and bench:sweep publish new articles and retitle old ones the same way.

interface Fetcher {
  fetch(url: string, init: RequestInit): Promise<Response> | Response;
}

export function apiWriter(yoga: Fetcher, key: string) {
  async function write(query: string, variables: object) {
    const res = await yoga.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (body.errors) throw new Error(`write failed: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }
  return {
    write,
    /** Creates an article with one paragraph in a category (global IDs) and publishes it. */
    async publish(input: { slug: string; title: string; categoryId: string; publicationId: string; text: string }) {
      const { text, ...rest } = input;
      const data = await write('mutation ($input: CreateArticleInput!) { createArticle(input: $input) { article { id } } }', {
        input: { ...rest, body: [{ type: 'paragraph', text }] },
      });
      const id = (data.createArticle as { article: { id: string } }).article.id;
      await write('mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { article { id } } }', { input: { id } });
    },
    /** Gives the article `slug` a new headline, at its current version. */
    async retitle(slug: string, title: string) {
      const read = await write('query ($slug: String!) { article(slug: $slug) { id version } }', { slug });
      const article = read.article as { id: string; version: number };
      await write('mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id } } }', {
        input: { id: article.id, expectedVersion: article.version, title },
      });
    },
  };
}
