import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether the operation selects the field at `path` below this field (through fragments too). */
export function selectsPath(info: GraphQLResolveInfo, path: string[]): boolean {
  const under = (sets: (SelectionSetNode | undefined)[], name: string): SelectionSetNode[] => {
    const out: SelectionSetNode[] = [];
    const visit = (set: SelectionSetNode | undefined) => {
      for (const s of set?.selections ?? []) {
        if (s.kind === Kind.FIELD) {
          if (s.name.value === name) out.push(s.selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
        } else visit(s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : info.fragments[s.name.value]?.selectionSet);
      }
    };
    sets.forEach(visit);
    return out;
  };
  let sets: (SelectionSetNode | undefined)[] = info.fieldNodes.map((f) => f.selectionSet);
  for (const name of path) {
    sets = under(sets, name);
    if (!sets.length) return false;
  }
  return true;
}
