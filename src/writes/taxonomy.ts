import { z } from 'zod';
import { userError } from '../errors.ts';
import { recordEvents, type ContentEvent } from '../events/outbox.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { relatedItemRenamed } from '../related/upkeep.ts';
import { categoryChain } from './categories.ts';
import { inTransaction } from './transaction.ts';
import { countryCode, fieldError, httpUrl, parseInput, slug, text, timeZone } from './taxonomy-fields.ts';

// Creates and updates of the taxonomy: people, organisations, places, tags, categories and
// publications. Each write validates its input whole, then runs in one transaction with the
// outbox event naming the lists it touches, so a failed write leaves nothing behind.

export type Tx = Prisma.TransactionClient;
export type Entity = 'Person' | 'Organization' | 'Place' | 'Tag' | 'Category' | 'Publication';

/** Deepest category tree accepted: news trees are 2-4 levels; breadcrumb reads stop at 50. */
export const MAX_CATEGORY_DEPTH = 10;

const name = text(200);
const blurb = text(2000, { multiline: true }).nullable();
const position = z.number().int().min(0).max(10_000);

const schemas = {
  Person: z.object({ slug, name, shortBio: blurb, affiliationId: z.number().int().positive().nullable() }),
  Organization: z.object({
    slug,
    name,
    description: blurb,
    url: httpUrl.nullable(),
    kind: z.enum(['NEWS_AGENCY', 'COMPANY', 'GOVERNMENT', 'NON_PROFIT', 'INTERNATIONAL', 'OTHER']),
  }),
  Place: z.object({ slug, name, kind: z.enum(['CITY', 'REGION', 'COUNTRY', 'OTHER']), countryCode: countryCode.nullable() }),
  Tag: z.object({ slug, name, description: blurb }),
  Category: z.object({ slug, name, description: blurb, parentId: z.number().int().positive().nullable(), position: position.optional() }),
  Publication: z.object({ slug, name, description: blurb, url: httpUrl, timeZone }),
} satisfies Record<Entity, z.ZodObject>;

/** Fields a create may leave out, with the value they get. */
const defaults: Record<Entity, Record<string, unknown>> = {
  Person: { shortBio: null, affiliationId: null },
  Organization: { description: null, url: null, kind: 'OTHER' },
  Place: { kind: 'OTHER', countryCode: null },
  Tag: { description: null },
  Category: { description: null, parentId: null },
  Publication: { description: null, timeZone: 'UTC' },
};

const delegate = (tx: Tx, entity: Entity) =>
  tx[(entity[0].toLowerCase() + entity.slice(1)) as 'tag'] as unknown as {
    create(a: { data: object }): Promise<{ id: number }>;
    update(a: { where: { id: number }; data: object }): Promise<{ id: number }>;
    findUnique(a: { where: { id: number } }): Promise<Record<string, unknown> | null>;
  };

const label = (entity: Entity) => entity.toLowerCase();

/** The entities related lists count, with their item key's letter (src/related/upkeep.ts). */
const RANKED_ITEMS: Partial<Record<Entity, string>> = { Tag: 'T', Person: 'P', Organization: 'O', Category: 'C' };

/** Runs `write` in a retried transaction; a slug already taken becomes a BAD_USER_INPUT on `input.slug`. */
async function transaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await inTransaction(write);
  } catch (err) {
    if ((err as { code?: string }).code === 'P2002') throw fieldError('input.slug', 'is already taken', 'SLUG_TAKEN');
    throw err;
  }
}

async function mustExist(tx: Tx, entity: Entity, id: number | null | undefined, field: string) {
  if (id == null) return;
  if (!(await delegate(tx, entity).findUnique({ where: { id } }))) throw fieldError(field, `no ${label(entity)} has this ID`, 'UNKNOWN_ID');
}

const CATEGORY_TREE_LOCK = 0x63617473; // one lock for every change of the tree's shape

async function subtreeHeight(tx: Tx, id: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ height: number }[]>`
    WITH RECURSIVE down(id, depth) AS (
      SELECT id, 1 FROM "Category" WHERE id = ${id}
      UNION ALL SELECT c.id, down.depth + 1 FROM "Category" c JOIN down ON c."parentId" = down.id WHERE down.depth < 100)
    SELECT max(depth)::int AS height FROM down`;
  return row.height;
}

/** Checks a (new) parent and returns its chain: the lists a category entering it touches. */
async function placeUnder(tx: Tx, parentId: number | null, moving?: number): Promise<number[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CATEGORY_TREE_LOCK})`;
  await mustExist(tx, 'Category', parentId, 'input.parentId');
  const up = await categoryChain(tx, parentId);
  if (moving != null && up.includes(moving)) {
    throw fieldError('input.parentId', 'is the category itself or one of its subcategories: the tree cannot have a cycle', 'CYCLE');
  }
  const depth = up.length + (moving != null ? await subtreeHeight(tx, moving) : 1);
  if (depth > MAX_CATEGORY_DEPTH)
    throw fieldError('input.parentId', `would make the tree deeper than ${MAX_CATEGORY_DEPTH} levels`, 'TOO_DEEP');
  return up;
}

async function nextPosition(tx: Tx, parentId: number | null): Promise<number> {
  const agg = await tx.category.aggregate({ where: { parentId }, _max: { position: true } });
  return agg._max.position == null ? 0 : agg._max.position + 1;
}

const categoryLists = (ids: number[], top: boolean) => [...ids.map((i) => `Category:${i}`), ...(top ? ['categories'] : [])];
const collection: Partial<Record<Entity, string>> = { Tag: 'tags', Publication: 'publications' };

/** Creates a taxonomy entity from a validated input; records `<entity>.created`. */
export async function createEntity(entity: Entity, input: Record<string, unknown>, actor: string): Promise<{ id: number }> {
  const data = parseInput(schemas[entity], { ...defaults[entity], ...dropUndefined(input) }) as Record<string, unknown>;
  return transaction(async (tx) => {
    let lists: string[] = [];
    if (entity === 'Person') await mustExist(tx, 'Organization', data.affiliationId as number | null, 'input.affiliationId');
    if (entity === 'Category') {
      const parentId = data.parentId as number | null;
      lists = categoryLists(await placeUnder(tx, parentId), parentId == null);
      data.position ??= await nextPosition(tx, parentId);
    }
    const row = await delegate(tx, entity).create({ data });
    lists.unshift(`${entity}:${row.id}`);
    if (collection[entity]) lists.push(collection[entity]);
    await recordEvents(tx, [{ kind: `${label(entity)}.created`, entityType: entity, entityId: row.id, lists, actor }]);
    return row;
  });
}

/** Applies a partial update (absent fields stay; null clears); records `<entity>.updated` or `category.moved`. */
export async function updateEntity(entity: Entity, id: number, input: Record<string, unknown>, actor: string): Promise<{ id: number }> {
  const changes = dropUndefined(input);
  const data = parseInput(schemas[entity].partial(), changes) as Record<string, unknown>;
  return transaction(async (tx) => {
    const current = await delegate(tx, entity).findUnique({ where: { id } });
    if (!current) throw userError('NOT_FOUND', `No ${label(entity)} has the ID given in input.id.`, { field: 'input.id' });
    const event: ContentEvent = { kind: `${label(entity)}.updated`, entityType: entity, entityId: id, lists: [`${entity}:${id}`], actor };
    if (entity === 'Person') await mustExist(tx, 'Organization', data.affiliationId as number | null, 'input.affiliationId');
    if (entity === 'Category' && 'parentId' in data && data.parentId !== current.parentId) {
      const from = current.parentId as number | null;
      const to = data.parentId as number | null;
      const newChain = await placeUnder(tx, to, id);
      const oldChain = await categoryChain(tx, from);
      data.position ??= await nextPosition(tx, to);
      event.kind = 'category.moved';
      event.lists.push(...categoryLists(oldChain, from == null), ...categoryLists(newChain, to == null));
      event.payload = { from, to };
    }
    const row = await delegate(tx, entity).update({ where: { id }, data });
    // Related lists give what two articles share by name: a rename ranks those naming it again.
    const item = RANKED_ITEMS[entity];
    if (item && 'name' in data && data.name !== current.name) await relatedItemRenamed(tx, `${item}${id}`);
    event.payload = { ...(event.payload as object), changed: Object.keys(changes).sort() };
    await recordEvents(tx, [event]);
    return row;
  });
}

function dropUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}
