import { type LeaderLevel, leaderInOffice, liaisonOfficerFor } from "@liangxin/domain";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { visiblePhone } from "../../common/policy.js";
import type { ApiContext } from "../context.js";
import { toContactPoint, toCounty, toLeader, toOrganization } from "../mappers.js";
import { pageArgs, pageInfo } from "../pagination.js";
import { LeaderLevelEnum } from "../types/enums.js";
import { County, Organization } from "../types/hierarchy.js";
import { ContactPoint, Leader, LeaderConnection, LeaderStatusEnum } from "../types/leaders.js";

@Resolver(() => Leader)
export class LeaderResolver {
  @Query(() => LeaderConnection, {
    description:
      "Leaders (副市级以上 and 副县级以上) in protocol order: the city's, then each county's; by default those whose term has not ended.",
  })
  async leaders(
    @Ctx() ctx: ApiContext,
    @Arg("level", () => LeaderLevelEnum, { nullable: true }) level: LeaderLevel | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
    @Arg("status", () => LeaderStatusEnum, { nullable: true, description: "CURRENT when omitted." })
    status: keyof typeof LeaderStatusEnum | null,
  ): Promise<LeaderConnection> {
    const args = pageArgs(first, after);
    const page = await ctx.services.leaders.page({
      level,
      countyCode,
      status: status ?? "CURRENT",
      today: ctx.today,
      ...args,
    });
    for (const l of page.rows) ctx.loaders.leader.prime(l.id, l);
    return Object.assign(new LeaderConnection(), {
      nodes: page.rows.map(toLeader),
      pageInfo: pageInfo(
        page.rows.map((r) => r.id),
        page.hasNextPage,
        args.afterId !== null,
      ),
      totalCount: page.totalCount,
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Work phone; masked for roles that do not manage the leader's county (the city's, for city leaders).",
  })
  phone(@Root() leader: Leader, @Ctx() ctx: ApiContext): string | null {
    return visiblePhone(ctx.viewer, leader.phone, leader.countyCode);
  }

  @FieldResolver({ description: "In office today: his term has started and not ended." })
  inOffice(@Root() leader: Leader, @Ctx() ctx: ApiContext): boolean {
    return leaderInOffice(leader, ctx.today);
  }

  @FieldResolver(() => County, { nullable: true, description: "Null for city-level leaders." })
  async county(@Root() leader: Leader, @Ctx() ctx: ApiContext): Promise<County | null> {
    if (!leader.countyCode) return null;
    const county = (await ctx.loaders.counties()).find((c) => c.code === leader.countyCode);
    return county ? toCounty(county) : null;
  }

  @FieldResolver(() => [ContactPoint])
  async contactPoints(
    @Root() leader: Leader,
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<ContactPoint[]> {
    if (!Number.isInteger(year) || year < 2000 || year > 2999) throw badUserInput("年度无效", ["year"]);
    return (await ctx.loaders.contactPointsOfLeader.load({ leaderId: leader.dbId, year })).map(toContactPoint);
  }
}

@Resolver(() => ContactPoint)
export class ContactPointResolver {
  @FieldResolver(() => Leader)
  async leader(@Root() point: ContactPoint, @Ctx() ctx: ApiContext): Promise<Leader> {
    const leader = await ctx.loaders.leader.load(point.leaderId);
    if (!leader) throw new Error(`contact point ${point.dbId} has no leader`);
    return toLeader(leader);
  }

  @FieldResolver(() => Organization)
  async organization(@Root() point: ContactPoint, @Ctx() ctx: ApiContext): Promise<Organization> {
    const org = await ctx.loaders.organization.load(point.organizationId);
    if (!org) throw new Error(`contact point ${point.dbId} has no organization`);
    return toOrganization(org);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "联络人: for a city leader's point, the 常委组织部长 of the point's county.",
  })
  async liaisonOfficerName(@Root() point: ContactPoint, @Ctx() ctx: ApiContext): Promise<string | null> {
    const [leader, org, heads] = await Promise.all([
      ctx.loaders.leader.load(point.leaderId),
      ctx.loaders.organization.load(point.organizationId),
      ctx.loaders.organizationHeads(),
    ]);
    if (!leader || !org) return null;
    // The 组织部长 in office today: the one to contact now.
    const names = Object.fromEntries([...heads].map(([code, head]) => [code, head.name]));
    return (
      liaisonOfficerFor(
        { id: String(leader.id), level: leader.level as LeaderLevel, countyCode: leader.countyCode },
        org.countyCode,
        names,
      ) || null
    );
  }
}
