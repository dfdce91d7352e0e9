import type { LeaderLevel } from "@liangxin/domain";
import { Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
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
  @Field(() => Int, { description: "Protocol order within the city's or the county's leaders (1 first)." })
  sortOrder: number;
  @Field(() => DateScalar, { nullable: true, description: "First day in office (任职); null when not recorded." })
  termStart: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "First day no longer in office (离任); null while in office. The leader stays, with his contact points.",
  })
  termEnd: string | null;
  @Field({ description: "The county's 常委组织部长 (联络人 of city leaders' contact points there)." })
  organizationHead: boolean;
  phone: string | null;
  dbId: number;
  countyCode: string | null;
}

export const LeaderStatusEnum = { CURRENT: "CURRENT", FORMER: "FORMER", ALL: "ALL" } as const;
registerEnumType(LeaderStatusEnum, {
  name: "LeaderStatus",
  description: "CURRENT: term not ended (任职中, appointed ones included); FORMER: left office (已离任); ALL.",
});

const NAME_MESSAGE = "姓名最多32个字符";
const TITLE_MESSAGE = "职务最多64个字符";
const PHONE_MESSAGE = "电话最多32个字符";
const ORDER_MESSAGE = "排序须为1至9999的整数";

@InputType({ description: "A new leader: his term starts on termStart (a successor is a new leader)." })
export class CreateLeaderInput {
  @Field(() => LeaderLevelEnum)
  level: LeaderLevel;
  @Field(() => String, { nullable: true, description: "The county of a county leader; omitted for city leaders." })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field()
  @MaxLength(32, { message: NAME_MESSAGE })
  name: string;
  @Field({ description: "职务, e.g. 县委常委、组织部长." })
  @MaxLength(64, { message: TITLE_MESSAGE })
  title: string;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: PHONE_MESSAGE })
  phone?: string | null;
  @Field(() => Int, { nullable: true, description: "Protocol order; after the others when omitted." })
  @Min(1, { message: ORDER_MESSAGE })
  @Max(9999, { message: ORDER_MESSAGE })
  sortOrder?: number | null;
  @Field(() => DateScalar, { description: "First day in office (任职日期), not after today." })
  termStart: string;
  @Field(() => Boolean, { nullable: true, description: "He is the county's 常委组织部长 (one at a time)." })
  organizationHead?: boolean | null;
}

@InputType({ description: "Corrects a leader's details; omitted fields keep their value." })
export class UpdateLeaderInput {
  @Field(() => ID)
  @MaxLength(200, { message: "leaderId 无效" })
  leaderId: string;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: NAME_MESSAGE })
  name?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(64, { message: TITLE_MESSAGE })
  title?: string | null;
  @Field(() => String, { nullable: true, description: "Empty string clears it." })
  @MaxLength(32, { message: PHONE_MESSAGE })
  phone?: string | null;
  @Field(() => Int, { nullable: true })
  @Min(1, { message: ORDER_MESSAGE })
  @Max(9999, { message: ORDER_MESSAGE })
  sortOrder?: number | null;
  @Field(() => DateScalar, { nullable: true })
  termStart?: string | null;
  @Field(() => Boolean, { nullable: true })
  organizationHead?: boolean | null;
}

@InputType()
export class EndLeaderTermInput {
  @Field(() => ID)
  @MaxLength(200, { message: "leaderId 无效" })
  leaderId: string;
  @Field(() => DateScalar, {
    description:
      "First day no longer in office (离任日期): after the term's start, not after today. His contact points in force end that day.",
  })
  termEnd: string;
}

@ObjectType()
export class LeaderPayload {
  @Field(() => Leader, { nullable: true })
  leader: Leader | null;
  @Field(() => [UserError])
  userErrors: UserError[];
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
