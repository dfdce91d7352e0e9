/**
 * The ledger's writes (台账): organizations, branches and liaisons. Thin: each mutation checks the
 * capability, hands its input to the ledger service with the department's day, and maps the outcome.
 */
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ApiContext } from "../context.js";
import { toBranch, toLiaison, toOrganization } from "../mappers.js";
import { payload } from "../payloads.js";
import { Branch, BranchLink, Organization } from "../types/hierarchy.js";
import {
  AffiliateOrganizationInput,
  BranchLevelPeriod,
  BranchPayload,
  CreateOrganizationInput,
  DispatchLiaisonInput,
  DissolveBranchInput,
  EndAffiliationInput,
  EndLiaisonAssignmentInput,
  FoundBranchInput,
  LiaisonPayload,
  OrganizationPayload,
  OrganizationStatusPeriod,
  UpdateBranchInput,
  UpdateOrganizationInput,
} from "../types/ledger.js";

@Resolver()
export class LedgerResolver {
  @Authorized("WRITE_LEDGER")
  @Mutation(() => OrganizationPayload, {
    description: "Enters a unit in the ledger (CITY_ADMIN; COUNTY_ADMIN its county).",
  })
  async createOrganization(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateOrganizationInput) input: CreateOrganizationInput,
  ): Promise<OrganizationPayload> {
    const outcome = await ctx.services.ledger.createOrganization(input, ctx.today);
    return Object.assign(new OrganizationPayload(), payload(outcome, "organization", toOrganization));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => OrganizationPayload, {
    description:
      "Changes a unit's ledger entry; empty strings clear optional text fields; ceasedOn ends its operation.",
  })
  async updateOrganization(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ): Promise<OrganizationPayload> {
    const outcome = await ctx.services.ledger.updateOrganization(input, ctx.today);
    return Object.assign(new OrganizationPayload(), payload(outcome, "organization", toOrganization));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => BranchPayload, { description: "Founds a party organization under the formation rules." })
  async foundBranch(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => FoundBranchInput) input: FoundBranchInput,
  ): Promise<BranchPayload> {
    const outcome = await ctx.services.ledger.foundBranch(input, ctx.today);
    return Object.assign(new BranchPayload(), payload(outcome, "branch", toBranch));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => BranchPayload, {
    description: "Upgrades a branch, changes its members or covered units from a day on, keeping what was before.",
  })
  async updateBranch(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => UpdateBranchInput) input: UpdateBranchInput,
  ): Promise<BranchPayload> {
    const outcome = await ctx.services.ledger.updateBranch(input, ctx.today);
    return Object.assign(new BranchPayload(), payload(outcome, "branch", toBranch));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => BranchPayload, {
    description: "Dissolves a branch: its coverage ends that day; figures before stay.",
  })
  async dissolveBranch(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => DissolveBranchInput) input: DissolveBranchInput,
  ): Promise<BranchPayload> {
    const outcome = await ctx.services.ledger.dissolveBranch(input, ctx.today);
    return Object.assign(new BranchPayload(), payload(outcome, "branch", toBranch));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => LiaisonPayload, { description: "Records a liaison or instructor and dispatches them to units." })
  async dispatchLiaison(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => DispatchLiaisonInput) input: DispatchLiaisonInput,
  ): Promise<LiaisonPayload> {
    const outcome = await ctx.services.ledger.dispatchLiaison(input, ctx.today);
    return Object.assign(new LiaisonPayload(), payload(outcome, "liaison", toLiaison));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => OrganizationPayload, {
    description:
      "挂靠: affiliates a unit with fewer than 3 formal members to an existing branch of its county in force, from a day; the unit counts as organization-covered (组建率) from then on. Refused (FORMATION_RULE) for a unit that must form its own, a branch not in force or of another county; CONFLICT when a branch covers the unit then or later.",
  })
  async affiliateOrganization(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => AffiliateOrganizationInput) input: AffiliateOrganizationInput,
  ): Promise<OrganizationPayload> {
    const outcome = await ctx.services.ledger.affiliateOrganization(input, ctx.today);
    return Object.assign(new OrganizationPayload(), payload(outcome, "organization", toOrganization));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => OrganizationPayload, {
    description: "Ends a unit's affiliation (挂靠) to a branch on a day; the history stays.",
  })
  async endAffiliation(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => EndAffiliationInput) input: EndAffiliationInput,
  ): Promise<OrganizationPayload> {
    const outcome = await ctx.services.ledger.endAffiliation(input, ctx.today);
    return Object.assign(new OrganizationPayload(), payload(outcome, "organization", toOrganization));
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => LiaisonPayload, { description: "Ends a liaison's assignment to a unit on a day; the history stays." })
  async endLiaisonAssignment(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => EndLiaisonAssignmentInput) input: EndLiaisonAssignmentInput,
  ): Promise<LiaisonPayload> {
    const outcome = await ctx.services.ledger.endLiaisonAssignment(input, ctx.today);
    return Object.assign(new LiaisonPayload(), payload(outcome, "liaison", toLiaison));
  }
}

@Resolver(() => Branch)
export class BranchLevelHistoryResolver {
  @FieldResolver(() => [BranchLevelPeriod], { description: "The branch's levels over time, oldest first." })
  async levelHistory(@Root() branch: Branch, @Ctx() ctx: ApiContext): Promise<BranchLevelPeriod[]> {
    const periods = await ctx.services.ledger.levelHistory({
      id: branch.dbId,
      level: branch.level,
      foundedOn: branch.foundedOn as string,
      dissolvedOn: branch.dissolvedOn,
    });
    return periods.map((p) => Object.assign(new BranchLevelPeriod(), p));
  }
}

@Resolver(() => Organization)
export class CoverageHistoryResolver {
  @FieldResolver(() => [OrganizationStatusPeriod], {
    description:
      "The unit's eligibility and above-scale flag over time, oldest first; the last period holds today's values. Figures as of a day read the period in force then.",
  })
  async statusHistory(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<OrganizationStatusPeriod[]> {
    const periods = await ctx.services.ledger.statusHistory(org.dbId);
    return periods.map((p) => Object.assign(new OrganizationStatusPeriod(), p));
  }

  @FieldResolver(() => [BranchLink], {
    description:
      "Every branch that ever covered this unit, with the interval [from, to) of its coverage; oldest first.",
  })
  async coverageHistory(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<BranchLink[]> {
    const links = await ctx.services.ledger.coverageHistory(org.dbId);
    return links.map((l) =>
      Object.assign(new BranchLink(), { branch: toBranch(l.branch), role: l.role, from: l.from, to: l.to }),
    );
  }
}
