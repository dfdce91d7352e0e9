/** 五有 (domain.md §4): assessing a branch for a year, and reading it on the branch. */
import { COUNTY_CODES } from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { decodeIntId } from "../../common/ids.js";
import type { ApiContext } from "../context.js";
import { toCounty } from "../mappers.js";
import { payload } from "../payloads.js";
import { toFiveHaves } from "../site-mappers.js";
import {
  AssessFiveHavesInput,
  FiveHaves,
  FiveHavesPayload,
  FiveHavesRateLine,
  FiveHavesRateReport,
} from "../types/activities.js";
import { Rate } from "../types/common.js";
import { Branch, County } from "../types/hierarchy.js";
import { yearArg } from "./site.resolver.js";

@Resolver()
export class FiveHavesResolver {
  @Authorized("ASSESS_FIVE_HAVES")
  @Mutation(() => FiveHavesPayload, {
    description: "Records a branch's five checks for a year with their evidence; a re-assessment replaces it.",
  })
  async assessFiveHaves(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => AssessFiveHavesInput) input: AssessFiveHavesInput,
  ): Promise<FiveHavesPayload> {
    const outcome = await ctx.services.fiveHaves.assess(
      {
        branchId: decodeIntId(input.branchId, "Branch"),
        year: input.year,
        hasOrganization: input.hasOrganization,
        hasRules: input.hasRules,
        hasActivities: input.hasActivities,
        hasVenue: input.hasVenue,
        hasImpact: input.hasImpact,
        evidence: input.evidence ?? null,
        evidenceByCheck: input.evidenceByCheck ?? null,
      },
      ctx.clock.now(),
    );
    return Object.assign(new FiveHavesPayload(), payload(outcome, "fiveHaves", toFiveHaves));
  }

  @Query(() => FiveHavesRateReport, {
    description: "五有 pass rate of a year (passed / assessed), for the city and each county (aggregates, city-wide).",
  })
  async fiveHavesRate(@Ctx() ctx: ApiContext, @Arg("year", () => Int) year: number): Promise<FiveHavesRateReport> {
    const [city, ...counties] = await ctx.services.fiveHaves.rates(yearArg(year), COUNTY_CODES);
    const line = (r: NonNullable<typeof city>) =>
      Object.assign(new FiveHavesRateLine(), {
        countyCode: r.countyCode,
        assessed: r.assessed,
        passed: r.passed,
        rate: Object.assign(new Rate(), r.rate),
      });
    return Object.assign(new FiveHavesRateReport(), {
      year,
      city: line(city as NonNullable<typeof city>),
      counties: counties.map(line),
    });
  }
}

@Resolver(() => FiveHavesRateLine)
export class FiveHavesRateLineResolver {
  @FieldResolver(() => County, { nullable: true, description: "Null for the whole city." })
  async county(@Root() line: FiveHavesRateLine, @Ctx() ctx: ApiContext): Promise<County | null> {
    if (!line.countyCode) return null;
    const county = (await ctx.loaders.counties()).find((c) => c.code === line.countyCode);
    return county ? toCounty(county) : null;
  }
}

@Resolver(() => Branch)
export class BranchFiveHavesResolver {
  @FieldResolver(() => FiveHaves, {
    nullable: true,
    description: "The branch's 五有 of the year; null if not assessed.",
  })
  async fiveHaves(
    @Root() branch: Branch,
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<FiveHaves | null> {
    const found = await ctx.loaders.fiveHaves.load({ branchId: branch.dbId, year: yearArg(year) });
    return found ? toFiveHaves(found) : null;
  }
}
