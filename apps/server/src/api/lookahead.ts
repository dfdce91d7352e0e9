/**
 * What the operation asks below a field, read from the resolver's `info` before resolving it, so a
 * list resolver can load what its items' fields will need in one batch and hand it to them with the
 * items (no promise per item and field). Fragments (named and inline) are followed; `@skip` and
 * `@include` are ignored, so a skipped field counts as asked: at worst one batch is loaded for nothing.
 */
import { type FragmentDefinitionNode, Kind, type SelectionSetNode } from "graphql";

export interface InfoLike {
  readonly fieldNodes: readonly { readonly selectionSet?: SelectionSetNode }[];
  readonly fragments: Record<string, FragmentDefinitionNode>;
}

const EMPTY: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [] };

/** The selection sets of the fields selected directly under the given selection sets (all type conditions). */
function fieldsOf(
  sets: readonly (SelectionSetNode | undefined)[],
  fragments: Record<string, FragmentDefinitionNode>,
  name: string,
): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === "Field") {
        if (s.name.value === name) found.push(s.selectionSet ?? EMPTY);
      } else if (s.kind === "InlineFragment") {
        walk(s.selectionSet);
      } else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        walk(fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const set of sets) walk(set);
  return found;
}

/**
 * The selection sets reached from the field by each path (field names, aliases ignored); e.g.
 * `selectionsAt(info, ["nodes"], ["edges", "node"])` for what a connection's items are asked.
 */
export function selectionsAt(info: InfoLike, ...paths: readonly (readonly string[])[]): SelectionSetNode[] {
  return below(
    info.fieldNodes.map((f) => f.selectionSet).filter((s): s is SelectionSetNode => s !== undefined),
    info.fragments,
    ...paths,
  );
}

/** The selection sets reached from the given ones by each path. */
export function below(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  ...paths: readonly (readonly string[])[]
): SelectionSetNode[] {
  const out: SelectionSetNode[] = [];
  for (const path of paths) {
    let reached: readonly SelectionSetNode[] = sets;
    for (const name of path) reached = fieldsOf(reached, fragments, name);
    out.push(...reached);
  }
  return out;
}

/** Whether any of the selection sets asks for a field of one of the given names. */
export function asksAny(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  names: readonly string[],
): boolean {
  return sets.length > 0 && names.some((n) => fieldsOf(sets, fragments, n).length > 0);
}
