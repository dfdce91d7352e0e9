/**
 * 机构与人员: leaders' writes (任职, corrections, 离任), the counties' 组织部长, and parks with their
 * 党工委. Reads are everyone's (county leaders within the viewer's scope); writes need
 * MANAGE_DIRECTORY and are scoped by county (city leaders: the city admin only).
 */
import { isCountyCode, type OrganizationCategory } from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { decodeIntId } from "../../common/ids.js";
import { visiblePhone } from "../../common/policy.js";
import type { ApiContext } from "../context.js";
import { toCounty, toCoverageStats, toLeader, toPark } from "../mappers.js";
import { payload } from "../payloads.js";
import { DateScalar } from "../scalars.js";
import { OrganizationCategoryEnum } from "../types/enums.js";
import { County, CoverageStats, CreateParkInput, Park, ParkPayload, UpdateParkInput } from "../types/hierarchy.js";
import { CreateLeaderInput, EndLeaderTermInput, Leader, LeaderPayload, UpdateLeaderInput } from "../types/leaders.js";
import { asOfDate } from "./hierarchy.resolver.js";

@Resolver()
export class DirectoryResolver {
  @Query(() => [Park], { description: "Industrial parks of a county (or of every county), by name." })
  async parks(
    @Ctx() ctx: ApiContext,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
  ): Promise<Park[]> {
    if (countyCode != null && !isCountyCode(countyCode)) throw badUserInput("未知的县（市）区代码", ["countyCode"]);
    return (await ctx.services.hierarchy.parks(countyCode ?? null)).map(toPark);
  }

  @Authorized("MANAGE_DIRECTORY")
  @Mutation(() => LeaderPayload, {
    description: "Records a leader taking office (a successor is a new leader); city leaders by the city admin.",
  })
  async createLeader(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateLeaderInput) input: CreateLeaderInput,
  ): Promise<LeaderPayload> {
    const outcome = await ctx.services.directory.createLeader(input, ctx.today);
    return Object.assign(new LeaderPayload(), payload(outcome, "leader", toLeader));
  }

  @Authorized("MANAGE_DIRECTORY")
  @Mutation(() => LeaderPayload, {
    description: "Corrects a leader's name, title, phone, order, start or 组织部长 flag.",
  })
  async updateLeader(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => UpdateLeaderInput) input: UpdateLeaderInput,
  ): Promise<LeaderPayload> {
    const outcome = await ctx.services.directory.updateLeader(
      { ...input, leaderId: decodeIntId(input.leaderId, "Leader") },
      ctx.today,
    );
    return Object.assign(new LeaderPayload(), payload(outcome, "leader", toLeader));
  }

  @Authorized("MANAGE_DIRECTORY")
  @Mutation(() => LeaderPayload, {
    description:
      "Records the end of a leader's term (离任): he stays as history; his contact points in force end that day.",
  })
  async endLeaderTerm(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => EndLeaderTermInput) input: EndLeaderTermInput,
  ): Promise<LeaderPayload> {
    const outcome = await ctx.services.directory.endLeaderTerm(
      { leaderId: decodeIntId(input.leaderId, "Leader"), termEnd: input.termEnd },
      ctx.today,
    );
    return Object.assign(new LeaderPayload(), payload(outcome, "leader", toLeader));
  }

  @Authorized("MANAGE_DIRECTORY")
  @Mutation(() => ParkPayload, { description: "Adds an industrial park of a county with its 党工委." })
  async createPark(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateParkInput) input: CreateParkInput,
  ): Promise<ParkPayload> {
    return Object.assign(new ParkPayload(), payload(await ctx.services.directory.createPark(input), "park", toPark));
  }

  @Authorized("MANAGE_DIRECTORY")
  @Mutation(() => ParkPayload, { description: "Changes a park's name or its 党工委." })
  async updatePark(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => UpdateParkInput) input: UpdateParkInput,
  ): Promise<ParkPayload> {
    const outcome = await ctx.services.directory.updatePark({ ...input, parkId: decodeIntId(input.parkId, "Park") });
    return Object.assign(new ParkPayload(), payload(outcome, "park", toPark));
  }
}

@Resolver(() => County)
export class CountyDirectoryResolver {
  @FieldResolver(() => [Park], { description: "The county's industrial parks, by name." })
  async parks(@Root() county: County, @Ctx() ctx: ApiContext): Promise<Park[]> {
    return (await ctx.loaders.parksOfCounty.load(county.code)).map(toPark);
  }

  @FieldResolver(() => Leader, {
    nullable: true,
    description:
      "常委组织部长 in office today; null when none is recorded. County leaders are read in the viewer's scope.",
  })
  async organizationHead(@Root() county: County, @Ctx() ctx: ApiContext): Promise<Leader | null> {
    const head = (await ctx.loaders.organizationHeads()).get(county.code);
    return head && ctx.services.scope.mayRead(county.code) ? toLeader(head) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "常委组织部长's name (in office today): 联络人 of city leaders' contact points here.",
  })
  async organizationHeadName(@Root() county: County, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await ctx.loaders.organizationHeads()).get(county.code)?.name ?? null;
  }
}

@Resolver(() => Park)
export class ParkResolver {
  @FieldResolver(() => County)
  async county(@Root() park: Park, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === park.countyCode);
    if (!county) throw new Error(`park ${park.dbId} has no county`);
    return toCounty(county);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The 党工委 secretary's work phone; masked for roles that do not manage the county.",
  })
  workCommitteePhone(@Root() park: Park, @Ctx() ctx: ApiContext): string | null {
    return visiblePhone(ctx.viewer, park.workCommitteePhone, park.countyCode);
  }

  @FieldResolver(() => CoverageStats, {
    description:
      "Coverage of the park's units (园区), as County.coverage: unit figures count the park's units; a branch or a liaison counts once when it covers (is assigned to) at least one of them.",
  })
  coverage(
    @Root() park: Park,
    @Ctx() ctx: ApiContext,
    @Arg("category", () => OrganizationCategoryEnum, { nullable: true }) category: OrganizationCategory | null,
    @Arg("aboveScaleOnly", () => Boolean, { nullable: true }) aboveScaleOnly: boolean | null,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
  ): CoverageStats {
    return toCoverageStats({
      countyCode: null,
      parkId: String(park.dbId),
      category: category ?? null,
      aboveScaleOnly: aboveScaleOnly ?? false,
      asOf: asOfDate(ctx, asOf),
    });
  }
}
