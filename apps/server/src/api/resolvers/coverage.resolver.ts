import { parseIsoDate, unitsPerLiaison } from "@liangxin/domain";
import { Arg, Ctx, FieldResolver, Float, Int, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { foundedRangeKey, ratesOf } from "../../service/coverage.service.js";
import type { ApiContext } from "../context.js";
import { DateScalar } from "../scalars.js";
import { Rate } from "../types/common.js";
import { BranchesFounded, CoverageStats } from "../types/hierarchy.js";

const toRate = (r: { numerator: number; denominator: number; ratio: number | null; percent: string | null }): Rate =>
  Object.assign(new Rate(), r);

/**
 * Fields of a stats object: live SQL aggregates through the request's DataLoaders, or, for a
 * submitted monthly report, the figures frozen at submission (`stats.frozen`), without a statement.
 */
@Resolver(() => CoverageStats)
export class CoverageStatsResolver {
  private units(stats: CoverageStats, ctx: ApiContext) {
    return stats.frozen ? Promise.resolve(stats.frozen.units) : ctx.loaders.unitCounts.load(stats.scope);
  }
  private branches(stats: CoverageStats, ctx: ApiContext) {
    return stats.frozen ? Promise.resolve(stats.frozen.branches) : ctx.loaders.branchCounts.load(stats.scope);
  }

  @FieldResolver(() => Int)
  async eligibleCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.units(stats, ctx)).eligible;
  }

  @FieldResolver(() => Rate, { description: "组建率: units covered by a branch / eligible units." })
  async organizationCoverage(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<Rate> {
    return toRate(ratesOf(await this.units(stats, ctx)).organization);
  }

  @FieldResolver(() => Rate, { description: "单独组建率." })
  async standaloneCoverage(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<Rate> {
    return toRate(ratesOf(await this.units(stats, ctx)).standalone);
  }

  @FieldResolver(() => Rate, { description: "联络员覆盖率." })
  async liaisonCoverage(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<Rate> {
    return toRate(ratesOf(await this.units(stats, ctx)).liaison);
  }

  @FieldResolver(() => Rate, { description: "双覆盖: organization- or liaison-covered." })
  async dualCoverage(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<Rate> {
    return toRate(ratesOf(await this.units(stats, ctx)).dual);
  }

  @FieldResolver(() => Int, { description: "Units covered both ways." })
  async bothCoveredCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.units(stats, ctx)).both;
  }

  @FieldResolver(() => Int, { description: "空白点: units neither organization- nor liaison-covered." })
  async gapCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return ratesOf(await this.units(stats, ctx)).gaps;
  }

  @FieldResolver(() => Int, { description: "Units covered by joint branches (联合党支部)." })
  async jointUnitCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.units(stats, ctx)).unitsByFormation.JOINT;
  }

  @FieldResolver(() => Int, { description: "Branches in force covering at least one unit of the population." })
  async branchCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.branches(stats, ctx)).total;
  }

  @FieldResolver(() => Int)
  async standaloneBranchCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.branches(stats, ctx)).byFormation.STANDALONE;
  }

  @FieldResolver(() => Int)
  async jointBranchCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.branches(stats, ctx)).byFormation.JOINT;
  }

  @FieldResolver(() => Int, { description: "区域 and 行业 branches together." })
  async regionalOrIndustryBranchCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    const b = await this.branches(stats, ctx);
    return b.byFormation.REGIONAL + b.byFormation.INDUSTRY;
  }

  @FieldResolver(() => Int, { description: "党委 among the branches." })
  async committeeCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.branches(stats, ctx)).byLevel.COMMITTEE;
  }

  @FieldResolver(() => Int, { description: "党总支 among the branches." })
  async generalBranchCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    return (await this.branches(stats, ctx)).byLevel.GENERAL_BRANCH;
  }

  @FieldResolver(() => Int)
  liaisonCount(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number> {
    if (stats.frozen) return Promise.resolve(stats.frozen.liaisons);
    return ctx.loaders.liaisonCounts.load(stats.scope);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Units each liaison covers on average: liaison-covered units / liaisons (people); null without liaisons.",
  })
  async unitsPerLiaison(@Root() stats: CoverageStats, @Ctx() ctx: ApiContext): Promise<number | null> {
    const [units, liaisons] = await Promise.all([this.units(stats, ctx), this.liaisonCount(stats, ctx)]);
    return unitsPerLiaison(units.liaison, liaisons);
  }

  @FieldResolver(() => BranchesFounded, { description: "Branches founded in [from, to], inclusive." })
  async branchesFounded(
    @Root() stats: CoverageStats,
    @Ctx() ctx: ApiContext,
    @Arg("from", () => DateScalar) from: string,
    @Arg("to", () => DateScalar) to: string,
  ): Promise<BranchesFounded> {
    if (!parseIsoDate(from).ok || !parseIsoDate(to).ok || from > to) {
      throw badUserInput("from 须早于或等于 to", ["from"]);
    }
    const { countyCode, parkId, category, aboveScaleOnly } = stats.scope;
    let f = stats.frozen?.founded[foundedRangeKey(from, to)];
    if (stats.frozen && !f) {
      const kept = Object.keys(stats.frozen.founded).map((k) => k.replace("|", " 至 "));
      throw badUserInput(`已报送的月报只保存以下期间新建的党组织数：${kept.join("、")}`, ["from"]);
    }
    f ??= await ctx.loaders.founded.load({
      countyCode,
      ...(parkId != null ? { parkId } : {}),
      category,
      aboveScaleOnly,
      from,
      to,
    });
    return Object.assign(new BranchesFounded(), {
      total: f.total,
      standalone: f.byFormation.STANDALONE,
      joint: f.byFormation.JOINT,
      regional: f.byFormation.REGIONAL,
      industry: f.byFormation.INDUSTRY,
      jointUnits: f.unitsByFormation.JOINT,
      branchLevel: f.byLevel.BRANCH,
    });
  }
}
