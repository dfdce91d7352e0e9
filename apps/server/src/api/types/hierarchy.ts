import type { CountyKind, CoverageRole, Formation, IsoDate, OrganizationCategory } from "@liangxin/domain";
import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import type { ScopeFigures } from "../../service/coverage.service.js";
import { DateScalar } from "../scalars.js";
import { Node, PageInfo, UserError } from "./common.js";
import { BranchLevelEnum, CountyKindEnum, CoverageRoleEnum, FormationEnum, OrganizationCategoryEnum } from "./enums.js";

@ObjectType()
export class City {
  @Field()
  code: string;
  @Field()
  name: string;
}

@ObjectType({ implements: Node })
export class County extends Node {
  @Field()
  code: string;
  @Field()
  name: string;
  @Field({ description: "Full name, e.g. 铁岭经济技术开发区 for 开发区." })
  fullName: string;
  @Field(() => CountyKindEnum)
  kind: CountyKind;
  @Field({ description: "False for codes that are not national administrative-division codes (the two zones)." })
  official: boolean;
  sortOrder: number;
}

@ObjectType({ implements: Node, description: "An industrial park (工业园区) with its party working committee." })
export class Park extends Node {
  @Field()
  name: string;
  @Field(() => String, { nullable: true, description: "The park's 党工委." })
  workCommitteeName: string | null;
  @Field(() => String, { nullable: true, description: "The 党工委's secretary (书记)." })
  workCommitteeSecretary: string | null;
  workCommitteePhone: string | null;
  dbId: number;
  countyCode: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationCategoryEnum, { nullable: true })
  category?: OrganizationCategory | null;
  @Field(() => Boolean, { nullable: true })
  aboveScale?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only units covered by a branch; false: only units without one.",
  })
  organizationCovered?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  liaisonCovered?: boolean | null;
  @Field(() => String, { nullable: true, description: "Substring of the name." })
  nameContains?: string | null;
  @Field(() => ID, { nullable: true })
  parkId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only units counted in the rates today (eligible, on the ledger, operating); false: only the others.",
  })
  inPopulation?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "应建未建: true only units in the population with 3+ formal members and no branch of their own (a joint branch's members included); false only the others.",
  })
  shouldFormOwnBranch?: boolean | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Added to the ledger on or after this day (with addedTo and organizationCovered: false, 边建厂边建党).",
  })
  addedFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Added to the ledger on or before this day." })
  addedTo?: string | null;
}

export const OrganizationOrderEnum = { LEDGER: "LEDGER", ACTIONABILITY: "ACTIONABILITY" } as const;
registerEnumType(OrganizationOrderEnum, {
  name: "OrganizationOrder",
  description:
    "LEDGER: the ledger's order (by id). ACTIONABILITY: the work lists' order, more formal members first, then the ledger's.",
});

@ObjectType({ implements: Node })
export class Organization extends Node {
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  creditCode: string | null;
  @Field(() => OrganizationCategoryEnum)
  category: OrganizationCategory;
  @Field(() => String, { nullable: true, description: "Subtype code, e.g. PRIVATE, SOCIAL_GROUP, LAW_FIRM." })
  subtype: string | null;
  @Field()
  aboveScale: boolean;
  @Field(() => Int, { nullable: true })
  employeeCount: number | null;
  @Field(() => Int)
  formalMemberCount: number;
  @Field(() => Int)
  probationaryMemberCount: number;
  @Field(() => String, { nullable: true })
  industry: string | null;
  @Field({ description: "具备开展党建工作条件: counted in the population while operating." })
  eligible: boolean;
  @Field({ description: "法人是党员." })
  legalRepresentativeIsMember: boolean;
  @Field(() => DateScalar, { description: "Day the unit entered the ledger." })
  addedOn: IsoDate;
  @Field(() => DateScalar, { nullable: true, description: "First day it no longer operates; null while operating." })
  ceasedOn: IsoDate | null;
  dbId: number;
  countyCode: string;
  parkId: number | null;
}

@ObjectType()
export class OrganizationEdge {
  @Field()
  cursor: string;
  @Field(() => Organization)
  node: Organization;
}

@ObjectType()
export class OrganizationConnection {
  @Field(() => [OrganizationEdge])
  edges: OrganizationEdge[];
  @Field(() => [Organization])
  nodes: Organization[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  /** Resolved lazily: counting is a statement of its own. */
  totalCountKey: string;
  /** Set when the count is known without a statement (a connection that is empty by definition). */
  knownTotalCount?: number;
}

@ObjectType({ implements: Node })
export class Branch extends Node {
  @Field()
  name: string;
  @Field(() => BranchLevelEnum)
  level: string;
  @Field(() => FormationEnum)
  formation: Formation;
  @Field(() => DateScalar, { nullable: true })
  foundedOn: IsoDate | null;
  @Field(() => DateScalar, { nullable: true, description: "Day the branch was dissolved; null while it exists." })
  dissolvedOn: IsoDate | null;
  @Field(() => Int)
  formalMemberCount: number;
  @Field(() => Int, { nullable: true, description: "Committee members; null when the branch has a secretary only." })
  committeeSize: number | null;
  @Field(() => String, { nullable: true })
  secretaryName: string | null;
  secretaryPhone: string | null;
  dbId: number;
  countyCode: string;
}

@ObjectType({ description: "A branch covering an organization, with the organization's role in it." })
export class BranchLink {
  @Field(() => Branch)
  branch: Branch;
  @Field(() => CoverageRoleEnum)
  role: CoverageRole;
  @Field(() => DateScalar)
  from: IsoDate;
  @Field(() => DateScalar, { nullable: true })
  to: IsoDate | null;
}

@ObjectType({ implements: Node })
export class Liaison extends Node {
  @Field()
  name: string;
  @Field({ description: "LIAISON (联络员) or INSTRUCTOR (指导员)." })
  kind: string;
  @Field(() => String, { nullable: true })
  title: string | null;
  phone: string | null;
  dbId: number;
  countyCode: string;
}

export interface CoverageScopeKey {
  readonly countyCode: string | null;
  /** An industrial park (id as stored): its units; the county is then null. */
  readonly parkId?: string | null;
  readonly category: OrganizationCategory | null;
  readonly aboveScaleOnly: boolean;
  readonly asOf: IsoDate;
}

@ObjectType()
export class CoverageStats {
  @Field(() => DateScalar)
  asOf: IsoDate;
  scope: CoverageScopeKey;
  /** Figures frozen in a submitted monthly report: served instead of the live aggregates. */
  frozen?: ScopeFigures | null;
}

@ObjectType()
export class BranchesFounded {
  @Field(() => Int)
  total: number;
  @Field(() => Int)
  standalone: number;
  @Field(() => Int)
  joint: number;
  @Field(() => Int)
  regional: number;
  @Field(() => Int)
  industry: number;
  @Field(() => Int, { description: "Units the joint branches covered on their founding day." })
  jointUnits: number;
  @Field(() => Int, { description: "党支部 among them." })
  branchLevel: number;
}

const PARK_NAME_MESSAGE = "园区名称最多100个字符";

@InputType()
export class CreateParkInput {
  @Field()
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode: string;
  @Field()
  @MaxLength(100, { message: PARK_NAME_MESSAGE })
  name: string;
  @Field(() => String, { nullable: true, description: "e.g. 调兵山市工业园区党工委." })
  @MaxLength(100, { message: "党工委名称最多100个字符" })
  workCommitteeName?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "书记姓名最多32个字符" })
  workCommitteeSecretary?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "电话最多32个字符" })
  workCommitteePhone?: string | null;
}

@InputType({ description: "Changes a park; omitted fields keep their value, an empty string clears one." })
export class UpdateParkInput {
  @Field(() => ID)
  @MaxLength(200, { message: "parkId 无效" })
  parkId: string;
  @Field(() => String, { nullable: true })
  @MaxLength(100, { message: PARK_NAME_MESSAGE })
  name?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(100, { message: "党工委名称最多100个字符" })
  workCommitteeName?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "书记姓名最多32个字符" })
  workCommitteeSecretary?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "电话最多32个字符" })
  workCommitteePhone?: string | null;
}

@ObjectType()
export class ParkPayload {
  @Field(() => Park, { nullable: true })
  park: Park | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
