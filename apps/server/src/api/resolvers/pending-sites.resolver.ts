/**
 * Operations of the public contract that land with a later issue: demonstration sites, quotas, 五有 and contact points. They are in the schema
 * so that the contract holds; until they land they refuse every call with FORBIDDEN and say so.
 * This file goes when that issue lands.
 */
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden } from "../../common/errors.js";
import type { ApiContext } from "../context.js";
import { AssessFiveHavesInput, FiveHaves, FiveHavesPayload } from "../types/activities.js";
import { type QuotaWeight, QuotaWeightEnum, SiteLevelEnum, SiteStatusEnum } from "../types/enums.js";
import { Branch, County, Organization } from "../types/hierarchy.js";
import { AssignContactPointInput, ContactPoint, ContactPointPayload } from "../types/leaders.js";
import {
  DemonstrationSite,
  DemonstrationSitePayload,
  NominateDemonstrationSiteInput,
  QuotaAllocation,
  QuotaPlan,
  QuotaPlanPayload,
  ReviewDemonstrationSiteInput,
  SetQuotaPlanInput,
} from "../types/sites.js";

const notYet = (): never => {
  throw forbidden("此功能尚未开放");
};

@Resolver()
export class PendingSitesResolver {
  @Query(() => QuotaPlan, { nullable: true })
  quotaPlan(
    @Arg("year", () => Int) _year: number,
    @Arg("level", () => SiteLevelEnum) _level: string,
  ): QuotaPlan | null {
    return notYet();
  }

  @Query(() => [QuotaAllocation])
  suggestQuotaAllocation(
    @Arg("year", () => Int) _year: number,
    @Arg("level", () => SiteLevelEnum) _level: string,
    @Arg("total", () => Int) _total: number,
    @Arg("weight", () => QuotaWeightEnum) _weight: QuotaWeight,
    @Arg("minimumPerCounty", () => Int, { nullable: true }) _min: number | null,
  ): QuotaAllocation[] {
    return notYet();
  }

  @Query(() => [DemonstrationSite])
  demonstrationSites(
    @Arg("year", () => Int) _year: number,
    @Arg("level", () => SiteLevelEnum, { nullable: true }) _level: string | null,
    @Arg("status", () => SiteStatusEnum, { nullable: true }) _status: string | null,
    @Arg("countyCode", () => String, { nullable: true }) _countyCode: string | null,
  ): DemonstrationSite[] {
    return notYet();
  }

  @Mutation(() => QuotaPlanPayload)
  setQuotaPlan(@Arg("input", () => SetQuotaPlanInput) _input: SetQuotaPlanInput): QuotaPlanPayload {
    return notYet();
  }

  @Mutation(() => DemonstrationSitePayload)
  nominateDemonstrationSite(
    @Arg("input", () => NominateDemonstrationSiteInput) _i: NominateDemonstrationSiteInput,
  ): DemonstrationSitePayload {
    return notYet();
  }

  @Mutation(() => DemonstrationSitePayload)
  reviewDemonstrationSite(
    @Arg("input", () => ReviewDemonstrationSiteInput) _i: ReviewDemonstrationSiteInput,
  ): DemonstrationSitePayload {
    return notYet();
  }

  @Mutation(() => ContactPointPayload)
  assignContactPoint(@Arg("input", () => AssignContactPointInput) _i: AssignContactPointInput): ContactPointPayload {
    return notYet();
  }

  @Mutation(() => FiveHavesPayload)
  assessFiveHaves(@Arg("input", () => AssessFiveHavesInput) _i: AssessFiveHavesInput): FiveHavesPayload {
    return notYet();
  }
}

@Resolver(() => Branch)
export class PendingFiveHavesResolver {
  @FieldResolver(() => FiveHaves, { nullable: true })
  fiveHaves(@Root() _b: Branch, @Arg("year", () => Int) _year: number): FiveHaves | null {
    return notYet();
  }
}

@Resolver(() => ContactPoint)
export class PendingContactPointResolver {
  @FieldResolver(() => DemonstrationSite, {
    nullable: true,
    description: "The demonstration site this point became, if any.",
  })
  demonstrationSite(@Root() _p: ContactPoint, @Ctx() _ctx: ApiContext): DemonstrationSite | null {
    return notYet();
  }
}

@Resolver(() => QuotaAllocation)
export class PendingQuotaAllocationResolver {
  @FieldResolver(() => County)
  county(@Root() _a: QuotaAllocation): County {
    return notYet();
  }
}

@Resolver(() => DemonstrationSite)
export class PendingSiteResolver {
  @FieldResolver(() => Organization)
  organization(@Root() _s: DemonstrationSite): Organization {
    return notYet();
  }
  @FieldResolver(() => County)
  county(@Root() _s: DemonstrationSite): County {
    return notYet();
  }
}
