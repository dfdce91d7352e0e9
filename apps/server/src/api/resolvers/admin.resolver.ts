import { isCountyCode } from "@liangxin/domain";
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { badUserInput, unauthenticated } from "../../common/errors.js";
import { fromGlobalId, NODE_TYPES, type NodeType, toCursor, toGlobalId } from "../../common/ids.js";
import type { AuditFilterValues, AuditRecord } from "../../service/audit.service.js";
import type { Outcome } from "../../service/outcome.js";
import type { UserRecord, WithGeneratedPassword } from "../../service/user.service.js";
import type { ApiContext } from "../context.js";
import { pageArgs } from "../pagination.js";
import { payload } from "../payloads.js";
import {
  AuditEntry,
  AuditEntryConnection,
  AuditFieldChange,
  AuditLogFilter,
  ChangeOwnPasswordInput,
  CreateUserInput,
  ResetUserPasswordInput,
  SetUserDisabledInput,
  SetupFirstAdminInput,
  UpdateUserInput,
  UserConnection,
  UserFilter,
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
    createdAt: u.createdAt,
  });
}

/** A user write's payload, with the password the server generated (shown once) when it did. */
function userPayload(outcome: Outcome<UserRecord | WithGeneratedPassword>): UserPayload {
  return Object.assign(new UserPayload(), {
    ...payload(outcome, "user", toUserObject),
    generatedPassword: outcome.ok && "generatedPassword" in outcome.value ? outcome.value.generatedPassword : null,
  });
}

@ObjectType({ description: "The choices of the audit trail's search: what it holds." })
export class AuditLogFacets {
  @Field(() => [String], { description: "Operations recorded, e.g. createOrganization." })
  operations: string[];
  @Field(() => [String], { description: "Kinds of entity changed, e.g. Organization." })
  entityTypes: string[];
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
  return search(ctx, { entityType: type, entityKey: key }, first, after);
}

async function search(ctx: ApiContext, filter: AuditFilterValues, first?: number | null, after?: string | null) {
  const args = pageArgs(first, after);
  if (filter.from && filter.to && filter.from > filter.to)
    throw badUserInput("起始日期须早于或等于截止日期", ["filter", "from"]);
  const page = await ctx.services.audit.search(filter, args.first, args.afterId);
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
  @Query(() => UserConnection, { description: "Users of the system (CITY_ADMIN), in the order they were created." })
  async users(
    @Ctx() ctx: ApiContext,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => UserFilter, { nullable: true }) filter: UserFilter | null,
  ): Promise<UserConnection> {
    const args = pageArgs(first, after);
    if (filter?.countyCode && !isCountyCode(filter.countyCode)) {
      throw badUserInput("未知的县（市）区代码", ["filter", "countyCode"]);
    }
    const page = await ctx.services.users.page(args.first, args.afterId, {
      role: filter?.role ?? null,
      countyCode: filter?.countyCode ?? null,
      search: filter?.search?.trim() || null,
    });
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
  @Mutation(() => UserPayload, {
    description: "Creates an account (e.g. a county's staff); without a password the server generates one, shown once.",
  })
  async createUser(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => CreateUserInput) input: CreateUserInput,
  ): Promise<UserPayload> {
    return userPayload(await ctx.services.users.createUser(input));
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
  @Mutation(() => UserPayload, {
    description:
      "Sets a new password (without one, the server generates it and returns it once); the user's tokens stop working.",
  })
  async resetUserPassword(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ResetUserPasswordInput) input: ResetUserPasswordInput,
  ): Promise<UserPayload> {
    return userPayload(await ctx.services.users.resetPassword(input));
  }

  @Query(() => Boolean, {
    description:
      "True while no user exists: the first admin is created with setupFirstAdmin and the setup code. Anonymous.",
  })
  setupRequired(@Ctx() ctx: ApiContext): Promise<boolean> {
    return ctx.services.setup.required();
  }

  @Mutation(() => UserPayload, {
    description:
      "Creates the first CITY_ADMIN of an empty database with the one-time setup code the server printed at start. Anonymous; refused once any user exists.",
  })
  async setupFirstAdmin(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => SetupFirstAdminInput) input: SetupFirstAdminInput,
  ): Promise<UserPayload> {
    return userPayload(await ctx.services.setup.setupFirstAdmin(input));
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
    description:
      "The audit trail, newest first (CITY_ADMIN, REVIEWER): of one entity (entityId), or searched by the filter; first ≤ 100.",
  })
  auditLog(
    @Ctx() ctx: ApiContext,
    @Arg("entityId", () => ID, { nullable: true }) entityId: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
  ): Promise<AuditEntryConnection> {
    const values: { -readonly [K in keyof AuditFilterValues]: AuditFilterValues[K] } = {
      operation: filter?.operation?.trim() || null,
      username: filter?.username?.trim().toLowerCase() || null,
      entityType: filter?.entityType?.trim() || null,
      from: filter?.from ?? null,
      to: filter?.to ?? null,
    };
    const id = entityId ?? filter?.entityId ?? null;
    if (id !== null) {
      const parsed = fromGlobalId(id);
      if (!parsed) throw badUserInput("entityId 无效", entityId ? ["entityId"] : ["filter", "entityId"]);
      values.entityType = parsed.type;
      values.entityKey = parsed.key;
    }
    return search(ctx, values, first, after);
  }

  @Authorized("READ_AUDIT")
  @Query(() => AuditLogFacets, { description: "The operations and kinds of entity the audit trail holds." })
  async auditLogFacets(@Ctx() ctx: ApiContext): Promise<AuditLogFacets> {
    return Object.assign(new AuditLogFacets(), await ctx.services.audit.facets());
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
