import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from "type-graphql";
import { visiblePhone } from "../../common/policy.js";
import type { OrganizationOrder } from "../../service/organization.service.js";
import type { ApiContext } from "../context.js";
import { toBranch, toCounty, toPark } from "../mappers.js";
import { CoverageStatusEnum } from "../types/enums.js";
import {
  Branch,
  BranchLink,
  County,
  Liaison,
  Organization,
  OrganizationConnection,
  OrganizationFilter,
  OrganizationOrderEnum,
  Park,
} from "../types/hierarchy.js";
import { organizationConnection } from "./hierarchy.resolver.js";
import { branchHotFields, organizationHotFields } from "./hot-fields.js";

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection)
  organizations(
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg("orderBy", () => OrganizationOrderEnum, { nullable: true, description: "LEDGER when omitted." })
    orderBy: OrganizationOrder | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<OrganizationConnection> {
    return organizationConnection(ctx, null, { first, after, filter, orderBy }, info);
  }

  @FieldResolver(() => County)
  async county(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === org.countyCode);
    if (!county) throw new Error(`organization ${org.dbId} has an unknown county ${org.countyCode}`);
    return toCounty(county);
  }

  @FieldResolver(() => Park, { nullable: true })
  async park(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<Park | null> {
    if (org.parkId == null) return null;
    const park = await ctx.loaders.park.load(org.parkId);
    return park ? toPark(park) : null;
  }

  @FieldResolver(() => [Branch], { description: "Party branches covering this unit today." })
  branches(@Root() org: Organization, @Ctx() ctx: ApiContext): Branch[] | Promise<Branch[]> {
    return organizationHotFields.branches(org, ctx);
  }

  @FieldResolver(() => [BranchLink], {
    description: "Branches covering this unit today, with this unit's role in each.",
  })
  async branchLinks(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<BranchLink[]> {
    const links = ctx.loaders.known.branchLinks.get(org.dbId) ?? (await ctx.loaders.branchLinks.load(org.dbId));
    return links.map((l) =>
      Object.assign(new BranchLink(), { branch: toBranch(l.branch), role: l.role, from: l.from, to: l.to }),
    );
  }

  @FieldResolver(() => Boolean)
  organizationCovered(@Root() org: Organization, @Ctx() ctx: ApiContext): boolean | Promise<boolean> {
    return organizationHotFields.organizationCovered(org, ctx);
  }

  @FieldResolver(() => Boolean)
  liaisonCovered(@Root() org: Organization, @Ctx() ctx: ApiContext): boolean | Promise<boolean> {
    return organizationHotFields.liaisonCovered(org, ctx);
  }

  @FieldResolver(() => [Liaison], { description: "Liaisons and instructors assigned to this unit today." })
  liaisons(@Root() org: Organization, @Ctx() ctx: ApiContext): Liaison[] | Promise<Liaison[]> {
    return organizationHotFields.liaisons(org, ctx);
  }

  @FieldResolver(() => CoverageStatusEnum, { description: "How the unit is covered today." })
  coverageStatus(@Root() org: Organization, @Ctx() ctx: ApiContext): string | Promise<string> {
    return organizationHotFields.coverageStatus(org, ctx);
  }
}

@Resolver(() => Branch)
export class BranchResolver {
  @FieldResolver(() => [Organization], { description: "Units this branch covers (one for a standalone branch)." })
  organizations(@Root() branch: Branch, @Ctx() ctx: ApiContext): Organization[] | Promise<Organization[]> {
    return branchHotFields.organizations(branch, ctx);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Work phone of the secretary; masked for roles that do not manage its county.",
  })
  secretaryPhone(@Root() branch: Branch, @Ctx() ctx: ApiContext): string | null {
    return visiblePhone(ctx.viewer, branch.secretaryPhone, branch.countyCode);
  }

  @FieldResolver(() => County)
  async county(@Root() branch: Branch, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === branch.countyCode);
    if (!county) throw new Error(`branch ${branch.dbId} has an unknown county`);
    return toCounty(county);
  }
}

@Resolver(() => Liaison)
export class LiaisonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Work phone; masked for roles that do not manage its county.",
  })
  phone(@Root() liaison: Liaison, @Ctx() ctx: ApiContext): string | null {
    return visiblePhone(ctx.viewer, liaison.phone, liaison.countyCode);
  }

  @FieldResolver(() => County)
  async county(@Root() liaison: Liaison, @Ctx() ctx: ApiContext): Promise<County> {
    const county = (await ctx.loaders.counties()).find((c) => c.code === liaison.countyCode);
    if (!county) throw new Error(`liaison ${liaison.dbId} has an unknown county`);
    return toCounty(county);
  }
}
