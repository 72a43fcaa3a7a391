import { badInput } from '../errors.ts';

// The one place global IDs are encoded and decoded. An ID is base64url("Type:key"): opaque to
// clients, stable across releases. Malformed IDs and IDs of the wrong type are rejected here.

/** Types that implement Node; an ID naming any other type is rejected as malformed. */
export const NODE_TYPES = ['Article', 'Category', 'Organization', 'Person', 'Place', 'Publication', 'Tag'];

export function encodeGlobalID(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, 'utf8').toString('base64url');
}

export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const raw = /^[A-Za-z0-9_-]{1,200}$/.test(globalID) ? Buffer.from(globalID, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]{0,63}):([1-9][0-9]{0,9})$/.exec(raw);
  // Keys are int4: a larger number is no row of ours, and PostgreSQL would refuse it.
  if (!match || !NODE_TYPES.includes(match[1]) || Number(match[2]) > 2_147_483_647)
    throw badInput(`"${globalID.slice(0, 100)}" is not a valid ID`, { argument: 'id' });
  return { typename: match[1], id: match[2] };
}

/** Decodes an ID that must name one of `types`; returns its numeric key. */
export function decodeIDOrThrow(globalID: string, ...types: string[]): number {
  const { typename, id } = decodeGlobalID(globalID);
  if (!types.includes(typename)) {
    throw badInput(`ID "${globalID.slice(0, 100)}" is a ${typename} ID, expected ${types.join(' or ')}`, { argument: 'id' });
  }
  return Number(id);
}
