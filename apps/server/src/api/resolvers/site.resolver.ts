/**
 * Demonstration sites and their quotas (domain.md §3.4): the plan and its board, suggestions, the
 * sites, and the three writes (set a plan, nominate, review). Thin: shapes are checked here, rules
 * in the services and the domain.
 */
import { APPORTIONMENT_NOTE, type ApportionError, type SiteLevel, type SiteStatus } from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { decodeIntId } from "../../common/ids.js";
import type { ApiContext } from "../context.js";
import { toCounty, toOrganization } from "../mappers.js";
import { payload } from "../payloads.js";
import { DateScalar } from "../scalars.js";
import { toDemonstrationSite, toQuotaPlan, toQuotaSuggestion } from "../site-mappers.js";
import { type QuotaWeight, QuotaWeightEnum, SiteLevelEnum, SiteStatusEnum } from "../types/enums.js";
import { County, Organization } from "../types/hierarchy.js";
import {
  DemonstrationSite,
  DemonstrationSitePayload,
  MAX_PLACES,
  MAX_YEAR,
  MIN_YEAR,
  NominateDemonstrationSiteInput,
  QuotaAllocation,
  QuotaPlan,
  QuotaPlanPayload,
  QuotaSuggestion,
  ReviewDemonstrationSiteInput,
  SetQuotaPlanInput,
} from "../types/sites.js";
import { asOfDate } from "./hierarchy.resolver.js";

/** A year argument of a query: BAD_USER_INPUT outside the years the system plans for. */
export function yearArg(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badUserInput(`年度须在${MIN_YEAR}至${MAX_YEAR}之间`, [field]);
  }
  return year;
}

function countArg(value: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PLACES) {
    throw badUserInput(`${label}须为0至${MAX_PLACES}之间的整数`, [field]);
  }
  return value;
}

const APPORTION_FIELDS: Partial<Record<ApportionError["code"], string>> = {
  INVALID_TOTAL: "total",
  INVALID_MINIMUM: "minimumPerCounty",
  MINIMUM_EXCEEDS_TOTAL: "minimumPerCounty",
  ALL_WEIGHTS_ZERO: "weight",
};

async function suggestion(
  ctx: ApiContext,
  args: {
    year: number;
    level: SiteLevel;
    total: number;
    weight: QuotaWeight;
    minimumPerCounty: number | null;
    asOf: string | null;
  },
): Promise<QuotaSuggestion> {
  const result = await ctx.services.sites.suggest({
    year: yearArg(args.year),
    level: args.level,
    total: countArg(args.total, "total", "总数"),
    weight: args.weight,
    minimumPerCounty: countArg(args.minimumPerCounty ?? 0, "minimumPerCounty", "每个县（市）区的最低数"),
    asOf: asOfDate(ctx, args.asOf),
  });
  if (!result.ok) {
    const field = APPORTION_FIELDS[result.error.code];
    // The other errors (no counties, a bad weight) can only come from a broken database.
    if (!field) throw new Error(`apportionment failed: ${result.error.code}`);
    throw badUserInput(result.error.message, [field]);
  }
  return toQuotaSuggestion(result.value, APPORTIONMENT_NOTE);
}

@Resolver()
export class SiteResolver {
  @Query(() => QuotaPlan, {
    nullable: true,
    description: "The quota plan of a year and level with the quota board's figures; null when none was set.",
  })
  async quotaPlan(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("level", () => SiteLevelEnum) level: SiteLevel,
  ): Promise<QuotaPlan | null> {
    const plan = await ctx.services.sites.plan(yearArg(year), level);
    return plan ? toQuotaPlan(plan) : null;
  }

  @Query(() => [QuotaAllocation], {
    description:
      "A largest-remainder split of `total` over the counties by a weight counted on the ledger (asOf, default today), after an optional minimum each. Recomputed, never patched, when the total changes: quotaSuggestion carries the note to show beside it (Alabama paradox).",
  })
  async suggestQuotaAllocation(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("level", () => SiteLevelEnum) level: SiteLevel,
    @Arg("total", () => Int) total: number,
    @Arg("weight", () => QuotaWeightEnum) weight: QuotaWeight,
    @Arg("minimumPerCounty", () => Int, { nullable: true }) minimumPerCounty: number | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): Promise<QuotaAllocation[]> {
    return (await suggestion(ctx, { year, level, total, weight, minimumPerCounty, asOf })).allocations;
  }

  @Query(() => QuotaSuggestion, {
    description: "suggestQuotaAllocation with its parameters and the note to show beside it.",
  })
  quotaSuggestion(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("level", () => SiteLevelEnum) level: SiteLevel,
    @Arg("total", () => Int) total: number,
    @Arg("weight", () => QuotaWeightEnum) weight: QuotaWeight,
    @Arg("minimumPerCounty", () => Int, { nullable: true }) minimumPerCounty: number | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): Promise<QuotaSuggestion> {
    return suggestion(ctx, { year, level, total, weight, minimumPerCounty, asOf });
  }

  @Query(() => [DemonstrationSite], {
    description: "Sites of a year; county roles read their own county's (another county's: FORBIDDEN).",
  })
  async demonstrationSites(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
    @Arg("level", () => SiteLevelEnum, { nullable: true }) level: SiteLevel | null,
    @Arg("status", () => SiteStatusEnum, { nullable: true }) status: SiteStatus | null,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<DemonstrationSite[]> {
    if (countyCode != null && !/^\d{6}$/.test(countyCode))
      throw badUserInput("县（市）区代码为6位数字", ["countyCode"]);
    // An argument left out arrives as undefined: the service reads null as "not given".
    const sites = await ctx.services.sites.sites({
      year: yearArg(year),
      level: level ?? null,
      status: status ?? null,
      countyCode: countyCode ?? null,
    });
    for (const s of sites) ctx.loaders.demonstrationSite.prime(s.id, s);
    return sites.map(toDemonstrationSite);
  }

  @Authorized("SET_QUOTA")
  @Mutation(() => QuotaPlanPayload, {
    description:
      "Sets the plan of a year and level: parts summing to the total (QUOTA_SUM_MISMATCH), none below what the county holds (QUOTA_BELOW_USED).",
  })
  async setQuotaPlan(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => SetQuotaPlanInput) input: SetQuotaPlanInput,
  ): Promise<QuotaPlanPayload> {
    return Object.assign(
      new QuotaPlanPayload(),
      payload(await ctx.services.sites.setQuotaPlan(input), "plan", toQuotaPlan),
    );
  }

  @Authorized("NOMINATE_SITE")
  @Mutation(() => DemonstrationSitePayload, {
    description:
      "Nominates an organization-covered unit of one's county, once per organization, year and level (ALREADY_ASSIGNED), within the quota (QUOTA_EXCEEDED).",
  })
  async nominateDemonstrationSite(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => NominateDemonstrationSiteInput) input: NominateDemonstrationSiteInput,
  ): Promise<DemonstrationSitePayload> {
    const outcome = await ctx.services.sites.nominate(
      {
        organizationId: decodeIntId(input.organizationId, "Organization"),
        year: input.year,
        level: input.level,
        note: input.note ?? null,
      },
      ctx.today,
      ctx.clock.now(),
    );
    return Object.assign(new DemonstrationSitePayload(), payload(outcome, "site", toDemonstrationSite));
  }

  @Authorized("REVIEW_SITE")
  @Mutation(() => DemonstrationSitePayload, {
    description:
      "APPROVE (needs a passed 五有 of the year: PREREQUISITE_MISSING), REJECT (with a note), REVOKE an approved site (with a note).",
  })
  async reviewDemonstrationSite(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ReviewDemonstrationSiteInput) input: ReviewDemonstrationSiteInput,
  ): Promise<DemonstrationSitePayload> {
    const outcome = await ctx.services.sites.review(
      { siteId: decodeIntId(input.siteId, "DemonstrationSite"), decision: input.decision, note: input.note ?? null },
      ctx.today,
      ctx.clock.now(),
    );
    return Object.assign(new DemonstrationSitePayload(), payload(outcome, "site", toDemonstrationSite));
  }
}

@Resolver(() => DemonstrationSite)
export class DemonstrationSiteResolver {
  @FieldResolver(() => Organization)
  async organization(@Root() site: DemonstrationSite, @Ctx() ctx: ApiContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(site.organizationId);
    if (!org) throw new Error(`site ${site.dbId} has no readable organization`);
    return toOrganization(org);
  }

  @FieldResolver(() => County)
  async county(@Root() site: DemonstrationSite, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === site.countyCode);
    if (!county) throw new Error(`site ${site.dbId} has an unknown county`);
    return toCounty(county);
  }
}

@Resolver(() => QuotaAllocation)
export class QuotaAllocationResolver {
  @FieldResolver(() => County)
  async county(@Root() allocation: QuotaAllocation, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === allocation.countyCode);
    if (!county) throw new Error(`allocation of an unknown county ${allocation.countyCode}`);
    return toCounty(county);
  }

  @FieldResolver(() => [DemonstrationSite], {
    description: "The county's sites of the plan's year and level (empty for another county's, to county roles).",
  })
  async sites(
    @Root() allocation: QuotaAllocation,
    @Ctx() ctx: ApiContext,
    @Arg("status", () => SiteStatusEnum, { nullable: true }) status: SiteStatus | null,
  ): Promise<DemonstrationSite[]> {
    const sites = await ctx.loaders.sitesOfPlan.load({ year: allocation.year, level: allocation.level });
    return sites
      .filter((s) => s.countyCode === allocation.countyCode && (status == null || s.status === status))
      .map(toDemonstrationSite);
  }
}

@Resolver(() => QuotaPlan)
export class QuotaPlanResolver {
  @FieldResolver(() => [DemonstrationSite], {
    description: "The plan's sites, in the viewer's scope (county roles: their county's).",
  })
  async sites(
    @Root() plan: QuotaPlan,
    @Ctx() ctx: ApiContext,
    @Arg("status", () => SiteStatusEnum, { nullable: true }) status: SiteStatus | null,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<DemonstrationSite[]> {
    const sites = await ctx.loaders.sitesOfPlan.load({ year: plan.year, level: plan.level });
    return sites
      .filter((s) => (status == null || s.status === status) && (countyCode == null || s.countyCode === countyCode))
      .map(toDemonstrationSite);
  }
}
