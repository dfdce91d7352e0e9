import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";
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

@InputType()
export class CreateUserInput {
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field()
  @MaxLength(200, { message: "密码最多200个字符" })
  password: string;
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
  @Field()
  @MaxLength(200, { message: "密码最多200个字符" })
  newPassword: string;
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
  @Field(() => [UserError])
  userErrors: UserError[];
}
