import { describe, expect, it } from 'vitest';
import { countQueries, useCleanDb } from './helpers/db.ts';
import { makeTag } from './helpers/factories.ts';
import { graphql } from './helpers/graphql.ts';
import { createDraft, gid, keyHeaders, newsroom } from './helpers/articles.ts';

// A write costs a fixed number of SQL statements, however many tags, credits or mentions it
// carries: lists are written with createMany and every id is checked in one statement.

useCleanDb();

const UPDATE = `mutation ($input: UpdateArticleInput!) { updateArticle(input: $input) { article { id version tags { slug } } } }`;

describe('statements per article write', () => {
  it('do not grow with the number of tags, credits and mentions', async () => {
    const n = await newsroom();
    const desk = await keyHeaders('write', 'publish');
    const tags = await Promise.all(Array.from({ length: 41 }, () => makeTag()));
    const a = await createDraft(desk, n);
    await graphql(`mutation ($id: ID!) { publishArticle(input: { id: $id }) { article { id } } }`, { id: a.id }, desk);
    const counts: number[] = [];
    let version = 2;
    let next = 0;
    // The same kinds of change each round (all tags replaced, credits and mentions rewritten),
    // with 3, then 2, 12 and 24 tags; the first round is a warm-up from an article without lists.
    for (const size of [3, 2, 12, 24]) {
      const slice = tags.slice(next, next + size);
      next += size;
      const input = {
        id: a.id,
        expectedVersion: version++,
        title: `With ${size} tags`,
        tagIds: slice.map((t) => gid('Tag', t.id)),
        credits: n.people.map((p) => ({ personId: gid('Person', p.id), role: 'WRITING' })),
        mentions: [
          { entityId: gid('Person', n.people[0].id) },
          { entityId: gid('Organization', n.org.id) },
          { entityId: gid('Place', n.place.id) },
        ],
      };
      const { result, statements } = await countQueries(() => graphql(UPDATE, { input }, desk));
      expect(result.errors).toBeUndefined();
      expect(result.data.updateArticle.article.tags).toHaveLength(size);
      if (size !== 3) counts.push(statements.length);
    }
    expect(new Set(counts).size).toBe(1);
    // Key lookup; version bump; article read; id check; counter locks; the row; credits, three
    // kinds of mentions and tags (delete + insert each); article read; category chain; its related
    // list ranked (src/related/upkeep.ts); revision; event + NOTIFY; COMMIT (BEGIN is not
    // reported); the payload's read.
    expect(counts[0]).toBe(24);
  });
});
