import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { User } from "./auth.js";
import { PageInfo, UserError } from "./common.js";
import { RoleEnum } from "./enums.js";

@ObjectType({ description: "One field changed by a change: its value before and after (JSON)." })
export class AuditFieldChange {
  @Field()
  field: string;
  @Field(() => String, { nullable: true, description: "JSON of the value before; null when there was none." })
  before: string | null;
  @Field(() => String, { nullable: true, description: "JSON of the value after; null when there is none." })
  after: string | null;
}

@ObjectType({ description: "A change, as the audit trail recorded it in the change's own transaction." })
export class AuditEntry {
  @Field(() => ID)
  id: string;
  @Field(() => DateTimeScalar)
  occurredAt: Date;
  @Field()
  username: string;
  @Field()
  role: string;
  @Field({ description: "The mutation, e.g. createOrganization." })
  operation: string;
  @Field()
  entityType: string;
  @Field(() => ID, { description: "Opaque id of the entity changed." })
  entityId: string;
  @Field(() => [AuditFieldChange], { description: "Changed fields only." })
  changes: AuditFieldChange[];
  @Field({ description: "Id of the request that made the change (as in the server's logs)." })
  requestId: string;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntry])
  nodes: AuditEntry[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int)
  totalCount: number;
}

@ObjectType()
export class UserConnection {
  @Field(() => [User])
  nodes: User[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int)
  totalCount: number;
}

@InputType({ description: "Which users to list; all when omitted." })
export class UserFilter {
  @Field(() => RoleEnum, { nullable: true })
  role?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field(() => String, { nullable: true, description: "Substring of the username or the display name." })
  @MaxLength(64, { message: "搜索内容最多64个字符" })
  search?: string | null;
}

@InputType({ description: "Which changes to list: every filter given must hold; all changes when omitted." })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "The mutation, e.g. createOrganization." })
  @MaxLength(64, { message: "操作最多64个字符" })
  operation?: string | null;
  @Field(() => String, { nullable: true, description: "Who made the change (username)." })
  @MaxLength(64, { message: "用户名最多64个字符" })
  username?: string | null;
  @Field(() => String, { nullable: true, description: "The kind of entity, e.g. Organization, Leader, User." })
  @MaxLength(32, { message: "对象类型最多32个字符" })
  entityType?: string | null;
  @Field(() => ID, { nullable: true, description: "One entity (its opaque id)." })
  @MaxLength(200, { message: "entityId 无效" })
  entityId?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "From this day (the department's calendar), inclusive." })
  from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Up to this day, inclusive." })
  to?: string | null;
}

@InputType()
export class CreateUserInput {
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field(() => String, {
    nullable: true,
    description: "Omitted or empty: the server generates one and returns it once (generatedPassword).",
  })
  @MaxLength(200, { message: "密码最多200个字符" })
  password?: string | null;
  @Field(() => RoleEnum)
  role: string;
  @Field(() => String, { nullable: true })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "显示名称最多32个字符" })
  displayName?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field(() => RoleEnum, { nullable: true })
  role?: string | null;
  @Field(() => String, { nullable: true, description: "Empty string clears it." })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "显示名称最多32个字符" })
  displayName?: string | null;
}

@InputType()
export class ResetUserPasswordInput {
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field(() => String, {
    nullable: true,
    description: "Omitted or empty: the server generates one and returns it once (generatedPassword).",
  })
  @MaxLength(200, { message: "密码最多200个字符" })
  newPassword?: string | null;
}

@InputType({ description: "The first CITY_ADMIN of an empty database, with the setup code the server printed." })
export class SetupFirstAdminInput {
  @Field({ description: "初始化码, as printed at start (case, spaces and dashes do not matter)." })
  @MaxLength(64, { message: "初始化码不正确" })
  setupCode: string;
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field()
  @MaxLength(200, { message: "密码最多200个字符" })
  password: string;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "显示名称最多32个字符" })
  displayName?: string | null;
}

@InputType()
export class SetUserDisabledInput {
  @Field()
  username: string;
  @Field()
  disabled: boolean;
}

@InputType()
export class ChangeOwnPasswordInput {
  @Field()
  @MaxLength(1024, { message: "密码过长" })
  currentPassword: string;
  @Field()
  @MaxLength(200, { message: "密码最多200个字符" })
  newPassword: string;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The password the server generated (createUser, resetUserPassword without one): shown once, never stored.",
  })
  generatedPassword?: string | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
