import type { Context } from '../context.ts';
import { prisma } from '../db/client.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { visibleArticleSql } from './visible-sql.ts';

const { sql, join } = Prisma;

export type SuggestionKind = 'ARTICLE' | 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'TAG';

export interface SuggestionRow {
  kind: SuggestionKind;
  id: number;
  label: string;
  score: number;
}

const sources: Record<SuggestionKind, { table: string; column: string; visible?: true }> = {
  ARTICLE: { table: 'Article', column: 'title', visible: true },
  PERSON: { table: 'Person', column: 'name' },
  ORGANIZATION: { table: 'Organization', column: 'name' },
  PLACE: { table: 'Place', column: 'name' },
  TAG: { table: 'Tag', column: 'name' },
};

const likeEscaped = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Names and titles that start with what was typed (at the start of any word), or are close to
 * it (pg_trgm word similarity at least 0.6: a letter wrong, missing or doubled in a longer
 * word). Both conditions are answered by the trigram indexes of migration search_suggestions.
 * Prefix matches first, then by similarity, then shorter names; at most `first` of each kind
 * are candidates, `first` in all returned. One statement.
 */
export function suggest(ctx: Context, text: string, kinds: SuggestionKind[], first: number): Promise<SuggestionRow[]> {
  const prefix = likeEscaped(text);
  const parts = kinds.map((kind) => {
    const { table, column, visible } = sources[kind];
    const col = Prisma.raw(`a."${column}"`);
    const startsWord = sql`(${col} ILIKE ${`${prefix}%`} OR ${col} ILIKE ${`% ${prefix}%`})`;
    const similarity = sql`public.word_similarity(${text}, ${col})`;
    return sql`(SELECT ${kind}::text AS kind, a.id, ${col} AS label,
        (CASE WHEN ${startsWord} THEN 1 ELSE 0 END + ${similarity})::float8 AS score
      FROM ${Prisma.raw(`"${table}"`)} a
      WHERE (${startsWord} OR ${text} OPERATOR(public.<%) ${col}) ${visible ? sql`AND ${visibleArticleSql(ctx)}` : sql``}
      ORDER BY score DESC, length(${col}), a.id LIMIT ${first})`;
  });
  return prisma().$queryRaw<
    SuggestionRow[]
  >`SELECT * FROM (${join(parts, ' UNION ALL ')}) s ORDER BY s.score DESC, length(s.label), s.kind, s.id LIMIT ${first}`;
}
