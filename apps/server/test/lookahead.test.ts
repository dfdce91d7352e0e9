/**
 * The pieces of the nested read's loading ahead, on their own: what a selection asks below a field
 * (api/lookahead.ts), and whole lists of keys fetched once per tick (api/context.ts `prefetcher`).
 */
import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { prefetcher } from "../src/api/context.js";
import { asksAny, below, selectionsAt } from "../src/api/lookahead.js";

/** The `info` a resolver of the operation's first field would get. */
function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe("what an operation asks below a field", () => {
  it("follows named and inline fragments and ignores aliases", () => {
    const info = infoOf(`{
      organizations { total: totalCount edges { node { ...U } } }
    }
    fragment U on Organization { name ... on Organization { b: branches { organizations { id } } } }`);
    const items = selectionsAt(info, ["nodes"], ["edges", "node"]);
    expect(items).toHaveLength(1);
    expect(asksAny(items, info.fragments, ["branches"])).toBe(true);
    expect(asksAny(items, info.fragments, ["liaisons", "liaisonCovered"])).toBe(false);
    expect(asksAny(below(items, info.fragments, ["branches"]), info.fragments, ["organizations"])).toBe(true);
    expect(selectionsAt(info, ["totalCount"])).toHaveLength(1);
    expect(selectionsAt(info, ["pageInfo"])).toHaveLength(0);
  });

  it("finds nothing where nothing is asked, and survives a fragment spread twice", () => {
    const info = infoOf(`{ organizations { nodes { ...A ...A } } } fragment A on Organization { id }`);
    const items = selectionsAt(info, ["nodes"]);
    expect(asksAny(items, info.fragments, ["id"])).toBe(true);
    expect(asksAny(items, info.fragments, ["branches"])).toBe(false);
    expect(asksAny([], info.fragments, ["id"])).toBe(false);
  });
});

describe("prefetcher", () => {
  it("fetches the lists asked in the same tick once, and never a key it has", async () => {
    const into = new Map<number, string>();
    const calls: number[][] = [];
    const load = prefetcher(into, async (ids) => {
      calls.push([...ids]);
      return ids.map((id) => `v${id}`);
    });
    await Promise.all([load([1, 2, 3]), load([3, 4]), Promise.resolve().then(() => load([5]))]);
    expect(calls).toEqual([[1, 2, 3, 4, 5]]);
    expect([...into.entries()]).toEqual([1, 2, 3, 4, 5].map((id) => [id, `v${id}`]));
    await load([2, 5]);
    expect(calls).toHaveLength(1);
    await load([5, 6]);
    expect(calls).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it("fails every list of a batch whose fetch fails, and keeps nothing of it", async () => {
    const into = new Map<number, string>();
    const load = prefetcher(into, async () => {
      throw new Error("database down");
    });
    const results = await Promise.allSettled([load([1]), load([2])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(into.size).toBe(0);
  });
});
