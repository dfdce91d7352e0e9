import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput, unauthenticated } from "../../common/errors.js";
import { fromGlobalId, NODE_TYPES, type NodeType, toCursor, toGlobalId } from "../../common/ids.js";
import type { AuditRecord } from "../../service/audit.service.js";
import type { UserRecord } from "../../service/user.service.js";
import type { ApiContext } from "../context.js";
import { pageArgs } from "../pagination.js";
import { payload } from "../payloads.js";
import {
  AuditEntry,
  AuditEntryConnection,
  AuditFieldChange,
  ChangeOwnPasswordInput,
  CreateUserInput,
  ResetUserPasswordInput,
  SetUserDisabledInput,
  UpdateUserInput,
  UserConnection,
  UserPayload,
} from "../types/admin.js";
import { User } from "../types/auth.js";
import { PageInfo } from "../types/common.js";
import { Branch, Organization } from "../types/hierarchy.js";

export function toUserObject(u: UserRecord): User {
  return Object.assign(new User(), {
    username: u.username,
    role: u.role,
    countyCode: u.countyCode,
    displayName: u.displayName,
    disabled: u.disabled,
  });
}

function toAuditEntry(a: AuditRecord): AuditEntry {
  const type = (NODE_TYPES as readonly string[]).includes(a.entityType) ? (a.entityType as NodeType) : null;
  return Object.assign(new AuditEntry(), {
    id: Buffer.from(`AuditEntry:${a.id}`, "latin1").toString("base64url"),
    occurredAt: a.occurredAt,
    username: a.username,
    role: a.role,
    operation: a.operation,
    entityType: a.entityType,
    entityId: type
      ? toGlobalId(type, a.entityKey)
      : Buffer.from(`${a.entityType}:${a.entityKey}`, "utf8").toString("base64url"),
    requestId: a.requestId,
    changes: Object.entries(a.changes).map(([field, [before, after]]) =>
      Object.assign(new AuditFieldChange(), {
        field,
        before: before === null ? null : JSON.stringify(before),
        after: after === null ? null : JSON.stringify(after),
      }),
    ),
  });
}

async function history(ctx: ApiContext, type: string, key: string, first?: number | null, after?: string | null) {
  const args = pageArgs(first, after);
  const page = await ctx.services.audit.page(type, key, args.first, args.afterId);
  return Object.assign(new AuditEntryConnection(), {
    nodes: page.rows.map(toAuditEntry),
    totalCount: page.totalCount,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: args.afterId !== null,
      startCursor: page.rows[0] ? toCursor(page.rows[0].id) : null,
      endCursor: page.rows.length ? toCursor((page.rows[page.rows.length - 1] as AuditRecord).id) : null,
    }),
  });
}

@Resolver()
export class AdminResolver {
  @Authorized("MANAGE_USERS")
  @Query(() => UserConnection, { description: "Users of the system (CITY_ADMIN)." })
  async users(
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    const args = pageArgs(first, after);
    const page = await ctx.services.users.page(args.first, args.afterId);
    return Object.assign(new UserConnection(), {
      nodes: page.rows.map(toUserObject),
      totalCount: page.totalCount,
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: args.afterId !== null,
        startCursor: page.rows[0] ? toCursor(page.rows[0].id) : null,
        endCursor: page.rows.length ? toCursor((page.rows[page.rows.length - 1] as UserRecord).id) : null,
      }),
    });
  }

  @Authorized("MANAGE_USERS")
  @Mutation(() => UserPayload)
  async createUser(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserPayload> {
    return Object.assign(new UserPayload(), payload(await ctx.services.users.createUser(input), "user", toUserObject));
  }

  @Authorized("MANAGE_USERS")
  @Mutation(() => UserPayload, { description: "Changes a user's role, county or display name." })
  async updateUser(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => UpdateUserInput) input: UpdateUserInput,
  ): Promise<UserPayload> {
    return Object.assign(new UserPayload(), payload(await ctx.services.users.updateUser(input), "user", toUserObject));
  }

  @Authorized("MANAGE_USERS")
  @Mutation(() => UserPayload, { description: "Sets a new password; the user's tokens stop working." })
  async resetUserPassword(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ResetUserPasswordInput) input: ResetUserPasswordInput,
  ): Promise<UserPayload> {
    return Object.assign(
      new UserPayload(),
      payload(await ctx.services.users.resetPassword(input), "user", toUserObject),
    );
  }

  @Authorized("MANAGE_USERS")
  @Mutation(() => UserPayload, {
    description: "Disables (or enables) a user; a disabled user's tokens stop working at once.",
  })
  async setUserDisabled(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => SetUserDisabledInput) input: SetUserDisabledInput,
  ): Promise<UserPayload> {
    return Object.assign(new UserPayload(), payload(await ctx.services.users.setDisabled(input), "user", toUserObject));
  }

  @Authorized()
  @Mutation(() => UserPayload, { description: "Changes the signed-in user's own password; other sessions end." })
  async changeOwnPassword(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ChangeOwnPasswordInput) input: ChangeOwnPasswordInput,
  ): Promise<UserPayload> {
    if (!ctx.viewer) throw unauthenticated();
    return Object.assign(
      new UserPayload(),
      payload(await ctx.services.users.changeOwnPassword(ctx.viewer.id, input), "user", toUserObject),
    );
  }

  @Authorized("READ_AUDIT")
  @Query(() => AuditEntryConnection, {
    description: "The audit trail of one entity, newest first (CITY_ADMIN, REVIEWER).",
  })
  auditLog(
    @Ctx() ctx: ApiContext,
    @Arg("entityId", () => ID) entityId: string,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const parsed = fromGlobalId(entityId);
    if (!parsed) throw badUserInput("entityId 无效", ["entityId"]);
    return history(ctx, parsed.type, parsed.key, first, after);
  }
}

@Resolver(() => Organization)
export class OrganizationHistoryResolver {
  @Authorized("READ_HISTORY")
  @FieldResolver(() => AuditEntryConnection, { description: "Changes to this unit, newest first." })
  history(
    @Root() org: Organization,
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    return history(ctx, "Organization", String(org.dbId), first, after);
  }
}

@Resolver(() => Branch)
export class BranchHistoryResolver {
  @Authorized("READ_HISTORY")
  @FieldResolver(() => AuditEntryConnection, { description: "Changes to this branch, newest first." })
  history(
    @Root() branch: Branch,
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    return history(ctx, "Branch", String(branch.dbId), first, after);
  }
}
