import { beforeEach, describe, expect, it } from 'vitest';
import { createKey } from '../src/keys/keys.ts';
import { encodeGlobalID } from '../src/schema/global-id.ts';
import { checksum } from './helpers/checksum.ts';
import { countQueries, pool, useCleanDb } from './helpers/db.ts';
import { makeCategory as mkCategory, makeOrganization, makePerson, makePlace, makePublication, makeTag } from './helpers/factories.ts';

const factories = { makePerson, makeOrganization, makePlace, makeTag, makeCategory: mkCategory, makePublication };
import { graphql } from './helpers/graphql.ts';

useCleanDb();

let admin: Record<string, string>;
let writer: Record<string, string>;
beforeEach(async () => {
  admin = { authorization: `Bearer ${(await createKey('desk-admin', ['admin'])).key}` };
  writer = { authorization: `Bearer ${(await createKey('desk-writer', ['write', 'publish'])).key}` };
});

const events = async () =>
  (await pool.query(`SELECT kind, "entityType", "entityId", lists, actor, payload FROM "OutboxEvent" ORDER BY id`)).rows;

const CREATE_TAG = `mutation($input: CreateTagInput!) { createTag(input: $input) { tag { id slug name description } } }`;

describe('taxonomy writes need the admin scope', () => {
  it('refuses anonymous and wrong-scope callers before any SQL write', async () => {
    const input = { slug: 'banking', name: 'Banking' };
    const anon = await countQueries(() => graphql(CREATE_TAG, { input }));
    expect(anon.result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anon.statements).toEqual([]);
    const wrong = await countQueries(() => graphql(CREATE_TAG, { input }, { headers: writer }));
    expect(wrong.result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The key lookup is the only statement: no write was attempted.
    expect(wrong.statements).toHaveLength(1);
    expect(wrong.statements[0]).toMatch(/^SELECT .*"ApiKey"/s);
    expect((await pool.query('SELECT count(*)::int AS n FROM "Tag"')).rows[0].n).toBe(0);
    expect(await events()).toEqual([]);
  });
});

describe('create and update', () => {
  it('creates and updates each kind of entity, one event per write naming its lists', async () => {
    const org = await graphql(
      `mutation { createOrganization(input: { slug: "northwire", name: "Northwire", kind: NEWS_AGENCY, url: "https://northwire.example" }) { organization { id slug kind url } } }`,
      {},
      { headers: admin },
    );
    expect(org.errors).toBeUndefined();
    const orgId = org.data.createOrganization.organization.id;
    expect(org.data.createOrganization.organization).toMatchObject({ slug: 'northwire', kind: 'NEWS_AGENCY' });

    const person = await graphql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name shortBio affiliation { slug } } } }`,
      { input: { slug: 'ada-brennan', name: 'Ada Brennan', shortBio: 'Covers banks.', affiliationId: orgId } },
      { headers: admin },
    );
    expect(person.data.createPerson.person).toMatchObject({ name: 'Ada Brennan', affiliation: { slug: 'northwire' } });
    const personId = person.data.createPerson.person.id;
    const upd = await graphql(
      `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { person { name shortBio affiliation { slug } } } }`,
      { input: { id: personId, shortBio: null, affiliationId: null } },
      { headers: admin },
    );
    expect(upd.data.updatePerson.person).toEqual({ name: 'Ada Brennan', shortBio: null, affiliation: null });

    const place = await graphql(
      `mutation { createPlace(input: { slug: "harrowgate", name: "Harrowgate", kind: CITY, countryCode: "GB" }) { place { id countryCode } } }`,
      {},
      { headers: admin },
    );
    expect(place.data.createPlace.place.countryCode).toBe('GB');
    const pub = await graphql(
      `mutation { createPublication(input: { slug: "ledger", name: "The Ledger", url: "https://ledger.example", timeZone: "Europe/London" }) { publication { id timeZone } } }`,
      {},
      { headers: admin },
    );
    expect(pub.data.createPublication.publication.timeZone).toBe('Europe/London');
    const tag = await graphql(CREATE_TAG, { input: { slug: 'banking', name: 'Banking' } }, { headers: admin });
    const tagId = tag.data.createTag.tag.id;
    const renamed = await graphql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { slug name description } } }`,
      { input: { id: tagId, name: 'Banks', description: 'Lenders and their regulators.' } },
      { headers: admin },
    );
    expect(renamed.data.updateTag.tag).toEqual({ slug: 'banking', name: 'Banks', description: 'Lenders and their regulators.' });

    const rows = await events();
    expect(rows.map((e) => e.kind)).toEqual([
      'organization.created',
      'person.created',
      'person.updated',
      'place.created',
      'publication.created',
      'tag.created',
      'tag.updated',
    ]);
    expect(rows.every((e) => e.actor === 'desk-admin')).toBe(true);
    const id = (gid: string) => Number(Buffer.from(gid, 'base64url').toString().split(':')[1]);
    expect(rows[2]).toMatchObject({ entityType: 'Person', entityId: id(personId), lists: [`Person:${id(personId)}`] });
    expect(rows[2].payload.changed).toEqual(['affiliationId', 'shortBio']);
    expect(rows[4].lists).toEqual([`Publication:${id(pub.data.createPublication.publication.id)}`, 'publications']);
    expect(rows[5].lists).toEqual([`Tag:${id(tagId)}`, 'tags']);
    expect(rows[6]).toMatchObject({ entityType: 'Tag', entityId: id(tagId), lists: [`Tag:${id(tagId)}`] });
  });

  it.each([
    ['Person', 'makePerson', { shortBio: 'Writes about ports.' }],
    ['Organization', 'makeOrganization', { kind: 'COMPANY', url: 'https://meridian.example' }],
    ['Place', 'makePlace', { kind: 'COUNTRY', countryCode: 'DK' }],
    ['Tag', 'makeTag', { description: 'Ships and ports.' }],
    ['Category', 'makeCategory', { name: 'Renamed', position: 3 }],
    ['Publication', 'makePublication', { timeZone: 'Asia/Tokyo', description: 'Markets daily.' }],
  ] as const)('updates a %s, recording its event with the entity as the list', async (type, factory, changes) => {
    const row = await (factories[factory] as () => Promise<{ id: number }>)();
    const field = type[0].toLowerCase() + type.slice(1);
    const res = await graphql(
      `mutation($input: Update${type}Input!) { update${type}(input: $input) { ${field} { ${Object.keys(changes).join(' ')} } } }`,
      { input: { id: encodeGlobalID(type, row.id), ...changes } },
      { headers: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data[`update${type}`][field]).toEqual(changes);
    expect(await events()).toEqual([
      {
        kind: `${type.toLowerCase()}.updated`,
        entityType: type,
        entityId: row.id,
        lists: [`${type}:${row.id}`],
        actor: 'desk-admin',
        payload: { changed: Object.keys(changes).sort() },
      },
    ]);
  });

  it('answers NOT_FOUND for an unknown ID and BAD_USER_INPUT for an ID of another type', async () => {
    const missing = await graphql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { id } } }`,
      { input: { id: encodeGlobalID('Tag', 999), name: 'X' } },
      { headers: admin },
    );
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const wrongType = await graphql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { id } } }`,
      { input: { id: encodeGlobalID('Person', 1), name: 'X' } },
      { headers: admin },
    );
    expect(wrongType.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.id' });
  });
});

describe('validation', () => {
  const createPlace = (input: Record<string, unknown>) =>
    graphql(`mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { name } } }`, { input }, { headers: admin });

  it.each([
    ['a slug that is not lowercase words joined by dashes', { slug: 'Not A Slug', name: 'X' }, 'input.slug'],
    ['a slug with a double dash', { slug: 'a--b', name: 'X' }, 'input.slug'],
    ['an empty name', { slug: 'x', name: '   ' }, 'input.name'],
    ['a name over 200 characters', { slug: 'x', name: 'n'.repeat(201) }, 'input.name'],
    ['a NUL in a name', { slug: 'x', name: 'Har\u0000row' }, 'input.name'],
    ['a control character in a name', { slug: 'x', name: 'Har\u0007row' }, 'input.name'],
    ['a line break in a name', { slug: 'x', name: 'Har\nrow' }, 'input.name'],
    ['a bidi override in a name', { slug: 'x', name: 'Harrow\u202Egate' }, 'input.name'],
    ['a bidi isolate in a name', { slug: 'x', name: 'Harrow\u2066gate' }, 'input.name'],
    ['a lowercase country code', { slug: 'x', name: 'X', countryCode: 'gb' }, 'input.countryCode'],
  ])('refuses %s, naming the field', async (_what, input, field) => {
    const before = await checksum();
    const res = await createPlace(input);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toContain(field);
    expect(await checksum()).toEqual(before);
  });

  it('refuses bad URLs, time zones and unknown ids, and a null where a value is required', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['createPublication', { slug: 'p', name: 'P', url: 'javascript:alert(1)' }, 'input.url'],
      ['createPublication', { slug: 'p', name: 'P', url: 'not a url' }, 'input.url'],
      ['createPublication', { slug: 'p', name: 'P', url: 'https://p.example', timeZone: 'Mars/Olympus' }, 'input.timeZone'],
      ['createPerson', { slug: 'p', name: 'P', affiliationId: encodeGlobalID('Organization', 42) }, 'input.affiliationId'],
      ['createPerson', { slug: 'p', name: 'P', affiliationId: 'garbage' }, 'input.affiliationId'],
      ['createCategory', { slug: 'c', name: 'C', parentId: encodeGlobalID('Category', 42) }, 'input.parentId'],
      ['createCategory', { slug: 'c', name: 'C', position: -1 }, 'input.position'],
    ];
    const before = await checksum();
    for (const [field, input, path] of cases) {
      const type = field[0].toUpperCase() + field.slice(1);
      const res = await graphql(
        `mutation($input: ${type}Input!) { ${field}(input: $input) { clientId: __typename } }`,
        { input },
        { headers: admin },
      );
      expect(res.errors?.[0].extensions, `${field} ${JSON.stringify(input)}`).toMatchObject({ code: 'BAD_USER_INPUT', field: path });
    }
    const tag = await graphql(CREATE_TAG, { input: { slug: 'banking', name: 'Banking' } }, { headers: admin });
    const nulled = await graphql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { name } } }`,
      { input: { id: tag.data.createTag.tag.id, name: null } },
      { headers: admin },
    );
    expect(nulled.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(before).not.toEqual(await checksum()); // the tag was written
  });

  it('names every bad field at once', async () => {
    const res = await createPlace({ slug: 'Bad Slug', name: '', countryCode: 'xx' });
    expect(res.errors?.[0].extensions?.issues).toEqual([
      { field: 'input.slug', message: expect.any(String) },
      { field: 'input.name', message: expect.any(String) },
      { field: 'input.countryCode', message: expect.any(String) },
    ]);
  });

  it('stores text in NFC, trimmed', async () => {
    const res = await createPlace({ slug: 'sao-tome', name: '  Sa\u0303o Tome\u0301 ' });
    expect(res.data.createPlace.place.name).toBe('S\u00e3o Tom\u00e9');
    const { rows } = await pool.query(`SELECT name FROM "Place"`);
    expect(rows[0].name).toBe('São Tomé'.normalize('NFC'));
    expect(rows[0].name.length).toBe(8);
  });

  it('refuses a slug already taken, changing nothing', async () => {
    await graphql(CREATE_TAG, { input: { slug: 'banking', name: 'Banking' } }, { headers: admin });
    const other = await graphql(CREATE_TAG, { input: { slug: 'markets', name: 'Markets' } }, { headers: admin });
    const before = await checksum();
    const dup = await graphql(CREATE_TAG, { input: { slug: 'banking', name: 'Again' } }, { headers: admin });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug', reason: 'SLUG_TAKEN' });
    const rename = await graphql(
      `mutation($input: UpdateTagInput!) { updateTag(input: $input) { tag { slug } } }`,
      { input: { id: other.data.createTag.tag.id, slug: 'banking' } },
      { headers: admin },
    );
    expect(rename.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'SLUG_TAKEN' });
    expect(await checksum()).toEqual(before);
  });
});
