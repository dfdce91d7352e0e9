import type { BranchFacts, CoverageLinkFacts, LiaisonAssignmentFacts, OrganizationFacts } from "../coverage.js";
import type { IsoDate } from "../dates.js";
import type {
  BranchLevel,
  County,
  Formation,
  LeaderLevel,
  LiaisonKind,
  OrganizationCategory,
  OrganizationSubtype,
  SiteLevel,
} from "../hierarchy.js";

export interface ReferenceCounty extends County {
  /** 常委组织部长: the 联络人 of city leaders' contact points in this county. */
  readonly organizationHeadName: string;
}

export interface ReferencePark {
  readonly id: string;
  readonly countyCode: string;
  readonly name: string;
  /** The park's party working committee (党工委). */
  readonly workCommitteeName: string;
}

export interface ReferenceOrganization extends OrganizationFacts {
  readonly name: string;
  readonly creditCode: string;
  readonly category: OrganizationCategory;
  readonly subtype: OrganizationSubtype;
  readonly parkId: string | null;
  readonly industry: string;
  readonly employeeCount: number;
  readonly probationaryMemberCount: number;
  /** The legal representative is a party member (法人是党员). */
  readonly legalRepresentativeIsMember: boolean;
}

export interface ReferenceBranch extends BranchFacts {
  readonly name: string;
  readonly countyCode: string;
  readonly formation: Formation;
  readonly level: BranchLevel;
  readonly formalMemberCount: number;
  readonly committeeSize: number | null;
  readonly secretaryName: string;
  readonly secretaryPhone: string;
}

export interface ReferenceCoverageLink extends CoverageLinkFacts {}

export interface ReferenceLiaison {
  readonly id: string;
  readonly name: string;
  readonly kind: LiaisonKind;
  readonly countyCode: string;
  readonly title: string;
  readonly phone: string;
}

export interface ReferenceLiaisonAssignment extends LiaisonAssignmentFacts {}

export interface ReferenceLeader {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly level: LeaderLevel;
  readonly countyCode: string | null;
  readonly phone: string;
  /** Protocol order (排序) within the level and county. */
  readonly order: number;
}

export interface ReferenceContactPoint {
  readonly id: string;
  readonly leaderId: string;
  readonly organizationId: string;
  readonly year: number;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

export interface ReferenceQuotaPlan {
  readonly year: number;
  readonly level: SiteLevel;
  readonly total: number;
  /** Empty for an unsplit plan. */
  readonly allocations: readonly { readonly countyCode: string; readonly quota: number }[];
}

export interface ReferenceDataset {
  readonly seed: string;
  /** The day the speech's figures describe; nothing in the dataset happens after it. */
  readonly asOf: IsoDate;
  readonly city: { readonly code: string; readonly name: string };
  readonly counties: readonly ReferenceCounty[];
  readonly parks: readonly ReferencePark[];
  readonly organizations: readonly ReferenceOrganization[];
  readonly branches: readonly ReferenceBranch[];
  readonly links: readonly ReferenceCoverageLink[];
  readonly liaisons: readonly ReferenceLiaison[];
  readonly assignments: readonly ReferenceLiaisonAssignment[];
  readonly leaders: readonly ReferenceLeader[];
  readonly contactPoints: readonly ReferenceContactPoint[];
  readonly quotaPlans: readonly ReferenceQuotaPlan[];
}
