/**
 * Leaders' contact points (domain.md §3.5): assigning and ending them, the counties' list reports,
 * the year's compliance, and the site a point became.
 */
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { decodeIntId } from "../../common/ids.js";
import type { ApiContext } from "../context.js";
import { toContactPoint, toCounty, toLeader } from "../mappers.js";
import { payload } from "../payloads.js";
import { toCountyContactList, toDemonstrationSite } from "../site-mappers.js";
import { County } from "../types/hierarchy.js";
import {
  AssignContactPointInput,
  ContactListPayload,
  ContactPoint,
  ContactPointCompliance,
  ContactPointPayload,
  CountyContactList,
  EndContactPointInput,
  ReportContactPointListInput,
} from "../types/leaders.js";
import { DemonstrationSite } from "../types/sites.js";
import { yearArg } from "./site.resolver.js";

@Resolver()
export class ContactPointWriteResolver {
  @Authorized("ASSIGN_CONTACT_POINT")
  @Mutation(() => ContactPointPayload, {
    description:
      "Assigns a leader's contact point for a year: one per city leader (ALREADY_ASSIGNED; end the old one first), a county leader's in his county (OUT_OF_SCOPE), an eligible operating unit.",
  })
  async assignContactPoint(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => AssignContactPointInput) input: AssignContactPointInput,
  ): Promise<ContactPointPayload> {
    const outcome = await ctx.services.contactPoints.assign(
      {
        leaderId: decodeIntId(input.leaderId, "Leader"),
        organizationId: decodeIntId(input.organizationId, "Organization"),
        year: input.year,
      },
      ctx.today,
    );
    return Object.assign(new ContactPointPayload(), payload(outcome, "contactPoint", toContactPoint));
  }

  @Authorized("ASSIGN_CONTACT_POINT")
  @Mutation(() => ContactPointPayload, {
    description: "Ends a contact point (it stays as history); the leader may then be given another.",
  })
  async endContactPoint(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => EndContactPointInput) input: EndContactPointInput,
  ): Promise<ContactPointPayload> {
    const outcome = await ctx.services.contactPoints.end(
      { contactPointId: decodeIntId(input.contactPointId, "ContactPoint"), endedOn: input.endedOn ?? null },
      ctx.today,
    );
    return Object.assign(new ContactPointPayload(), payload(outcome, "contactPoint", toContactPoint));
  }

  @Authorized("ASSIGN_CONTACT_POINT")
  @Mutation(() => ContactListPayload, {
    description: "Records today as the day a county reported its county leaders' contact-point list (due July 31).",
  })
  async reportContactPointList(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ReportContactPointListInput) input: ReportContactPointListInput,
  ): Promise<ContactListPayload> {
    const outcome = await ctx.services.contactPoints.reportList(
      { countyCode: input.countyCode.trim(), year: input.year },
      ctx.today,
      ctx.clock.now(),
    );
    return Object.assign(new ContactListPayload(), payload(outcome, "contactList", toCountyContactList));
  }

  @Query(() => ContactPointCompliance, {
    description:
      "The year's contact points against the rules: city leaders without a point, counties' lists (overdue after July 31), points not yet sites.",
  })
  async contactPointCompliance(
    @Ctx() ctx: ApiContext,
    @Arg("year", () => Int) year: number,
  ): Promise<ContactPointCompliance> {
    const c = await ctx.services.contactPoints.compliance(yearArg(year), ctx.today);
    return Object.assign(new ContactPointCompliance(), {
      year: c.year,
      dueOn: c.dueOn,
      cityLeaderCount: c.cityLeaderCount,
      cityLeadersWithoutPoint: c.cityLeadersWithoutPoint.map(toLeader),
      counties: c.counties.map(toCountyContactList),
      pointsWithoutSite: c.pointsWithoutSite.map(toContactPoint),
    });
  }
}

@Resolver(() => CountyContactList)
export class CountyContactListResolver {
  @FieldResolver(() => County)
  async county(@Root() list: CountyContactList, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === list.countyCode);
    if (!county) throw new Error(`contact list of an unknown county ${list.countyCode}`);
    return toCounty(county);
  }
}

@Resolver(() => ContactPoint)
export class ContactPointSiteResolver {
  @FieldResolver(() => DemonstrationSite, {
    nullable: true,
    description: "The demonstration site this point became, if any.",
  })
  async demonstrationSite(@Root() point: ContactPoint, @Ctx() ctx: ApiContext): Promise<DemonstrationSite | null> {
    const site = await ctx.loaders.siteOfOrganization.load({ organizationId: point.organizationId, year: point.year });
    return site ? toDemonstrationSite(site) : null;
  }
}
