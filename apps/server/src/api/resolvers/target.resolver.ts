/**
 * The targets of document No. 5 (5号文件): counts from the coverage aggregates (city-wide reading for
 * every role), and the units of each gap as an organization connection in the viewer's scope.
 */
import { isCountyCode } from "@liangxin/domain";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { toCursor } from "../../common/ids.js";
import { targetsAsOf } from "../../service/target.service.js";
import type { ApiContext } from "../context.js";
import { toOrganization } from "../mappers.js";
import { pageArgs, pageInfo } from "../pagination.js";
import { OrganizationConnection, OrganizationEdge } from "../types/hierarchy.js";
import { TargetProgress } from "../types/reports.js";

/** A year argument of a query: 1900–2999, or BAD_USER_INPUT. */
export function yearArg(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw badUserInput("年度须在 1900 至 2999 之间", [field]);
  return year;
}

@Resolver(() => TargetProgress)
export class TargetResolver {
  @Query(() => [TargetProgress], {
    description: "Targets of the year for a county, or for the city when countyCode is omitted.",
  })
  async targets(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<TargetProgress[]> {
    if (countyCode != null && !isCountyCode(countyCode)) {
      throw badUserInput("未知的县（市）区代码", ["countyCode"]);
    }
    const asOf = targetsAsOf(yearArg(year), ctx.today);
    const figures = await ctx.services.targets.targets(year, countyCode ?? null, asOf);
    return figures.map((f) =>
      Object.assign(new TargetProgress(), {
        target: f.target,
        label: f.label,
        dueOn: f.dueOn,
        asOf: f.asOf,
        required: f.required,
        achieved: f.achieved,
        met: f.met,
        shortfall: Math.max(0, f.required - f.achieved),
        figures: f,
      }),
    );
  }

  @FieldResolver(() => OrganizationConnection, {
    description:
      "Units that make up the gap, as of asOf, in the domain's order (more formal members first: 应建未建 before the rest; then by id). A county role sees the rows of its own county only (another county's: FORBIDDEN).",
  })
  async gap(
    @Root() progress: TargetProgress,
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<OrganizationConnection> {
    const args = pageArgs(first, after);
    const { gap, asOf, countyCode } = progress.figures;
    const county = ctx.services.scope.countyForRead(countyCode);
    if (gap === null) {
      return Object.assign(new OrganizationConnection(), {
        nodes: [],
        edges: [],
        pageInfo: pageInfo([], false, args.afterId !== null),
        totalCountKey: "",
        knownTotalCount: 0,
      });
    }
    const page = await ctx.loaders.organizationPage.load({
      countyCode: county,
      filter: gap,
      first: args.first,
      afterId: args.afterId,
      today: asOf,
      order: "ACTIONABILITY",
    });
    const nodes = page.rows.map(toOrganization);
    return Object.assign(new OrganizationConnection(), {
      nodes,
      edges: nodes.map((node) => Object.assign(new OrganizationEdge(), { node, cursor: toCursor(node.dbId) })),
      pageInfo: pageInfo(
        page.rows.map((r) => r.id),
        page.hasNextPage,
        args.afterId !== null,
      ),
      totalCountKey: JSON.stringify({ countyCode: county, filter: gap, today: asOf }),
    });
  }
}
