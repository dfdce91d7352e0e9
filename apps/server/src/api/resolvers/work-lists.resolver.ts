/**
 * Liaisons' work targets: set and completed like the ledger (WRITE_LEDGER, in the unit's county),
 * listed by deadline with their status (the domain's), and on each organization.
 */
import { isCountyCode, type WorkTargetStatus, workTargetStatus } from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { decodeIntId, toCursor } from "../../common/ids.js";
import { decodeWorkTargetId, type WorkTargetRecord, workTargetId } from "../../service/liaison-target.service.js";
import type { ApiContext } from "../context.js";
import { toLiaison, toOrganization } from "../mappers.js";
import { pageArgs } from "../pagination.js";
import { payload } from "../payloads.js";
import { PageInfo } from "../types/common.js";
import { Liaison, Organization } from "../types/hierarchy.js";
import {
  CompleteLiaisonWorkTargetInput,
  LiaisonWorkTarget,
  LiaisonWorkTargetConnection,
  LiaisonWorkTargetPayload,
  RecordLiaisonWorkTargetInput,
  WorkTargetStatusEnum,
} from "../types/work-lists.js";

export function toWorkTarget(t: WorkTargetRecord, today: string): LiaisonWorkTarget {
  const status = workTargetStatus(t, today);
  return Object.assign(new LiaisonWorkTarget(), {
    id: workTargetId(t.id),
    dbId: t.id,
    description: t.description,
    setOn: t.setOn,
    dueOn: t.dueOn,
    completedOn: t.completedOn,
    status,
    overdue: status === "OVERDUE",
    liaisonId: t.liaisonId,
    organizationId: t.organizationId,
    countyCode: t.countyCode,
  });
}

@Resolver(() => LiaisonWorkTarget)
export class LiaisonWorkTargetResolver {
  @Query(() => LiaisonWorkTargetConnection, {
    description:
      "Liaisons' work targets by deadline: a county's (county roles: their own; another's is FORBIDDEN) or all the viewer may read; by status (OVERDUE: the ones to chase).",
  })
  async liaisonWorkTargets(
    @Ctx() ctx: ApiContext,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
    @Arg("status", () => WorkTargetStatusEnum, { nullable: true }) status: WorkTargetStatus | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<LiaisonWorkTargetConnection> {
    if (countyCode != null && !isCountyCode(countyCode)) throw badUserInput("未知的县（市）区代码", ["countyCode"]);
    const args = pageArgs(first, after);
    const page = await ctx.services.liaisonTargets.page(
      { countyCode: countyCode ?? null, status: status ?? null },
      args.first,
      args.afterId,
      ctx.today,
    );
    const nodes = page.rows.map((t) => toWorkTarget(t, ctx.today));
    return Object.assign(new LiaisonWorkTargetConnection(), {
      nodes,
      totalCount: page.totalCount,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: args.afterId !== null,
        startCursor: nodes[0] ? toCursor(nodes[0].dbId) : null,
        endCursor: nodes.length ? toCursor((nodes[nodes.length - 1] as LiaisonWorkTarget).dbId) : null,
      }),
    });
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => LiaisonWorkTargetPayload, {
    description: "Sets a work target and its deadline for a liaison dispatched to a unit (明确工作目标及完成时限).",
  })
  async recordLiaisonWorkTarget(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => RecordLiaisonWorkTargetInput) input: RecordLiaisonWorkTargetInput,
  ): Promise<LiaisonWorkTargetPayload> {
    const outcome = await ctx.services.liaisonTargets.record(
      {
        organizationId: decodeIntId(input.organizationId, "Organization"),
        liaisonId: decodeIntId(input.liaisonId, "Liaison"),
        description: input.description,
        dueOn: input.dueOn,
      },
      ctx.today,
    );
    return Object.assign(
      new LiaisonWorkTargetPayload(),
      payload(outcome, "workTarget", (t) => toWorkTarget(t, ctx.today)),
    );
  }

  @Authorized("WRITE_LEDGER")
  @Mutation(() => LiaisonWorkTargetPayload, { description: "Marks a work target reached (once)." })
  async completeLiaisonWorkTarget(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CompleteLiaisonWorkTargetInput) input: CompleteLiaisonWorkTargetInput,
  ): Promise<LiaisonWorkTargetPayload> {
    const outcome = await ctx.services.liaisonTargets.complete(
      { workTargetId: decodeWorkTargetId(input.workTargetId), completedOn: input.completedOn ?? null },
      ctx.today,
    );
    return Object.assign(
      new LiaisonWorkTargetPayload(),
      payload(outcome, "workTarget", (t) => toWorkTarget(t, ctx.today)),
    );
  }

  @FieldResolver(() => Liaison, { nullable: true, description: "Null when out of the viewer's scope." })
  async liaison(@Root() t: LiaisonWorkTarget, @Ctx() ctx: ApiContext): Promise<Liaison | null> {
    const l = await ctx.loaders.liaison.load(t.liaisonId);
    return l ? toLiaison(l) : null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Null when out of the viewer's scope." })
  async organization(@Root() t: LiaisonWorkTarget, @Ctx() ctx: ApiContext): Promise<Organization | null> {
    const o = await ctx.loaders.organization.load(t.organizationId);
    return o ? toOrganization(o) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationWorkTargetResolver {
  @FieldResolver(() => [LiaisonWorkTarget], {
    description: "Work targets set for the liaisons dispatched to this unit, newest first (history kept).",
  })
  async liaisonWorkTargets(@Root() org: Organization, @Ctx() ctx: ApiContext): Promise<LiaisonWorkTarget[]> {
    return (await ctx.loaders.workTargetsOfOrganization.load(org.dbId)).map((t) => toWorkTarget(t, ctx.today));
  }
}
