/**
 * Fields resolved once per node of large lists (a nested read of 180 organizations calls them about
 * 800 times). Their logic lives here as plain functions of (root, context). The resolver classes
 * declare them for the schema and delegate here; `bindHotFields` then binds the same functions to the
 * built schema directly, skipping type-graphql's per-call wrapper (argument conversion and
 * middleware dispatch), which cost a quarter of the server's CPU on that read (docs/benchmarks.md).
 * Only fields without arguments, middleware or role checks belong here.
 */
import { coverageStatus, isInPopulation } from "@liangxin/domain";
import type { GraphQLObjectType, GraphQLSchema, SelectionSetNode } from "graphql";
import type { BranchLinkRecord, LiaisonRecord, OrganizationRecord } from "../../service/records.js";
import type { ApiContext } from "../context.js";
import { asksAny, below, type InfoLike } from "../lookahead.js";
import { toBranch, toLiaison, toOrganization } from "../mappers.js";
import type { Branch, Liaison, Organization } from "../types/hierarchy.js";

type HotField<R> = (root: R, ctx: ApiContext) => unknown;

/** A unit's links in force today: from what was loaded already when there, else through the loader. */
const linksOf = (org: Organization, ctx: ApiContext): BranchLinkRecord[] | Promise<BranchLinkRecord[]> =>
  ctx.loaders.known.branchLinks.get(org.dbId) ?? ctx.loaders.branchLinks.load(org.dbId);
const liaisonsOf = (org: Organization, ctx: ApiContext): LiaisonRecord[] | Promise<LiaisonRecord[]> =>
  ctx.loaders.known.organizationLiaisons.get(org.dbId) ?? ctx.loaders.organizationLiaisons.load(org.dbId);
/** `f` applied to a value, or once the promise of one settles. */
const then = <T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> =>
  value instanceof Promise ? value.then(f) : f(value);

const hasAny = (xs: readonly unknown[]) => xs.length > 0;
const branchesOfLinks = (links: readonly BranchLinkRecord[]) => links.map((l) => toBranch(l.branch));
const liaisonObjects = (ls: readonly LiaisonRecord[]) => ls.map(toLiaison);

export const organizationHotFields = {
  organizationCovered: (org: Organization, ctx: ApiContext): boolean | Promise<boolean> =>
    then(linksOf(org, ctx), hasAny),
  liaisonCovered: (org: Organization, ctx: ApiContext): boolean | Promise<boolean> =>
    then(liaisonsOf(org, ctx), hasAny),
  branches: (org: Organization, ctx: ApiContext): Branch[] | Promise<Branch[]> =>
    then(linksOf(org, ctx), branchesOfLinks),
  liaisons: (org: Organization, ctx: ApiContext): Liaison[] | Promise<Liaison[]> =>
    then(liaisonsOf(org, ctx), liaisonObjects),
  coverageStatus: (org: Organization, ctx: ApiContext): string | Promise<string> => {
    const links = linksOf(org, ctx);
    const liaisons = liaisonsOf(org, ctx);
    const status = (l: readonly unknown[], s: readonly unknown[]) =>
      coverageStatus({
        inPopulation: isInPopulation(org, ctx.today),
        organizationCovered: l.length > 0,
        liaisonCovered: s.length > 0,
      });
    if (links instanceof Promise || liaisons instanceof Promise) {
      return Promise.all([links, liaisons]).then(([l, s]) => status(l, s));
    }
    return status(links, liaisons);
  },
} satisfies Record<string, HotField<Organization>>;

const organizationObjects = (orgs: readonly OrganizationRecord[]) => orgs.map(toOrganization);

export const branchHotFields = {
  organizations: (branch: Branch, ctx: ApiContext): Organization[] | Promise<Organization[]> =>
    then(
      ctx.loaders.known.branchOrganizations.get(branch.dbId) ?? ctx.loaders.branchOrganizations.load(branch.dbId),
      organizationObjects,
    ),
} satisfies Record<string, HotField<Branch>>;

/** Fields of a unit that read its links in force, and those that read its liaisons. */
const NEEDS_LINKS = ["organizationCovered", "branches", "branchLinks", "coverageStatus"] as const;
const NEEDS_LIAISONS = ["liaisonCovered", "liaisons", "coverageStatus"] as const;

/**
 * Loads, for a page of units, what the operation asks of them below (their links, liaisons, and the
 * units of their branches), one batch each as the items' own fields would, so that those fields then
 * answer without a promise per unit. Pages of several counties resolved together still share one
 * batch per loader: the statement count is the same as without it.
 */
export async function prefetchUnitFields(
  ctx: ApiContext,
  ids: readonly number[],
  items: readonly SelectionSetNode[],
  fragments: InfoLike["fragments"],
): Promise<void> {
  if (ids.length === 0 || items.length === 0) return;
  const { loaders } = ctx;
  const wantsLinks = asksAny(items, fragments, NEEDS_LINKS);
  const wantsLiaisons = asksAny(items, fragments, NEEDS_LIAISONS);
  const wantsMembers = wantsLinks && asksAny(below(items, fragments, ["branches"]), fragments, ["organizations"]);
  await Promise.all([
    wantsLinks ? loaders.prefetch.branchLinks(ids) : null,
    wantsLiaisons ? loaders.prefetch.organizationLiaisons(ids) : null,
  ]);
  if (wantsMembers) {
    const branchIds = new Set<number>();
    for (const id of ids) for (const l of loaders.known.branchLinks.get(id) ?? []) branchIds.add(l.branch.id);
    await loaders.prefetch.branchOrganizations([...branchIds]);
  }
}

const HOT_FIELDS: Record<string, Record<string, HotField<never>>> = {
  Organization: organizationHotFields,
  Branch: branchHotFields,
};

/** Binds the hot fields' functions to the schema's fields directly. */
export function bindHotFields(schema: GraphQLSchema): GraphQLSchema {
  for (const [typeName, fields] of Object.entries(HOT_FIELDS)) {
    const type = schema.getType(typeName) as GraphQLObjectType | undefined;
    if (!type) throw new Error(`hot fields: no type ${typeName}`);
    const schemaFields = type.getFields();
    for (const [name, fn] of Object.entries(fields)) {
      const field = schemaFields[name];
      if (!field || field.args.length > 0)
        throw new Error(`hot fields: ${typeName}.${name} is missing or takes arguments`);
      field.resolve = (root, _args, ctx) => (fn as HotField<unknown>)(root, ctx as ApiContext);
    }
  }
  return schema;
}
