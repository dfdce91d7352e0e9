/**
 * Fields resolved once per node of large lists (a nested read of 180 organizations calls them about
 * 800 times). Their logic lives here as plain functions of (root, context). The resolver classes
 * declare them for the schema and delegate here; `bindHotFields` then binds the same functions to the
 * built schema directly, skipping type-graphql's per-call wrapper (argument conversion and
 * middleware dispatch), which cost a quarter of the server's CPU on that read (docs/benchmarks.md).
 * Only fields without arguments, middleware or role checks belong here.
 */
import { coverageStatus, isInPopulation } from "@liangxin/domain";
import type { GraphQLObjectType, GraphQLSchema } from "graphql";
import type { ApiContext } from "../context.js";
import { toBranch, toLiaison, toOrganization } from "../mappers.js";
import type { Branch, Liaison, Organization } from "../types/hierarchy.js";

type HotField<R> = (root: R, ctx: ApiContext) => unknown;

export const organizationHotFields = {
  organizationCovered: (org: Organization, ctx: ApiContext): Promise<boolean> =>
    ctx.loaders.branchLinks.load(org.dbId).then((links) => links.length > 0),
  liaisonCovered: (org: Organization, ctx: ApiContext): Promise<boolean> =>
    ctx.loaders.organizationLiaisons.load(org.dbId).then((ls) => ls.length > 0),
  branches: (org: Organization, ctx: ApiContext): Promise<Branch[]> =>
    ctx.loaders.branchLinks.load(org.dbId).then((links) => links.map((l) => toBranch(l.branch))),
  liaisons: (org: Organization, ctx: ApiContext): Promise<Liaison[]> =>
    ctx.loaders.organizationLiaisons.load(org.dbId).then((ls) => ls.map(toLiaison)),
  coverageStatus: async (org: Organization, ctx: ApiContext): Promise<string> => {
    const [links, liaisons] = await Promise.all([
      ctx.loaders.branchLinks.load(org.dbId),
      ctx.loaders.organizationLiaisons.load(org.dbId),
    ]);
    return coverageStatus({
      inPopulation: isInPopulation(org, ctx.today),
      organizationCovered: links.length > 0,
      liaisonCovered: liaisons.length > 0,
    });
  },
} satisfies Record<string, HotField<Organization>>;

export const branchHotFields = {
  organizations: (branch: Branch, ctx: ApiContext): Promise<Organization[]> =>
    ctx.loaders.branchOrganizations.load(branch.dbId).then((orgs) => orgs.map(toOrganization)),
} satisfies Record<string, HotField<Branch>>;

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
