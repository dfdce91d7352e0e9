import type { LeaderLevel } from "@liangxin/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars.js";
import { Node, PageInfo, UserError } from "./common.js";
import { LeaderLevelEnum } from "./enums.js";

@ObjectType({ implements: Node })
export class Leader extends Node {
  @Field()
  name: string;
  @Field()
  title: string;
  @Field(() => LeaderLevelEnum)
  level: LeaderLevel;
  phone: string | null;
  dbId: number;
  countyCode: string | null;
  sortOrder: number;
}

@ObjectType({ implements: Node })
export class ContactPoint extends Node {
  @Field(() => Int)
  year: number;
  @Field(() => DateScalar)
  startedOn: string;
  @Field(() => DateScalar, { nullable: true, description: "Day the assignment ended (reassignment keeps history)." })
  endedOn: string | null;
  dbId: number;
  leaderId: number;
  organizationId: number;
}

@ObjectType()
export class LeaderConnection {
  @Field(() => [Leader])
  nodes: Leader[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class AssignContactPointInput {
  @Field(() => ID)
  leaderId: string;
  @Field(() => ID)
  organizationId: string;
  @Field(() => Int)
  year: number;
}

@ObjectType()
export class ContactPointPayload {
  @Field(() => ContactPoint, { nullable: true })
  contactPoint: ContactPoint | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
