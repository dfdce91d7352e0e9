import { MaxLength } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import type { Role } from "../../common/roles.js";
import { DateTimeScalar } from "../scalars.js";
import { UserError } from "./common.js";
import { RoleEnum } from "./enums.js";

@ObjectType()
export class User {
  @Field()
  username: string;
  @Field(() => RoleEnum)
  role: Role;
  @Field(() => String, { nullable: true })
  displayName: string | null;
  @Field({ description: "A disabled user cannot sign in; its tokens stopped working when it was disabled." })
  disabled: boolean;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the account was created." })
  createdAt?: Date | null;
  countyCode: string | null;
}

@InputType()
export class LoginInput {
  @Field()
  @MaxLength(64, { message: "用户名最多64个字符" })
  username: string;
  @Field()
  @MaxLength(1024, { message: "密码过长" })
  password: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true })
  token: string | null;
  @Field(() => User, { nullable: true })
  user: User | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the token expires." })
  expiresAt: Date | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
