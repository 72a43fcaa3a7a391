import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../loaders/pagination.ts';
import { builder } from './builder.ts';

export const ENTITY_LIST_LIMITS = `Page size: \`first\`, ${DEFAULT_PAGE_SIZE} by default, 0-${MAX_PAGE_SIZE} (0 for \`totalCount\` alone); forward only (\`last\`/\`before\` are refused).`;

/** The connection type of a root list of people, organisations or places. */
export function entityConnectionType(nodeRef: Parameters<typeof builder.connectionObject>[0]['type'], name: string, plural: string) {
  return builder.connectionObject(
    {
      type: nodeRef,
      name: `${name}Connection`,
      description: `A page of ${plural}.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${plural} there are in all (counted only when asked for).`,
          resolve: (page) => (page as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    {
      name: `${name}Edge`,
      description: `One of the ${plural}, with its cursor.`,
      fields: (t) => ({
        articleCount: t.int({
          nullable: true,
          description: 'The visible-article count the list is ordered by; null when ordered by name.',
          resolve: (e) => (e as unknown as { articleCount: number | null }).articleCount,
        }),
      }),
    },
  );
}
