/**
 * Operations of the public contract whose implementation lands with later issues (the ledger writes,
 * demonstration sites, monthly reports, activities). They are in the schema so that the contract
 * holds; until they land they refuse every call with FORBIDDEN and say so. Each one moves out of this
 * file when its issue lands.
 */
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden } from "../../common/errors.js";
import type { ApiContext } from "../context.js";
import {
  AdvanceExcellenceInput,
  AssessFiveHavesInput,
  ExcellenceCampaign,
  ExcellencePayload,
  FiveHaves,
  FiveHavesPayload,
} from "../types/activities.js";
import {
  type BulletinMetric,
  BulletinMetricEnum,
  type QuotaWeight,
  QuotaWeightEnum,
  SiteLevelEnum,
  SiteStatusEnum,
} from "../types/enums.js";
import { Branch, County, CoverageStats, Organization, OrganizationConnection } from "../types/hierarchy.js";
import { AssignContactPointInput, ContactPoint, ContactPointPayload } from "../types/leaders.js";
import {
  BranchPayload,
  CreateOrganizationInput,
  DispatchLiaisonInput,
  DissolveBranchInput,
  EndLiaisonAssignmentInput,
  FoundBranchInput,
  LiaisonPayload,
  OrganizationPayload,
  UpdateOrganizationInput,
} from "../types/ledger.js";
import {
  Bulletin,
  BulletinRow,
  MonthlyReport,
  MonthlyReportPayload,
  PrepareMonthlyReportInput,
  ReportTransitionInput,
  TargetProgress,
} from "../types/reports.js";
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
export class PendingResolver {
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

  @Query(() => [MonthlyReport])
  monthlyReports(@Arg("period") _period: string): MonthlyReport[] {
    return notYet();
  }

  @Query(() => Bulletin)
  bulletin(@Arg("period") _period: string, @Arg("metric", () => BulletinMetricEnum) _metric: BulletinMetric): Bulletin {
    return notYet();
  }

  @Query(() => [TargetProgress], {
    description: "Targets of the year for a county, or for the city when countyCode is omitted.",
  })
  targets(
    @Arg("year", () => Int) _year: number,
    @Arg("countyCode", () => String, { nullable: true }) _c: string | null,
  ): TargetProgress[] {
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

  @Mutation(() => MonthlyReportPayload)
  prepareMonthlyReport(
    @Arg("input", () => PrepareMonthlyReportInput) _i: PrepareMonthlyReportInput,
  ): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  submitMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  returnMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  acceptMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => OrganizationPayload)
  createOrganization(@Arg("input", () => CreateOrganizationInput) _i: CreateOrganizationInput): OrganizationPayload {
    return notYet();
  }

  @Mutation(() => OrganizationPayload)
  updateOrganization(@Arg("input", () => UpdateOrganizationInput) _i: UpdateOrganizationInput): OrganizationPayload {
    return notYet();
  }

  @Mutation(() => BranchPayload)
  foundBranch(@Arg("input", () => FoundBranchInput) _i: FoundBranchInput): BranchPayload {
    return notYet();
  }

  @Mutation(() => BranchPayload)
  dissolveBranch(@Arg("input", () => DissolveBranchInput) _i: DissolveBranchInput): BranchPayload {
    return notYet();
  }

  @Mutation(() => LiaisonPayload)
  dispatchLiaison(@Arg("input", () => DispatchLiaisonInput) _i: DispatchLiaisonInput): LiaisonPayload {
    return notYet();
  }

  @Mutation(() => LiaisonPayload)
  endLiaisonAssignment(@Arg("input", () => EndLiaisonAssignmentInput) _i: EndLiaisonAssignmentInput): LiaisonPayload {
    return notYet();
  }

  @Mutation(() => FiveHavesPayload)
  assessFiveHaves(@Arg("input", () => AssessFiveHavesInput) _i: AssessFiveHavesInput): FiveHavesPayload {
    return notYet();
  }

  @Mutation(() => ExcellencePayload)
  advanceExcellenceStep(@Arg("input", () => AdvanceExcellenceInput) _i: AdvanceExcellenceInput): ExcellencePayload {
    return notYet();
  }
}

@Resolver(() => Branch)
export class PendingBranchResolver {
  @FieldResolver(() => FiveHaves, { nullable: true })
  fiveHaves(@Root() _b: Branch, @Arg("year", () => Int) _year: number): FiveHaves | null {
    return notYet();
  }

  @FieldResolver(() => ExcellenceCampaign, { nullable: true })
  excellence(@Root() _b: Branch, @Arg("year", () => Int) _year: number): ExcellenceCampaign | null {
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

@Resolver(() => MonthlyReport)
export class PendingReportResolver {
  @FieldResolver(() => County)
  county(@Root() _r: MonthlyReport): County {
    return notYet();
  }
  @FieldResolver(() => CoverageStats, {
    description: "Figures frozen at submission; live figures while DRAFT or RETURNED.",
  })
  coverage(@Root() _r: MonthlyReport): CoverageStats {
    return notYet();
  }
}

@Resolver(() => BulletinRow)
export class PendingBulletinRowResolver {
  @FieldResolver(() => County)
  county(@Root() _r: BulletinRow): County {
    return notYet();
  }
}

@Resolver(() => Bulletin)
export class PendingBulletinResolver {
  @FieldResolver(() => [County], { description: "Counties whose report for the period is not submitted." })
  missing(@Root() _b: Bulletin): County[] {
    return notYet();
  }
}

@Resolver(() => TargetProgress)
export class PendingTargetResolver {
  @FieldResolver(() => OrganizationConnection, { description: "Units that make up the gap." })
  gap(
    @Root() _t: TargetProgress,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
    @Arg("after", () => String, { nullable: true }) _after: string | null,
  ): OrganizationConnection {
    return notYet();
  }
}
