import type { LeaderLevel } from "@liangxin/domain";
import { Max, MaxLength, Min } from "class-validator";
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

const YEAR_MESSAGE = "年度须在2000至2999之间";

@InputType()
export class AssignContactPointInput {
  @Field(() => ID)
  @MaxLength(200, { message: "leaderId 无效" })
  leaderId: string;
  @Field(() => ID)
  @MaxLength(200, { message: "organizationId 无效" })
  organizationId: string;
  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  year: number;
}

@ObjectType()
export class ContactPointPayload {
  @Field(() => ContactPoint, { nullable: true })
  contactPoint: ContactPoint | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType({ description: "Ends a contact point (reassigning a leader is an explicit end first; history stays)." })
export class EndContactPointInput {
  @Field(() => ID)
  @MaxLength(200, { message: "contactPointId 无效" })
  contactPointId: string;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "First day the point is no longer in force; today when omitted (not before it started, not later than today).",
  })
  endedOn?: string | null;
}

@InputType()
export class ReportContactPointListInput {
  @Field()
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode: string;
  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  year: number;
}

@ObjectType({ description: "A county's list of its county leaders' contact points for a year (due July 31)." })
export class CountyContactList {
  @Field(() => Int)
  year: number;
  @Field(() => DateScalar)
  dueOn: string;
  @Field(() => DateScalar, { nullable: true, description: "Day the county reported its list; null until it does." })
  reportedOn: string | null;
  @Field({ description: "Not reported and the due day has passed, or reported after it." })
  overdue: boolean;
  @Field(() => Int, { description: "County leaders' contact points of the year in force in the county." })
  pointCount: number;
  countyCode: string;
}

@ObjectType()
export class ContactListPayload {
  @Field(() => CountyContactList, { nullable: true })
  contactList: CountyContactList | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Contact points of a year against the rules of §3.5." })
export class ContactPointCompliance {
  @Field(() => Int)
  year: number;
  @Field(() => DateScalar, { description: "Day the counties' lists are due (July 31)." })
  dueOn: string;
  @Field(() => Int)
  cityLeaderCount: number;
  @Field(() => [Leader], { description: "City leaders (副市级以上) without a contact point in force for the year." })
  cityLeadersWithoutPoint: Leader[];
  @Field(() => [CountyContactList], { description: "Every county's list: reported, overdue, points." })
  counties: CountyContactList[];
  @Field(() => [ContactPoint], {
    description: "Points in force that are not (yet) demonstration sites of the year; in the viewer's scope.",
  })
  pointsWithoutSite: ContactPoint[];
}
