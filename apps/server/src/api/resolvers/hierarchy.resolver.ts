import { type IsoDate, type OrganizationCategory, parseIsoDate } from "@liangxin/domain";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { decodeIntId, toCursor } from "../../common/ids.js";
import type { OrganizationFilterValues, OrganizationOrder } from "../../service/organization.service.js";
import type { ApiContext } from "../context.js";
import { type InfoLike, selectionsAt } from "../lookahead.js";
import { toCounty, toCoverageStats, toOrganization } from "../mappers.js";
import { pageArgs, pageInfo } from "../pagination.js";
import { DateScalar } from "../scalars.js";
import { OrganizationCategoryEnum } from "../types/enums.js";
import {
  City,
  County,
  CoverageStats,
  OrganizationConnection,
  OrganizationEdge,
  OrganizationFilter,
  OrganizationOrderEnum,
} from "../types/hierarchy.js";
import { prefetchUnitFields } from "./hot-fields.js";

const CITY_INFO = Object.assign(new City(), { code: "211200", name: "铁岭市" });

/** Resolves the filter's opaque ids; an unknown park is a bad input, not an empty page. */
export function filterValues(filter: OrganizationFilter | null | undefined): OrganizationFilterValues {
  if (!filter) return {};
  let parkId: number | null = null;
  if (filter.parkId != null) {
    parkId = decodeIntId(filter.parkId, "Park");
    if (parkId === null) throw badUserInput("parkId 无效", ["filter", "parkId"]);
  }
  const name = filter.nameContains?.trim();
  if (name && name.length > 100) throw badUserInput("nameContains 过长（最多100字）", ["filter", "nameContains"]);
  return {
    category: filter.category ?? null,
    aboveScale: filter.aboveScale ?? null,
    organizationCovered: filter.organizationCovered ?? null,
    liaisonCovered: filter.liaisonCovered ?? null,
    nameContains: name ? name : null,
    parkId,
    inPopulation: filter.inPopulation ?? null,
    shouldFormOwnBranch: filter.shouldFormOwnBranch ?? null,
    addedFrom: filter.addedFrom ?? null,
    addedTo: filter.addedTo ?? null,
  };
}

/** One page of organizations of a county (or of the whole city when countyCode is null). */
export async function organizationConnection(
  ctx: ApiContext,
  countyCode: string | null,
  args: {
    first?: number | null;
    after?: string | null;
    filter?: OrganizationFilter | null;
    orderBy?: OrganizationOrder | null;
  },
  info?: InfoLike,
): Promise<OrganizationConnection> {
  const { first, afterId } = pageArgs(args.first, args.after);
  const filter = filterValues(args.filter);
  // The viewer's scope: another county's rows are FORBIDDEN; a county role's city-wide list is its county.
  const county = ctx.services.scope.countyForRead(countyCode);
  const page = await ctx.loaders.organizationPage.load({
    countyCode: county,
    filter,
    first,
    afterId,
    today: ctx.today,
    order: args.orderBy ?? "LEDGER",
  });
  const countKey = { countyCode: county, filter, today: ctx.today };
  // What the page's units are asked below, loaded now in one batch per loader (with the total when
  // asked), so that their fields answer without a promise each (hot-fields.ts).
  let knownTotalCount: number | undefined;
  if (info) {
    const [total] = await Promise.all([
      selectionsAt(info, ["totalCount"]).length > 0 ? ctx.loaders.organizationCount.load(countKey) : undefined,
      prefetchUnitFields(
        ctx,
        page.rows.map((r) => r.id),
        selectionsAt(info, ["nodes"], ["edges", "node"]),
        info.fragments,
      ),
    ]);
    knownTotalCount = total;
  }
  const nodes = page.rows.map(toOrganization);
  return Object.assign(new OrganizationConnection(), {
    nodes,
    // Edges (an object and a cursor per unit) only when the operation asks for them.
    edges:
      !info || selectionsAt(info, ["edges"]).length > 0
        ? nodes.map((node) => Object.assign(new OrganizationEdge(), { node, cursor: toCursor(node.dbId) }))
        : [],
    pageInfo: pageInfo(
      page.rows.map((r) => r.id),
      page.hasNextPage,
      afterId !== null,
    ),
    totalCountKey: JSON.stringify(countKey),
    ...(knownTotalCount === undefined ? {} : { knownTotalCount }),
  });
}

/** The as-of date of a coverage question: the given one, or today. */
export function asOfDate(ctx: ApiContext, asOf: string | null | undefined): IsoDate {
  if (asOf == null) return ctx.today;
  const parsed = parseIsoDate(asOf);
  if (!parsed.ok) throw badUserInput(parsed.error.message, ["asOf"]);
  return parsed.value;
}

@Resolver(() => City)
export class CityResolver {
  @Query(() => City)
  city(): City {
    return CITY_INFO;
  }

  @FieldResolver(() => [County])
  async counties(@Ctx() ctx: ApiContext): Promise<County[]> {
    return (await ctx.loaders.counties()).map(toCounty);
  }

  @FieldResolver(() => CoverageStats)
  coverage(
    @Ctx() ctx: ApiContext,
    @Arg("category", () => OrganizationCategoryEnum, { nullable: true }) category: OrganizationCategory | null,
    @Arg("aboveScaleOnly", () => Boolean, { nullable: true }) aboveScaleOnly: boolean | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): CoverageStats {
    return toCoverageStats({
      countyCode: null,
      category: category ?? null,
      aboveScaleOnly: aboveScaleOnly ?? false,
      asOf: asOfDate(ctx, asOf),
    });
  }
}

@Resolver(() => County)
export class CountyResolver {
  @Query(() => County, { nullable: true })
  async county(@Ctx() ctx: ApiContext, @Arg("code") code: string): Promise<County | null> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === code);
    return county ? toCounty(county) : null;
  }

  @FieldResolver(() => OrganizationConnection)
  organizations(
    @Root() county: County,
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg("orderBy", () => OrganizationOrderEnum, { nullable: true, description: "LEDGER when omitted." })
    orderBy: OrganizationOrder | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganizationConnection> {
    return organizationConnection(ctx, county.code, { first, after, filter, orderBy }, info);
  }

  @FieldResolver(() => CoverageStats)
  coverage(
    @Root() county: County,
    @Ctx() ctx: ApiContext,
    @Arg("category", () => OrganizationCategoryEnum, { nullable: true }) category: OrganizationCategory | null,
    @Arg("aboveScaleOnly", () => Boolean, { nullable: true }) aboveScaleOnly: boolean | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): CoverageStats {
    return toCoverageStats({
      countyCode: county.code,
      category: category ?? null,
      aboveScaleOnly: aboveScaleOnly ?? false,
      asOf: asOfDate(ctx, asOf),
    });
  }
}

@Resolver(() => OrganizationConnection)
export class OrganizationConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: OrganizationConnection, @Ctx() ctx: ApiContext): number | Promise<number> {
    if (connection.knownTotalCount !== undefined) return connection.knownTotalCount;
    return ctx.loaders.organizationCount.load(JSON.parse(connection.totalCountKey));
  }
}
