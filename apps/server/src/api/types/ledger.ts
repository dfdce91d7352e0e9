import type { BranchLevel, Formation, OrganizationCategory } from "@liangxin/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../scalars.js";
import { UserError } from "./common.js";
import { BranchLevelEnum, FormationEnum, OrganizationCategoryEnum } from "./enums.js";
import { Branch, Liaison, Organization } from "./hierarchy.js";

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;
  @Field(() => String, { nullable: true })
  creditCode?: string | null;
  @Field(() => OrganizationCategoryEnum)
  category: OrganizationCategory;
  @Field()
  countyCode: string;
  @Field()
  aboveScale: boolean;
  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;
  @Field(() => Int)
  formalMemberCount: number;
  @Field(() => Int, { nullable: true })
  probationaryMemberCount?: number | null;
  @Field(() => String, { nullable: true })
  industry?: string | null;
  @Field(() => ID, { nullable: true })
  parkId?: string | null;
  @Field(() => String, { nullable: true })
  subtype?: string | null;
  @Field(() => Boolean, { nullable: true })
  eligible?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  legalRepresentativeIsMember?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: "Day the unit enters the ledger; today when omitted." })
  addedOn?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @Field(() => ID)
  id: string;
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Boolean, { nullable: true })
  aboveScale?: boolean | null;
  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;
  @Field(() => Int, { nullable: true })
  formalMemberCount?: number | null;
  @Field(() => Int, { nullable: true })
  probationaryMemberCount?: number | null;
  @Field(() => String, { nullable: true })
  industry?: string | null;
  @Field(() => String, { nullable: true })
  creditCode?: string | null;
  @Field(() => String, { nullable: true })
  subtype?: string | null;
  @Field(() => Boolean, { nullable: true })
  eligible?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  legalRepresentativeIsMember?: boolean | null;
  @Field(() => ID, { nullable: true })
  parkId?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The unit ceased operating on this day: it leaves the population from then on; history stays.",
  })
  ceasedOn?: string | null;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true })
  organization: Organization | null;
  @Field(() => [UserError])
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Advice that did not block the change (e.g. a credit code checksum)." })
  warnings: UserError[];
}

@InputType()
export class FoundBranchInput {
  @Field()
  name: string;
  @Field(() => FormationEnum)
  formation: Formation;
  @Field(() => BranchLevelEnum, { nullable: true, description: "Derived from the member count when omitted." })
  level?: BranchLevel | null;
  @Field(() => [ID])
  organizationIds: string[];
  @Field(() => DateScalar)
  foundedOn: string;
  @Field(() => Int)
  formalMemberCount: number;
  @Field(() => String, { nullable: true })
  secretaryName?: string | null;
  @Field(() => Int, { nullable: true })
  committeeSize?: number | null;
}

@InputType()
export class DissolveBranchInput {
  @Field(() => ID)
  branchId: string;
  @Field(() => DateScalar)
  dissolvedOn: string;
  @Field()
  reason: string;
}

@ObjectType()
export class BranchPayload {
  @Field(() => Branch, { nullable: true })
  branch: Branch | null;
  @Field(() => [UserError], { description: "Rule violations that block the change (code FORMATION_RULE and others)." })
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Rule advice that does not block it (e.g. a branch above 50 members)." })
  warnings: UserError[];
}

@InputType()
export class DispatchLiaisonInput {
  @Field()
  name: string;
  @Field()
  kind: string;
  @Field()
  countyCode: string;
  @Field(() => [ID])
  organizationIds: string[];
  @Field(() => DateScalar)
  from: string;
  @Field(() => String, { nullable: true })
  title?: string | null;
  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class EndLiaisonAssignmentInput {
  @Field(() => ID)
  liaisonId: string;
  @Field(() => ID)
  organizationId: string;
  @Field(() => DateScalar)
  to: string;
}

@ObjectType()
export class LiaisonPayload {
  @Field(() => Liaison, { nullable: true })
  liaison: Liaison | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
