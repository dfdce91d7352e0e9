import { Field, Float, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { type UserErrorCode, UserErrorCodeEnum } from "./enums.js";

@InterfaceType()
export abstract class Node {
  @Field(() => ID)
  id: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;
  @Field()
  hasPreviousPage: boolean;
  @Field(() => String, { nullable: true })
  startCursor: string | null;
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType()
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path of the input field at fault, e.g. ["input", "organizationId"].',
  })
  field: string[] | null;
  @Field()
  message: string;
  @Field(() => UserErrorCodeEnum)
  code: UserErrorCode;

  static of(code: UserErrorCode, message: string, field: readonly string[] | null = null): UserError {
    return Object.assign(new UserError(), { code, message, field: field ? [...field] : null });
  }
}

@ObjectType({ description: "A rate as the speech reports it: covered units over eligible units." })
export class Rate {
  @Field(() => Int)
  numerator: number;
  @Field(() => Int)
  denominator: number;
  @Field(() => Float, { nullable: true, description: "numerator / denominator; null when the denominator is 0." })
  ratio: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Rounded half-up to one decimal, e.g. "28.2%"; null when the denominator is 0.',
  })
  percent: string | null;
}
