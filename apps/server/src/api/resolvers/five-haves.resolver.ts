/** 五有 (domain.md §4): assessing a branch for a year, and reading it on the branch. */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { decodeIntId } from "../../common/ids.js";
import type { ApiContext } from "../context.js";
import { payload } from "../payloads.js";
import { toFiveHaves } from "../site-mappers.js";
import { AssessFiveHavesInput, FiveHaves, FiveHavesPayload } from "../types/activities.js";
import { Branch } from "../types/hierarchy.js";
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
      },
      ctx.clock.now(),
    );
    return Object.assign(new FiveHavesPayload(), payload(outcome, "fiveHaves", toFiveHaves));
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
