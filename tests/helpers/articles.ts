import { createKey } from '../../src/keys/keys.ts';
import { encodeGlobalID } from '../../src/schema/global-id.ts';
import { makeCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './factories.ts';
import { graphql } from './graphql.ts';

// Helpers for the article write tests: keys and the ids a page refers to (the checksum of every
// row is in checksum.ts).

let keys = 0;

/** A key with `scopes`, as request headers. */
export async function keyHeaders(...scopes: string[]): Promise<{ headers: Record<string, string> }> {
  const { key } = await createKey(`desk-${++keys}`, scopes);
  return { headers: { authorization: `Bearer ${key}` } };
}

export const gid = encodeGlobalID;

/** A publication, a category under a parent, three tags, two people, an organisation and a place. */
export async function newsroom() {
  const [pub, parent, t1, t2, t3, p1, p2, org, place] = await Promise.all([
    makePublication(),
    makeCategory(),
    makeTag(),
    makeTag(),
    makeTag(),
    makePerson(),
    makePerson(),
    makeOrganization(),
    makePlace(),
  ]);
  const cat = await makeCategory({ parentId: parent.id });
  return { pub, parent, cat, tags: [t1, t2, t3], people: [p1, p2], org, place };
}

export const ARTICLE_FIELDS = `id slug title alternativeTitle summary status version wordCount readingTimeMinutes publishedAt scheduledAt
  body { __typename ... on ParagraphBlock { text } }
  category { slug } publication { slug } dateline { text }
  credits { role person { slug } } mentions { role entity { __typename ... on Person { slug } ... on Organization { slug } ... on Place { slug } } }
  keyTakeaways { text } faq { question answer } tags { slug }
  leadImage { url alt caption credit width height focalPoint { x y } renditions(widths: [320, 640]) { width height url } }`;

export const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { clientMutationId article { ${ARTICLE_FIELDS} } } }`;
export const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { ${ARTICLE_FIELDS} } } }`;
export const PUBLISH = `mutation ($input: PublishArticleInput!) { publishArticle(input: $input) { article { id status version publishedAt scheduledAt } } }`;

/** Creates a draft through the API and returns its id and version. */
export async function createDraft(
  auth: { headers: Record<string, string> },
  n: Awaited<ReturnType<typeof newsroom>>,
  extra: Record<string, unknown> = {},
) {
  const res = await graphql(
    CREATE,
    {
      input: {
        slug: `story-${++keys}`,
        title: 'A story',
        categoryId: gid('Category', n.cat.id),
        publicationId: gid('Publication', n.pub.id),
        body: [{ type: 'paragraph', text: 'Three short words.' }],
        ...extra,
      },
    },
    auth,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createArticle.article as { id: string; version: number; slug: string };
}
