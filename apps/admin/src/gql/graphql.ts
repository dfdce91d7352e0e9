/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 挂靠: a unit whose members attach to an existing branch, from a day. */
export type AffiliateOrganizationInput = {
  /** The branch in force the unit attaches to (any formation, the unit's county). */
  branchId: string | number;
  /** First day of the affiliation (not after today). */
  from: string;
  organizationId: string | number;
};

export type AssessFiveHavesInput = {
  branchId: string | number;
  /** What the checks rest on (documents, visits): the overall note. */
  evidence?: string | null | undefined;
  /** The evidence of each check. */
  evidenceByCheck?: FiveHavesEvidenceInput | null | undefined;
  hasActivities: boolean;
  hasImpact: boolean;
  hasOrganization: boolean;
  hasRules: boolean;
  hasVenue: boolean;
  year: number;
};

export type AssignContactPointInput = {
  leaderId: string | number;
  organizationId: string | number;
  year: number;
};

/** Which changes to list: every filter given must hold; all changes when omitted. */
export type AuditLogFilter = {
  /** One entity (its opaque id). */
  entityId?: string | number | null | undefined;
  /** The kind of entity, e.g. Organization, Leader, User. */
  entityType?: string | null | undefined;
  /** From this day (the department's calendar), inclusive. */
  from?: string | null | undefined;
  /** The mutation, e.g. createOrganization. */
  operation?: string | null | undefined;
  /** Up to this day, inclusive. */
  to?: string | null | undefined;
  /** Who made the change (username). */
  username?: string | null | undefined;
};

export type BranchLevel =
  | 'BRANCH'
  | 'COMMITTEE'
  | 'GENERAL_BRANCH';

export type BulletinMetric =
  | 'ABOVE_SCALE_COVERAGE'
  | 'DUAL_COVERAGE'
  | 'LIAISON_COVERAGE'
  | 'ORGANIZATION_COVERAGE';

/** What a role may do (the server checks it on every operation; clients use it to offer only what is allowed). */
export type Capability =
  | 'ADVANCE_EXCELLENCE'
  | 'ASSESS_FIVE_HAVES'
  | 'ASSIGN_CONTACT_POINT'
  | 'MANAGE_DIRECTORY'
  | 'MANAGE_USERS'
  | 'NOMINATE_SITE'
  | 'PREPARE_REPORT'
  | 'READ_AUDIT'
  | 'READ_HISTORY'
  | 'RECORD_ACTIVITY'
  | 'REVIEW_REPORT'
  | 'REVIEW_SITE'
  | 'SET_QUOTA'
  | 'WRITE_LEDGER';

export type ChangeOwnPasswordInput = {
  currentPassword: string;
  newPassword: string;
};

export type CompleteLiaisonWorkTargetInput = {
  /** Day it was reached; today when omitted. */
  completedOn?: string | null | undefined;
  workTargetId: string | number;
};

export type CountyKind =
  | 'COUNTY'
  | 'COUNTY_CITY'
  | 'DEVELOPMENT_ZONE'
  | 'DISTRICT'
  | 'HIGH_TECH_ZONE';

export type CoverageRole =
  | 'AFFILIATED'
  | 'HOST'
  | 'MEMBER';

/** How a unit is covered at a date; exactly one applies. */
export type CoverageStatus =
  | 'GAP'
  | 'LIAISON_ONLY'
  | 'NOT_IN_POPULATION'
  | 'ORGANIZATION_AND_LIAISON'
  | 'ORGANIZATION_ONLY';

/** A new leader: his term starts on termStart (a successor is a new leader). */
export type CreateLeaderInput = {
  /** The county of a county leader; omitted for city leaders. */
  countyCode?: string | null | undefined;
  level: LeaderLevel;
  name: string;
  /** He is the county's 常委组织部长 (one at a time). */
  organizationHead?: boolean | null | undefined;
  phone?: string | null | undefined;
  /** Protocol order; after the others when omitted. */
  sortOrder?: number | null | undefined;
  /** First day in office (任职日期), not after today. */
  termStart: string;
  /** 职务, e.g. 县委常委、组织部长. */
  title: string;
};

export type CreateOrganizationInput = {
  aboveScale: boolean;
  /** Day the unit enters the ledger; today when omitted. */
  addedOn?: string | null | undefined;
  category: OrganizationCategory;
  countyCode: string;
  creditCode?: string | null | undefined;
  eligible?: boolean | null | undefined;
  employeeCount?: number | null | undefined;
  formalMemberCount: number;
  industry?: string | null | undefined;
  legalRepresentativeIsMember?: boolean | null | undefined;
  name: string;
  parkId?: string | number | null | undefined;
  probationaryMemberCount?: number | null | undefined;
  subtype?: string | null | undefined;
};

export type CreateParkInput = {
  countyCode: string;
  name: string;
  /** e.g. 调兵山市工业园区党工委. */
  workCommitteeName?: string | null | undefined;
  workCommitteePhone?: string | null | undefined;
  workCommitteeSecretary?: string | null | undefined;
};

export type CreateUserInput = {
  countyCode?: string | null | undefined;
  displayName?: string | null | undefined;
  /** Omitted or empty: the server generates one and returns it once (generatedPassword). */
  password?: string | null | undefined;
  role: Role;
  username: string;
};

export type DispatchLiaisonInput = {
  countyCode: string;
  from: string;
  kind: string;
  name: string;
  organizationIds: Array<string | number>;
  phone?: string | null | undefined;
  title?: string | null | undefined;
};

export type DissolveBranchInput = {
  branchId: string | number;
  dissolvedOn: string;
  reason: string;
};

export type EndAffiliationInput = {
  branchId: string | number;
  organizationId: string | number;
  /** First day the unit is no longer affiliated (after its start, not after today). */
  to: string;
};

/** Ends a contact point (reassigning a leader is an explicit end first; history stays). */
export type EndContactPointInput = {
  contactPointId: string | number;
  /** First day the point is no longer in force; today when omitted (not before it started, not later than today). */
  endedOn?: string | null | undefined;
};

export type EndLeaderTermInput = {
  leaderId: string | number;
  /** First day no longer in office (离任日期): after the term's start, not after today. His contact points in force end that day. */
  termEnd: string;
};

export type EndLiaisonAssignmentInput = {
  liaisonId: string | number;
  organizationId: string | number;
  to: string;
};

export type ExcellenceStep =
  | 'COMMENDATION'
  | 'LEADER_REVIEW'
  | 'MASS_APPRAISAL'
  | 'ORG_SELECTION'
  | 'PUBLIC_PLEDGE'
  | 'SELF_REVIEW';

/** The evidence of each check (at most 1000 characters each); omitted ones are empty. */
export type FiveHavesEvidenceInput = {
  hasActivities?: string | null | undefined;
  hasImpact?: string | null | undefined;
  hasOrganization?: string | null | undefined;
  hasRules?: string | null | undefined;
  hasVenue?: string | null | undefined;
};

export type Formation =
  | 'INDUSTRY'
  | 'JOINT'
  | 'REGIONAL'
  | 'STANDALONE';

export type FoundBranchInput = {
  committeeSize?: number | null | undefined;
  formalMemberCount: number;
  formation: Formation;
  foundedOn: string;
  /** Derived from the member count when omitted. */
  level?: BranchLevel | null | undefined;
  name: string;
  organizationIds: Array<string | number>;
  secretaryName?: string | null | undefined;
};

export type LeaderLevel =
  | 'CITY'
  | 'COUNTY';

/** CURRENT: term not ended (任职中, appointed ones included); FORMER: left office (已离任); ALL. */
export type LeaderStatus =
  | 'ALL'
  | 'CURRENT'
  | 'FORMER';

export type LoginInput = {
  password: string;
  username: string;
};

export type NominateDemonstrationSiteInput = {
  level: SiteLevel;
  note?: string | null | undefined;
  organizationId: string | number;
  year: number;
};

export type OrganizationCategory =
  | 'NON_PUBLIC_ENTERPRISE'
  | 'SOCIAL_ORGANIZATION';

export type OrganizationFilter = {
  aboveScale?: boolean | null | undefined;
  /** Added to the ledger on or after this day (with addedTo and organizationCovered: false, 边建厂边建党). */
  addedFrom?: string | null | undefined;
  /** Added to the ledger on or before this day. */
  addedTo?: string | null | undefined;
  category?: OrganizationCategory | null | undefined;
  /** true: only units counted in the rates today (eligible, on the ledger, operating); false: only the others. */
  inPopulation?: boolean | null | undefined;
  liaisonCovered?: boolean | null | undefined;
  /** Substring of the name. */
  nameContains?: string | null | undefined;
  /** true: only units covered by a branch; false: only units without one. */
  organizationCovered?: boolean | null | undefined;
  parkId?: string | number | null | undefined;
  /** 应建未建: true only units in the population with 3+ formal members and no branch of their own (a joint branch's members included); false only the others. */
  shouldFormOwnBranch?: boolean | null | undefined;
};

export type PrepareMonthlyReportInput = {
  countyCode: string;
  /** The county's note; null clears it, omitted keeps it. */
  note?: string | null | undefined;
  /** YYYY-MM */
  period: string;
};

export type QuotaAllocationInput = {
  countyCode: string;
  quota: number;
};

export type QuotaWeight =
  | 'COVERED_UNITS'
  | 'ELIGIBLE_UNITS'
  | 'EQUAL';

/** A target and its deadline for a liaison dispatched to the unit (an assignment in force). */
export type RecordLiaisonWorkTargetInput = {
  description: string;
  /** 完成时限, not before the dispatch. */
  dueOn: string;
  liaisonId: string | number;
  organizationId: string | number;
};

export type ReportContactPointListInput = {
  countyCode: string;
  year: number;
};

export type ReportStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'RETURNED'
  | 'SUBMITTED';

export type ReportTransitionInput = {
  /** Submit: the county's note (replaces it); return: the reason (required); accept: a remark. */
  note?: string | null | undefined;
  reportId: string | number;
};

export type ResetUserPasswordInput = {
  /** Omitted or empty: the server generates one and returns it once (generatedPassword). */
  newPassword?: string | null | undefined;
  username: string;
};

export type ReviewDecision =
  | 'APPROVE'
  | 'REJECT'
  | 'REVOKE';

export type ReviewDemonstrationSiteInput = {
  decision: ReviewDecision;
  /** Required to reject or revoke. */
  note?: string | null | undefined;
  siteId: string | number;
};

export type Role =
  | 'CITY_ADMIN'
  | 'COUNTY_ADMIN'
  | 'REVIEWER'
  | 'VIEWER';

export type SetQuotaPlanInput = {
  /** Empty for an unsplit plan (one pool for all counties). */
  allocations: Array<QuotaAllocationInput>;
  level: SiteLevel;
  total: number;
  year: number;
};

export type SetUserDisabledInput = {
  disabled: boolean;
  username: string;
};

/** The first CITY_ADMIN of an empty database, with the setup code the server printed. */
export type SetupFirstAdminInput = {
  displayName?: string | null | undefined;
  password: string;
  /** 初始化码, as printed at start (case, spaces and dashes do not matter). */
  setupCode: string;
  username: string;
};

export type SiteLevel =
  | 'CITY'
  | 'COUNTY';

export type SiteStatus =
  | 'APPROVED'
  | 'NOMINATED'
  | 'REJECTED'
  | 'REVOKED';

/** A change to a branch from a day on; what was in force before that day stays as it was. */
export type UpdateBranchInput = {
  branchId: string | number;
  /** 0 for a secretary only. */
  committeeSize?: number | null | undefined;
  /** First day the change applies (not before the last change). */
  effectiveOn: string;
  formalMemberCount?: number | null | undefined;
  /** 升格 or 降格, e.g. 党支部 → 党总支; kept as history. */
  level?: BranchLevel | null | undefined;
  name?: string | null | undefined;
  /** Every unit the branch covers from effectiveOn on; links of units left out end that day. */
  organizationIds?: Array<string | number> | null | undefined;
  secretaryName?: string | null | undefined;
};

/** Corrects a leader's details; omitted fields keep their value. */
export type UpdateLeaderInput = {
  leaderId: string | number;
  name?: string | null | undefined;
  organizationHead?: boolean | null | undefined;
  /** Empty string clears it. */
  phone?: string | null | undefined;
  sortOrder?: number | null | undefined;
  termStart?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateOrganizationInput = {
  aboveScale?: boolean | null | undefined;
  /** The unit ceased operating on this day: it leaves the population from then on; history stays. */
  ceasedOn?: string | null | undefined;
  creditCode?: string | null | undefined;
  /** The day a change of eligible / aboveScale takes effect (today when omitted): not before the unit entered the ledger, not after today, not before the previous change. Figures of earlier days keep the old values. */
  effectiveOn?: string | null | undefined;
  eligible?: boolean | null | undefined;
  employeeCount?: number | null | undefined;
  formalMemberCount?: number | null | undefined;
  id: string | number;
  industry?: string | null | undefined;
  legalRepresentativeIsMember?: boolean | null | undefined;
  name?: string | null | undefined;
  parkId?: string | number | null | undefined;
  probationaryMemberCount?: number | null | undefined;
  subtype?: string | null | undefined;
};

/** Changes a park; omitted fields keep their value, an empty string clears one. */
export type UpdateParkInput = {
  name?: string | null | undefined;
  parkId: string | number;
  workCommitteeName?: string | null | undefined;
  workCommitteePhone?: string | null | undefined;
  workCommitteeSecretary?: string | null | undefined;
};

export type UserErrorCode =
  | 'ALREADY_ASSIGNED'
  | 'CONFLICT'
  | 'DEADLINE_PASSED'
  | 'FORMATION_RULE'
  | 'INVALID_INPUT'
  | 'INVALID_TRANSITION'
  | 'NOT_FOUND'
  | 'OUT_OF_SCOPE'
  | 'PREREQUISITE_MISSING'
  | 'QUOTA_BELOW_USED'
  | 'QUOTA_EXCEEDED'
  | 'QUOTA_SUM_MISMATCH';

/** Which users to list; all when omitted. */
export type UserFilter = {
  countyCode?: string | null | undefined;
  role?: Role | null | undefined;
  /** Substring of the username or the display name. */
  search?: string | null | undefined;
};

/** OPEN (进行中), OVERDUE (已逾期: not reached, deadline passed), DONE (已完成), DONE_LATE (逾期完成). */
export type WorkTargetStatus =
  | 'DONE'
  | 'DONE_LATE'
  | 'OPEN'
  | 'OVERDUE';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { username: string, displayName: string | null, role: Role, capabilities: Array<Capability>, county: { code: string, name: string, fullName: string } | null } };

export type PickOrganizationsQueryVariables = Exact<{
  filter: OrganizationFilter;
  first: number;
}>;


export type PickOrganizationsQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, county: { code: string, name: string } }> } };

export type PickCountyOrganizationsQueryVariables = Exact<{
  code: string;
  filter: OrganizationFilter;
  first: number;
}>;


export type PickCountyOrganizationsQuery = { county: { code: string, organizations: { totalCount: number, nodes: Array<{ id: string, name: string, county: { code: string, name: string } }> } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, expiresAt: string | null, user: { username: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ username: string, displayName: string | null, role: Role, disabled: boolean, createdAt: string | null, county: { code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccountCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountCountiesQuery = { city: { counties: Array<{ code: string, name: string }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { generatedPassword: string | null, user: { username: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { generatedPassword: string | null, user: { username: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SetUserDisabledMutationVariables = Exact<{
  input: SetUserDisabledInput;
}>;


export type SetUserDisabledMutation = { setUserDisabled: { user: { username: string, disabled: boolean } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ChangeOwnPasswordMutationVariables = Exact<{
  input: ChangeOwnPasswordInput;
}>;


export type ChangeOwnPasswordMutation = { changeOwnPassword: { user: { username: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, username: string, role: string, operation: string, entityType: string, entityId: string, requestId: string, changes: Array<{ field: string, before: string | null, after: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuditLogFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditLogFacetsQuery = { auditLogFacets: { operations: Array<string>, entityTypes: Array<string> } };

export type SetupRequiredQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupRequiredQuery = { setupRequired: boolean };

export type SetupFirstAdminMutationVariables = Exact<{
  input: SetupFirstAdminInput;
}>;


export type SetupFirstAdminMutation = { setupFirstAdmin: { user: { username: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type LeaderContactPointsQueryVariables = Exact<{
  level: LeaderLevel;
  countyCode?: string | null | undefined;
  year: number;
  after?: string | null | undefined;
}>;


export type LeaderContactPointsQuery = { leaders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, title: string, county: { code: string, name: string } | null, contactPoints: Array<{ id: string, startedOn: string, endedOn: string | null, liaisonOfficerName: string | null, organization: { id: string, name: string, county: { code: string, name: string } } }> }> } };

export type CountyNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyNamesQuery = { city: { counties: Array<{ code: string, name: string }> } };

export type ContactPointComplianceQueryVariables = Exact<{
  year: number;
}>;


export type ContactPointComplianceQuery = { contactPointCompliance: { year: number, dueOn: string, cityLeaderCount: number, cityLeadersWithoutPoint: Array<{ id: string, name: string, title: string }>, counties: Array<{ dueOn: string, reportedOn: string | null, overdue: boolean, pointCount: number, county: { code: string, name: string } }>, pointsWithoutSite: Array<{ id: string, startedOn: string, leader: { id: string, name: string, title: string }, organization: { id: string, name: string, county: { code: string, name: string } } }> } };

export type AssignContactPointMutationVariables = Exact<{
  input: AssignContactPointInput;
}>;


export type AssignContactPointMutation = { assignContactPoint: { contactPoint: { id: string, organization: { name: string } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type EndContactPointMutationVariables = Exact<{
  input: EndContactPointInput;
}>;


export type EndContactPointMutation = { endContactPoint: { contactPoint: { id: string, endedOn: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReportContactPointListMutationVariables = Exact<{
  input: ReportContactPointListInput;
}>;


export type ReportContactPointListMutation = { reportContactPointList: { contactList: { reportedOn: string | null, overdue: boolean } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type LeaderFieldsFragment = { id: string, name: string, title: string, level: LeaderLevel, sortOrder: number, phone: string | null, termStart: string | null, termEnd: string | null, inOffice: boolean, organizationHead: boolean, county: { code: string, name: string } | null };

export type DirectoryLeadersQueryVariables = Exact<{
  level: LeaderLevel;
  countyCode?: string | null | undefined;
  status?: LeaderStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectoryLeadersQuery = { leaders: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, level: LeaderLevel, sortOrder: number, phone: string | null, termStart: string | null, termEnd: string | null, inOffice: boolean, organizationHead: boolean, county: { code: string, name: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DirectoryCountyQueryVariables = Exact<{
  code: string;
}>;


export type DirectoryCountyQuery = { county: { code: string, name: string, organizationHeadName: string | null, parks: Array<{ id: string, name: string, workCommitteeName: string | null, workCommitteeSecretary: string | null, workCommitteePhone: string | null, coverage: { eligibleCount: number, gapCount: number, organizationCoverage: { percent: string | null }, liaisonCoverage: { percent: string | null } } }> } | null };

export type DirectoryCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryCountiesQuery = { city: { counties: Array<{ code: string, name: string, organizationHeadName: string | null }> } };

export type CreateLeaderMutationVariables = Exact<{
  input: CreateLeaderInput;
}>;


export type CreateLeaderMutation = { createLeader: { leader: { id: string, name: string, title: string, level: LeaderLevel, sortOrder: number, phone: string | null, termStart: string | null, termEnd: string | null, inOffice: boolean, organizationHead: boolean, county: { code: string, name: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateLeaderMutationVariables = Exact<{
  input: UpdateLeaderInput;
}>;


export type UpdateLeaderMutation = { updateLeader: { leader: { id: string, name: string, title: string, level: LeaderLevel, sortOrder: number, phone: string | null, termStart: string | null, termEnd: string | null, inOffice: boolean, organizationHead: boolean, county: { code: string, name: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type EndLeaderTermMutationVariables = Exact<{
  input: EndLeaderTermInput;
}>;


export type EndLeaderTermMutation = { endLeaderTerm: { leader: { id: string, name: string, title: string, level: LeaderLevel, sortOrder: number, phone: string | null, termStart: string | null, termEnd: string | null, inOffice: boolean, organizationHead: boolean, county: { code: string, name: string } | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateParkMutationVariables = Exact<{
  input: CreateParkInput;
}>;


export type CreateParkMutation = { createPark: { park: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateParkMutationVariables = Exact<{
  input: UpdateParkInput;
}>;


export type UpdateParkMutation = { updatePark: { park: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type LedgerCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerCountiesQuery = { city: { name: string, counties: Array<{ code: string, name: string, fullName: string, kind: CountyKind, all: { totalCount: number }, inPopulation: { totalCount: number }, covered: { totalCount: number } }> } };

export type CountyOrganizationsQueryVariables = Exact<{
  code: string;
  first: number;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type CountyOrganizationsQuery = { county: { code: string, name: string, fullName: string, organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, category: OrganizationCategory, subtype: string | null, industry: string | null, aboveScale: boolean, formalMemberCount: number, coverageStatus: CoverageStatus, park: { name: string } | null }> } } | null };

export type OrganizationDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganizationDetailQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, creditCode: string | null, category: OrganizationCategory, subtype: string | null, industry: string | null, employeeCount: number | null, aboveScale: boolean, formalMemberCount: number, probationaryMemberCount: number, legalRepresentativeIsMember: boolean, eligible: boolean, addedOn: string, ceasedOn: string | null, coverageStatus: CoverageStatus, id: string, county: { code: string, name: string }, park: { id: string, name: string, workCommitteeName: string | null } | null, branchLinks: Array<{ role: CoverageRole, from: string, branch: { id: string, name: string, level: BranchLevel, formation: Formation, formalMemberCount: number, committeeSize: number | null, secretaryName: string | null, foundedOn: string | null, dissolvedOn: string | null, organizations: Array<{ id: string, name: string }> } }>, liaisons: Array<{ id: string, name: string, kind: string, title: string | null }> }
    | { id: string }
   | null };

export type OrganizationHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type OrganizationHistoryQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, history: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, operation: string, username: string, role: string, entityType: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> }, statusHistory: Array<{ from: string, to: string | null, eligible: boolean, aboveScale: boolean, recordedBy: string | null }>, coverageHistory: Array<{ role: CoverageRole, from: string, to: string | null, branch: { id: string, name: string, dissolvedOn: string | null, levelHistory: Array<{ from: string, to: string | null, level: BranchLevel }> } }> }
    | { id: string }
   | null };

export type BranchHistoryQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type BranchHistoryQuery = { node:
    | { name: string, id: string, history: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, operation: string, username: string, role: string, entityType: string, changes: Array<{ field: string, before: string | null, after: string | null }> }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { organization: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type FoundBranchMutationVariables = Exact<{
  input: FoundBranchInput;
}>;


export type FoundBranchMutation = { foundBranch: { branch: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateBranchMutationVariables = Exact<{
  input: UpdateBranchInput;
}>;


export type UpdateBranchMutation = { updateBranch: { branch: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DissolveBranchMutationVariables = Exact<{
  input: DissolveBranchInput;
}>;


export type DissolveBranchMutation = { dissolveBranch: { branch: { id: string, dissolvedOn: string | null } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DispatchLiaisonMutationVariables = Exact<{
  input: DispatchLiaisonInput;
}>;


export type DispatchLiaisonMutation = { dispatchLiaison: { liaison: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type EndLiaisonAssignmentMutationVariables = Exact<{
  input: EndLiaisonAssignmentInput;
}>;


export type EndLiaisonAssignmentMutation = { endLiaisonAssignment: { liaison: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type BranchUnitCandidatesQueryVariables = Exact<{
  code: string;
  name?: string | null | undefined;
}>;


export type BranchUnitCandidatesQuery = { county: { code: string, organizations: { nodes: Array<{ id: string, name: string, category: OrganizationCategory, formalMemberCount: number, industry: string | null, organizationCovered: boolean, park: { id: string } | null }> } } | null };

export type AffiliateOrganizationMutationVariables = Exact<{
  input: AffiliateOrganizationInput;
}>;


export type AffiliateOrganizationMutation = { affiliateOrganization: { organization: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type EndAffiliationMutationVariables = Exact<{
  input: EndAffiliationInput;
}>;


export type EndAffiliationMutation = { endAffiliation: { organization: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AffiliationBranchesQueryVariables = Exact<{
  id: string | number;
}>;


export type AffiliationBranchesQuery = { node:
    | { id: string, branchLinks: Array<{ role: CoverageRole, branch: { id: string, name: string, formation: Formation, level: BranchLevel, foundedOn: string | null } }> }
    | Record<PropertyKey, never>
   | null };

export type RatePartsFragment = { numerator: number, denominator: number, percent: string | null };

export type CoverageFiguresFragment = { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } };

export type CityOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type CityOverviewQuery = { city: { code: string, name: string, nonPublic: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } }, social: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } }, counties: Array<{ code: string, name: string, fullName: string, nonPublic: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } }, social: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } }> } };

export type CountyOverviewQueryVariables = Exact<{
  code: string;
}>;


export type CountyOverviewQuery = { county: { code: string, name: string, fullName: string, nonPublic: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } }, social: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, unitsPerLiaison: number | null, gapCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } } | null };

export type TargetsQueryVariables = Exact<{
  year: number;
  countyCode?: string | null | undefined;
}>;


export type TargetsQuery = { targets: Array<{ target: string, label: string, dueOn: string, asOf: string, required: number, achieved: number, met: boolean, shortfall: number }> };

export type TargetGapQueryVariables = Exact<{
  year: number;
  countyCode?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type TargetGapQuery = { targets: Array<{ target: string, label: string, asOf: string, gap: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, category: OrganizationCategory, aboveScale: boolean, county: { code: string, name: string } }> } }> };

export type ReportFiguresFragment = { id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } };

export type MonthlyReportsQueryVariables = Exact<{
  period: string;
}>;


export type MonthlyReportsQuery = { monthlyReports: Array<{ id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } }> };

export type BulletinQueryVariables = Exact<{
  period: string;
  metric: BulletinMetric;
  category?: OrganizationCategory | null | undefined;
}>;


export type BulletinQuery = { bulletin: { period: string, metric: BulletinMetric, metricLabel: string, category: OrganizationCategory | null, asOf: string, dueOn: string, missing: Array<{ code: string, name: string }>, overdue: Array<{ code: string, name: string }>, rows: Array<{ rank: number, changePoints: number | null, reportStatus: ReportStatus, daysLate: number | null, live: boolean, county: { code: string, name: string }, rate: { numerator: number, denominator: number, percent: string | null } }> } };

export type PrepareMonthlyReportMutationVariables = Exact<{
  input: PrepareMonthlyReportInput;
}>;


export type PrepareMonthlyReportMutation = { prepareMonthlyReport: { report: { id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SubmitMonthlyReportMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;


export type SubmitMonthlyReportMutation = { submitMonthlyReport: { report: { id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReturnMonthlyReportMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;


export type ReturnMonthlyReportMutation = { returnMonthlyReport: { report: { id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AcceptMonthlyReportMutationVariables = Exact<{
  input: ReportTransitionInput;
}>;


export type AcceptMonthlyReportMutation = { acceptMonthlyReport: { report: { id: string, period: string, status: ReportStatus, frozen: boolean, dueOn: string, submittedAt: string | null, daysLate: number | null, note: string | null, returnNote: string | null, reviewNote: string | null, reviewedAt: string | null, county: { code: string, name: string, fullName: string }, coverage: { asOf: string, eligibleCount: number, branchCount: number, liaisonCount: number, organizationCoverage: { numerator: number, denominator: number, percent: string | null }, liaisonCoverage: { numerator: number, denominator: number, percent: string | null }, dualCoverage: { numerator: number, denominator: number, percent: string | null } } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SiteCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteCountiesQuery = { city: { counties: Array<{ code: string, name: string }> } };

export type QuotaPlanQueryVariables = Exact<{
  level: SiteLevel;
  year: number;
}>;


export type QuotaPlanQuery = { quotaPlan: { year: number, level: SiteLevel, total: number, split: boolean, nominated: number, approved: number, rejected: number, revoked: number, remaining: number, allocations: Array<{ quota: number, nominated: number, approved: number, rejected: number, revoked: number, remaining: number, county: { code: string, name: string } }> } | null };

export type PlanYearsQueryVariables = Exact<{
  year: number;
}>;


export type PlanYearsQuery = { city: { total: number } | null, county: { total: number } | null };

export type QuotaSuggestionQueryVariables = Exact<{
  level: SiteLevel;
  year: number;
  total: number;
  weight: QuotaWeight;
  minimumPerCounty?: number | null | undefined;
}>;


export type QuotaSuggestionQuery = { quotaSuggestion: { total: number, weight: QuotaWeight, minimumPerCounty: number, asOf: string, note: string, allocations: Array<{ quota: number, weight: number | null, exactShare: number | null, county: { code: string, name: string } }> } };

export type DemonstrationSitesQueryVariables = Exact<{
  year: number;
  level?: SiteLevel | null | undefined;
  countyCode?: string | null | undefined;
  status?: SiteStatus | null | undefined;
}>;


export type DemonstrationSitesQuery = { demonstrationSites: Array<{ id: string, year: number, level: SiteLevel, status: SiteStatus, nominatedAt: string, nominationNote: string | null, reviewedAt: string | null, reviewNote: string | null, county: { code: string, name: string }, organization: { id: string, name: string, branches: Array<{ id: string, name: string, fiveHaves: { passed: boolean, missing: Array<string>, assessedAt: string, evidence: string | null, hasOrganization: boolean, hasRules: boolean, hasActivities: boolean, hasVenue: boolean, hasImpact: boolean, checks: Array<{ check: string, evidence: string | null }> } | null }> } }> };

export type SetQuotaPlanMutationVariables = Exact<{
  input: SetQuotaPlanInput;
}>;


export type SetQuotaPlanMutation = { setQuotaPlan: { plan: { total: number } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type NominateSiteMutationVariables = Exact<{
  input: NominateDemonstrationSiteInput;
}>;


export type NominateSiteMutation = { nominateDemonstrationSite: { site: { id: string, status: SiteStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ReviewSiteMutationVariables = Exact<{
  input: ReviewDemonstrationSiteInput;
}>;


export type ReviewSiteMutation = { reviewDemonstrationSite: { site: { id: string, status: SiteStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AssessFiveHavesMutationVariables = Exact<{
  input: AssessFiveHavesInput;
}>;


export type AssessFiveHavesMutation = { assessFiveHaves: { fiveHaves: { passed: boolean, missing: Array<string> } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type WorkUnitFragment = { id: string, name: string, formalMemberCount: number, addedOn: string, coverageStatus: CoverageStatus, county: { code: string, name: string }, branches: Array<{ id: string, name: string }>, liaisons: Array<{ id: string, name: string }> };

export type CityWorkListQueryVariables = Exact<{
  filter: OrganizationFilter;
  after?: string | null | undefined;
}>;


export type CityWorkListQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, formalMemberCount: number, addedOn: string, coverageStatus: CoverageStatus, county: { code: string, name: string }, branches: Array<{ id: string, name: string }>, liaisons: Array<{ id: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CountyWorkListQueryVariables = Exact<{
  code: string;
  filter: OrganizationFilter;
  after?: string | null | undefined;
}>;


export type CountyWorkListQuery = { county: { code: string, organizations: { totalCount: number, nodes: Array<{ id: string, name: string, formalMemberCount: number, addedOn: string, coverageStatus: CoverageStatus, county: { code: string, name: string }, branches: Array<{ id: string, name: string }>, liaisons: Array<{ id: string, name: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type WorkTargetsQueryVariables = Exact<{
  countyCode?: string | null | undefined;
  status?: WorkTargetStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkTargetsQuery = { liaisonWorkTargets: { totalCount: number, nodes: Array<{ id: string, description: string, setOn: string, dueOn: string, completedOn: string | null, status: WorkTargetStatus, overdue: boolean, liaison: { id: string, name: string, kind: string } | null, organization: { id: string, name: string, county: { code: string, name: string } } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnitLiaisonsQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitLiaisonsQuery = { node:
    | { id: string, liaisons: Array<{ id: string, name: string, kind: string }> }
    | Record<PropertyKey, never>
   | null };

export type RecordWorkTargetMutationVariables = Exact<{
  input: RecordLiaisonWorkTargetInput;
}>;


export type RecordWorkTargetMutation = { recordLiaisonWorkTarget: { workTarget: { id: string, status: WorkTargetStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }>, warnings: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CompleteWorkTargetMutationVariables = Exact<{
  input: CompleteLiaisonWorkTargetInput;
}>;


export type CompleteWorkTargetMutation = { completeLiaisonWorkTarget: { workTarget: { id: string, status: WorkTargetStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type WorkMeasuresQueryVariables = Exact<{
  year: number;
}>;


export type WorkMeasuresQuery = { fiveHavesRate: { city: { assessed: number, passed: number, rate: { percent: string | null } }, counties: Array<{ assessed: number, passed: number, county: { code: string, name: string } | null, rate: { percent: string | null } }> }, excellenceCompletion: { city: { expectedCount: number, campaignCount: number, steps: Array<{ step: ExcellenceStep, label: string, rate: { numerator: number, denominator: number, percent: string | null } }> }, counties: Array<{ expectedCount: number, campaignCount: number, county: { code: string, name: string } | null, steps: Array<{ step: ExcellenceStep, label: string, rate: { numerator: number, denominator: number, percent: string | null } }> }> }, city: { coverage: { liaisonCount: number, unitsPerLiaison: number | null }, counties: Array<{ code: string, name: string, coverage: { liaisonCount: number, unitsPerLiaison: number | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const LeaderFieldsFragmentDoc = new TypedDocumentString(`
    fragment LeaderFields on Leader {
  id
  name
  title
  level
  sortOrder
  phone
  termStart
  termEnd
  inOffice
  organizationHead
  county {
    code
    name
  }
}
    `, {"fragmentName":"LeaderFields"}) as unknown as TypedDocumentString<LeaderFieldsFragment, unknown>;
export const RatePartsFragmentDoc = new TypedDocumentString(`
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
    `, {"fragmentName":"RateParts"}) as unknown as TypedDocumentString<RatePartsFragment, unknown>;
export const CoverageFiguresFragmentDoc = new TypedDocumentString(`
    fragment CoverageFigures on CoverageStats {
  asOf
  eligibleCount
  branchCount
  liaisonCount
  unitsPerLiaison
  gapCount
  organizationCoverage {
    ...RateParts
  }
  liaisonCoverage {
    ...RateParts
  }
  dualCoverage {
    ...RateParts
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}`, {"fragmentName":"CoverageFigures"}) as unknown as TypedDocumentString<CoverageFiguresFragment, unknown>;
export const ReportFiguresFragmentDoc = new TypedDocumentString(`
    fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}`, {"fragmentName":"ReportFigures"}) as unknown as TypedDocumentString<ReportFiguresFragment, unknown>;
export const WorkUnitFragmentDoc = new TypedDocumentString(`
    fragment WorkUnit on Organization {
  id
  name
  formalMemberCount
  addedOn
  coverageStatus
  county {
    code
    name
  }
  branches {
    id
    name
  }
  liaisons {
    id
    name
  }
}
    `, {"fragmentName":"WorkUnit"}) as unknown as TypedDocumentString<WorkUnitFragment, unknown>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    username
    displayName
    role
    capabilities
    county {
      code
      name
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const PickOrganizationsDocument = new TypedDocumentString(`
    query PickOrganizations($filter: OrganizationFilter!, $first: Int!) {
  organizations(first: $first, filter: $filter) {
    totalCount
    nodes {
      id
      name
      county {
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickOrganizationsQuery, PickOrganizationsQueryVariables>;
export const PickCountyOrganizationsDocument = new TypedDocumentString(`
    query PickCountyOrganizations($code: String!, $filter: OrganizationFilter!, $first: Int!) {
  county(code: $code) {
    code
    organizations(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        name
        county {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PickCountyOrganizationsQuery, PickCountyOrganizationsQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
    user {
      username
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 20, after: $after) {
    totalCount
    nodes {
      username
      displayName
      role
      disabled
      createdAt
      county {
        code
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const AccountCountiesDocument = new TypedDocumentString(`
    query AccountCounties {
  city {
    counties {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCountiesQuery, AccountCountiesQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      username
    }
    generatedPassword
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const ResetUserPasswordDocument = new TypedDocumentString(`
    mutation ResetUserPassword($input: ResetUserPasswordInput!) {
  resetUserPassword(input: $input) {
    user {
      username
    }
    generatedPassword
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const SetUserDisabledDocument = new TypedDocumentString(`
    mutation SetUserDisabled($input: SetUserDisabledInput!) {
  setUserDisabled(input: $input) {
    user {
      username
      disabled
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
  changeOwnPassword(input: $input) {
    user {
      username
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($filter: AuditLogFilter, $after: String) {
  auditLog(filter: $filter, first: 20, after: $after) {
    totalCount
    nodes {
      id
      occurredAt
      username
      role
      operation
      entityType
      entityId
      requestId
      changes {
        field
        before
        after
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const AuditLogFacetsDocument = new TypedDocumentString(`
    query AuditLogFacets {
  auditLogFacets {
    operations
    entityTypes
  }
}
    `) as unknown as TypedDocumentString<AuditLogFacetsQuery, AuditLogFacetsQueryVariables>;
export const SetupRequiredDocument = new TypedDocumentString(`
    query SetupRequired {
  setupRequired
}
    `) as unknown as TypedDocumentString<SetupRequiredQuery, SetupRequiredQueryVariables>;
export const SetupFirstAdminDocument = new TypedDocumentString(`
    mutation SetupFirstAdmin($input: SetupFirstAdminInput!) {
  setupFirstAdmin(input: $input) {
    user {
      username
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetupFirstAdminMutation, SetupFirstAdminMutationVariables>;
export const LeaderContactPointsDocument = new TypedDocumentString(`
    query LeaderContactPoints($level: LeaderLevel!, $countyCode: String, $year: Int!, $after: String) {
  leaders(level: $level, countyCode: $countyCode, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      title
      county {
        code
        name
      }
      contactPoints(year: $year) {
        id
        startedOn
        endedOn
        liaisonOfficerName
        organization {
          id
          name
          county {
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LeaderContactPointsQuery, LeaderContactPointsQueryVariables>;
export const CountyNamesDocument = new TypedDocumentString(`
    query CountyNames {
  city {
    counties {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CountyNamesQuery, CountyNamesQueryVariables>;
export const ContactPointComplianceDocument = new TypedDocumentString(`
    query ContactPointCompliance($year: Int!) {
  contactPointCompliance(year: $year) {
    year
    dueOn
    cityLeaderCount
    cityLeadersWithoutPoint {
      id
      name
      title
    }
    counties {
      county {
        code
        name
      }
      dueOn
      reportedOn
      overdue
      pointCount
    }
    pointsWithoutSite {
      id
      startedOn
      leader {
        id
        name
        title
      }
      organization {
        id
        name
        county {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContactPointComplianceQuery, ContactPointComplianceQueryVariables>;
export const AssignContactPointDocument = new TypedDocumentString(`
    mutation AssignContactPoint($input: AssignContactPointInput!) {
  assignContactPoint(input: $input) {
    contactPoint {
      id
      organization {
        name
      }
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AssignContactPointMutation, AssignContactPointMutationVariables>;
export const EndContactPointDocument = new TypedDocumentString(`
    mutation EndContactPoint($input: EndContactPointInput!) {
  endContactPoint(input: $input) {
    contactPoint {
      id
      endedOn
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EndContactPointMutation, EndContactPointMutationVariables>;
export const ReportContactPointListDocument = new TypedDocumentString(`
    mutation ReportContactPointList($input: ReportContactPointListInput!) {
  reportContactPointList(input: $input) {
    contactList {
      reportedOn
      overdue
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReportContactPointListMutation, ReportContactPointListMutationVariables>;
export const DirectoryLeadersDocument = new TypedDocumentString(`
    query DirectoryLeaders($level: LeaderLevel!, $countyCode: String, $status: LeaderStatus, $after: String) {
  leaders(
    level: $level
    countyCode: $countyCode
    status: $status
    first: 100
    after: $after
  ) {
    totalCount
    nodes {
      ...LeaderFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment LeaderFields on Leader {
  id
  name
  title
  level
  sortOrder
  phone
  termStart
  termEnd
  inOffice
  organizationHead
  county {
    code
    name
  }
}`) as unknown as TypedDocumentString<DirectoryLeadersQuery, DirectoryLeadersQueryVariables>;
export const DirectoryCountyDocument = new TypedDocumentString(`
    query DirectoryCounty($code: String!) {
  county(code: $code) {
    code
    name
    organizationHeadName
    parks {
      id
      name
      workCommitteeName
      workCommitteeSecretary
      workCommitteePhone
      coverage {
        eligibleCount
        organizationCoverage {
          percent
        }
        liaisonCoverage {
          percent
        }
        gapCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryCountyQuery, DirectoryCountyQueryVariables>;
export const DirectoryCountiesDocument = new TypedDocumentString(`
    query DirectoryCounties {
  city {
    counties {
      code
      name
      organizationHeadName
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryCountiesQuery, DirectoryCountiesQueryVariables>;
export const CreateLeaderDocument = new TypedDocumentString(`
    mutation CreateLeader($input: CreateLeaderInput!) {
  createLeader(input: $input) {
    leader {
      ...LeaderFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment LeaderFields on Leader {
  id
  name
  title
  level
  sortOrder
  phone
  termStart
  termEnd
  inOffice
  organizationHead
  county {
    code
    name
  }
}`) as unknown as TypedDocumentString<CreateLeaderMutation, CreateLeaderMutationVariables>;
export const UpdateLeaderDocument = new TypedDocumentString(`
    mutation UpdateLeader($input: UpdateLeaderInput!) {
  updateLeader(input: $input) {
    leader {
      ...LeaderFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment LeaderFields on Leader {
  id
  name
  title
  level
  sortOrder
  phone
  termStart
  termEnd
  inOffice
  organizationHead
  county {
    code
    name
  }
}`) as unknown as TypedDocumentString<UpdateLeaderMutation, UpdateLeaderMutationVariables>;
export const EndLeaderTermDocument = new TypedDocumentString(`
    mutation EndLeaderTerm($input: EndLeaderTermInput!) {
  endLeaderTerm(input: $input) {
    leader {
      ...LeaderFields
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment LeaderFields on Leader {
  id
  name
  title
  level
  sortOrder
  phone
  termStart
  termEnd
  inOffice
  organizationHead
  county {
    code
    name
  }
}`) as unknown as TypedDocumentString<EndLeaderTermMutation, EndLeaderTermMutationVariables>;
export const CreateParkDocument = new TypedDocumentString(`
    mutation CreatePark($input: CreateParkInput!) {
  createPark(input: $input) {
    park {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateParkMutation, CreateParkMutationVariables>;
export const UpdateParkDocument = new TypedDocumentString(`
    mutation UpdatePark($input: UpdateParkInput!) {
  updatePark(input: $input) {
    park {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateParkMutation, UpdateParkMutationVariables>;
export const LedgerCountiesDocument = new TypedDocumentString(`
    query LedgerCounties {
  city {
    name
    counties {
      code
      name
      fullName
      kind
      all: organizations(first: 1) {
        totalCount
      }
      inPopulation: organizations(first: 1, filter: {inPopulation: true}) {
        totalCount
      }
      covered: organizations(
        first: 1
        filter: {inPopulation: true, organizationCovered: true}
      ) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LedgerCountiesQuery, LedgerCountiesQueryVariables>;
export const CountyOrganizationsDocument = new TypedDocumentString(`
    query CountyOrganizations($code: String!, $first: Int!, $after: String, $filter: OrganizationFilter) {
  county(code: $code) {
    code
    name
    fullName
    organizations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        category
        subtype
        industry
        aboveScale
        formalMemberCount
        coverageStatus
        park {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CountyOrganizationsQuery, CountyOrganizationsQueryVariables>;
export const OrganizationDetailDocument = new TypedDocumentString(`
    query OrganizationDetail($id: ID!) {
  node(id: $id) {
    id
    ... on Organization {
      name
      creditCode
      category
      subtype
      industry
      employeeCount
      aboveScale
      formalMemberCount
      probationaryMemberCount
      legalRepresentativeIsMember
      eligible
      addedOn
      ceasedOn
      coverageStatus
      county {
        code
        name
      }
      park {
        id
        name
        workCommitteeName
      }
      branchLinks {
        role
        from
        branch {
          id
          name
          level
          formation
          formalMemberCount
          committeeSize
          secretaryName
          foundedOn
          dissolvedOn
          organizations {
            id
            name
          }
        }
      }
      liaisons {
        id
        name
        kind
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationDetailQuery, OrganizationDetailQueryVariables>;
export const OrganizationHistoryDocument = new TypedDocumentString(`
    query OrganizationHistory($id: ID!, $first: Int!) {
  node(id: $id) {
    id
    ... on Organization {
      history(first: $first) {
        totalCount
        nodes {
          id
          occurredAt
          operation
          username
          role
          entityType
          changes {
            field
            before
            after
          }
        }
      }
      statusHistory {
        from
        to
        eligible
        aboveScale
        recordedBy
      }
      coverageHistory {
        role
        from
        to
        branch {
          id
          name
          dissolvedOn
          levelHistory {
            from
            to
            level
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationHistoryQuery, OrganizationHistoryQueryVariables>;
export const BranchHistoryDocument = new TypedDocumentString(`
    query BranchHistory($id: ID!, $first: Int!) {
  node(id: $id) {
    id
    ... on Branch {
      name
      history(first: $first) {
        totalCount
        nodes {
          id
          occurredAt
          operation
          username
          role
          entityType
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BranchHistoryQuery, BranchHistoryQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) {
    organization {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const FoundBranchDocument = new TypedDocumentString(`
    mutation FoundBranch($input: FoundBranchInput!) {
  foundBranch(input: $input) {
    branch {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<FoundBranchMutation, FoundBranchMutationVariables>;
export const UpdateBranchDocument = new TypedDocumentString(`
    mutation UpdateBranch($input: UpdateBranchInput!) {
  updateBranch(input: $input) {
    branch {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateBranchMutation, UpdateBranchMutationVariables>;
export const DissolveBranchDocument = new TypedDocumentString(`
    mutation DissolveBranch($input: DissolveBranchInput!) {
  dissolveBranch(input: $input) {
    branch {
      id
      dissolvedOn
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DissolveBranchMutation, DissolveBranchMutationVariables>;
export const DispatchLiaisonDocument = new TypedDocumentString(`
    mutation DispatchLiaison($input: DispatchLiaisonInput!) {
  dispatchLiaison(input: $input) {
    liaison {
      id
      name
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchLiaisonMutation, DispatchLiaisonMutationVariables>;
export const EndLiaisonAssignmentDocument = new TypedDocumentString(`
    mutation EndLiaisonAssignment($input: EndLiaisonAssignmentInput!) {
  endLiaisonAssignment(input: $input) {
    liaison {
      id
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EndLiaisonAssignmentMutation, EndLiaisonAssignmentMutationVariables>;
export const BranchUnitCandidatesDocument = new TypedDocumentString(`
    query BranchUnitCandidates($code: String!, $name: String) {
  county(code: $code) {
    code
    organizations(first: 20, filter: {nameContains: $name, inPopulation: true}) {
      nodes {
        id
        name
        category
        formalMemberCount
        industry
        organizationCovered
        park {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BranchUnitCandidatesQuery, BranchUnitCandidatesQueryVariables>;
export const AffiliateOrganizationDocument = new TypedDocumentString(`
    mutation AffiliateOrganization($input: AffiliateOrganizationInput!) {
  affiliateOrganization(input: $input) {
    organization {
      id
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AffiliateOrganizationMutation, AffiliateOrganizationMutationVariables>;
export const EndAffiliationDocument = new TypedDocumentString(`
    mutation EndAffiliation($input: EndAffiliationInput!) {
  endAffiliation(input: $input) {
    organization {
      id
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<EndAffiliationMutation, EndAffiliationMutationVariables>;
export const AffiliationBranchesDocument = new TypedDocumentString(`
    query AffiliationBranches($id: ID!) {
  node(id: $id) {
    ... on Organization {
      id
      branchLinks {
        role
        branch {
          id
          name
          formation
          level
          foundedOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AffiliationBranchesQuery, AffiliationBranchesQueryVariables>;
export const CityOverviewDocument = new TypedDocumentString(`
    query CityOverview {
  city {
    code
    name
    nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
      ...CoverageFigures
    }
    social: coverage(category: SOCIAL_ORGANIZATION) {
      ...CoverageFigures
    }
    counties {
      code
      name
      fullName
      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
        ...CoverageFigures
      }
      social: coverage(category: SOCIAL_ORGANIZATION) {
        ...CoverageFigures
      }
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment CoverageFigures on CoverageStats {
  asOf
  eligibleCount
  branchCount
  liaisonCount
  unitsPerLiaison
  gapCount
  organizationCoverage {
    ...RateParts
  }
  liaisonCoverage {
    ...RateParts
  }
  dualCoverage {
    ...RateParts
  }
}`) as unknown as TypedDocumentString<CityOverviewQuery, CityOverviewQueryVariables>;
export const CountyOverviewDocument = new TypedDocumentString(`
    query CountyOverview($code: String!) {
  county(code: $code) {
    code
    name
    fullName
    nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
      ...CoverageFigures
    }
    social: coverage(category: SOCIAL_ORGANIZATION) {
      ...CoverageFigures
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment CoverageFigures on CoverageStats {
  asOf
  eligibleCount
  branchCount
  liaisonCount
  unitsPerLiaison
  gapCount
  organizationCoverage {
    ...RateParts
  }
  liaisonCoverage {
    ...RateParts
  }
  dualCoverage {
    ...RateParts
  }
}`) as unknown as TypedDocumentString<CountyOverviewQuery, CountyOverviewQueryVariables>;
export const TargetsDocument = new TypedDocumentString(`
    query Targets($year: Int!, $countyCode: String) {
  targets(year: $year, countyCode: $countyCode) {
    target
    label
    dueOn
    asOf
    required
    achieved
    met
    shortfall
  }
}
    `) as unknown as TypedDocumentString<TargetsQuery, TargetsQueryVariables>;
export const TargetGapDocument = new TypedDocumentString(`
    query TargetGap($year: Int!, $countyCode: String, $first: Int!, $after: String) {
  targets(year: $year, countyCode: $countyCode) {
    target
    label
    asOf
    gap(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        category
        aboveScale
        county {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TargetGapQuery, TargetGapQueryVariables>;
export const MonthlyReportsDocument = new TypedDocumentString(`
    query MonthlyReports($period: String!) {
  monthlyReports(period: $period) {
    ...ReportFigures
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}`) as unknown as TypedDocumentString<MonthlyReportsQuery, MonthlyReportsQueryVariables>;
export const BulletinDocument = new TypedDocumentString(`
    query Bulletin($period: String!, $metric: BulletinMetric!, $category: OrganizationCategory) {
  bulletin(period: $period, metric: $metric, category: $category) {
    period
    metric
    metricLabel
    category
    asOf
    dueOn
    missing {
      code
      name
    }
    overdue {
      code
      name
    }
    rows {
      rank
      county {
        code
        name
      }
      rate {
        ...RateParts
      }
      changePoints
      reportStatus
      daysLate
      live
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}`) as unknown as TypedDocumentString<BulletinQuery, BulletinQueryVariables>;
export const PrepareMonthlyReportDocument = new TypedDocumentString(`
    mutation PrepareMonthlyReport($input: PrepareMonthlyReportInput!) {
  prepareMonthlyReport(input: $input) {
    report {
      ...ReportFigures
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}`) as unknown as TypedDocumentString<PrepareMonthlyReportMutation, PrepareMonthlyReportMutationVariables>;
export const SubmitMonthlyReportDocument = new TypedDocumentString(`
    mutation SubmitMonthlyReport($input: ReportTransitionInput!) {
  submitMonthlyReport(input: $input) {
    report {
      ...ReportFigures
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}`) as unknown as TypedDocumentString<SubmitMonthlyReportMutation, SubmitMonthlyReportMutationVariables>;
export const ReturnMonthlyReportDocument = new TypedDocumentString(`
    mutation ReturnMonthlyReport($input: ReportTransitionInput!) {
  returnMonthlyReport(input: $input) {
    report {
      ...ReportFigures
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}`) as unknown as TypedDocumentString<ReturnMonthlyReportMutation, ReturnMonthlyReportMutationVariables>;
export const AcceptMonthlyReportDocument = new TypedDocumentString(`
    mutation AcceptMonthlyReport($input: ReportTransitionInput!) {
  acceptMonthlyReport(input: $input) {
    report {
      ...ReportFigures
    }
    userErrors {
      field
      message
      code
    }
  }
}
    fragment RateParts on Rate {
  numerator
  denominator
  percent
}
fragment ReportFigures on MonthlyReport {
  id
  period
  status
  frozen
  dueOn
  submittedAt
  daysLate
  note
  returnNote
  reviewNote
  reviewedAt
  county {
    code
    name
    fullName
  }
  coverage {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
}`) as unknown as TypedDocumentString<AcceptMonthlyReportMutation, AcceptMonthlyReportMutationVariables>;
export const SiteCountiesDocument = new TypedDocumentString(`
    query SiteCounties {
  city {
    counties {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SiteCountiesQuery, SiteCountiesQueryVariables>;
export const QuotaPlanDocument = new TypedDocumentString(`
    query QuotaPlan($level: SiteLevel!, $year: Int!) {
  quotaPlan(level: $level, year: $year) {
    year
    level
    total
    split
    nominated
    approved
    rejected
    revoked
    remaining
    allocations {
      county {
        code
        name
      }
      quota
      nominated
      approved
      rejected
      revoked
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaPlanQuery, QuotaPlanQueryVariables>;
export const PlanYearsDocument = new TypedDocumentString(`
    query PlanYears($year: Int!) {
  city: quotaPlan(level: CITY, year: $year) {
    total
  }
  county: quotaPlan(level: COUNTY, year: $year) {
    total
  }
}
    `) as unknown as TypedDocumentString<PlanYearsQuery, PlanYearsQueryVariables>;
export const QuotaSuggestionDocument = new TypedDocumentString(`
    query QuotaSuggestion($level: SiteLevel!, $year: Int!, $total: Int!, $weight: QuotaWeight!, $minimumPerCounty: Int) {
  quotaSuggestion(
    level: $level
    year: $year
    total: $total
    weight: $weight
    minimumPerCounty: $minimumPerCounty
  ) {
    total
    weight
    minimumPerCounty
    asOf
    note
    allocations {
      county {
        code
        name
      }
      quota
      weight
      exactShare
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaSuggestionQuery, QuotaSuggestionQueryVariables>;
export const DemonstrationSitesDocument = new TypedDocumentString(`
    query DemonstrationSites($year: Int!, $level: SiteLevel, $countyCode: String, $status: SiteStatus) {
  demonstrationSites(
    year: $year
    level: $level
    countyCode: $countyCode
    status: $status
  ) {
    id
    year
    level
    status
    nominatedAt
    nominationNote
    reviewedAt
    reviewNote
    county {
      code
      name
    }
    organization {
      id
      name
      branches {
        id
        name
        fiveHaves(year: $year) {
          passed
          missing
          assessedAt
          evidence
          checks {
            check
            evidence
          }
          hasOrganization
          hasRules
          hasActivities
          hasVenue
          hasImpact
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DemonstrationSitesQuery, DemonstrationSitesQueryVariables>;
export const SetQuotaPlanDocument = new TypedDocumentString(`
    mutation SetQuotaPlan($input: SetQuotaPlanInput!) {
  setQuotaPlan(input: $input) {
    plan {
      total
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SetQuotaPlanMutation, SetQuotaPlanMutationVariables>;
export const NominateSiteDocument = new TypedDocumentString(`
    mutation NominateSite($input: NominateDemonstrationSiteInput!) {
  nominateDemonstrationSite(input: $input) {
    site {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<NominateSiteMutation, NominateSiteMutationVariables>;
export const ReviewSiteDocument = new TypedDocumentString(`
    mutation ReviewSite($input: ReviewDemonstrationSiteInput!) {
  reviewDemonstrationSite(input: $input) {
    site {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewSiteMutation, ReviewSiteMutationVariables>;
export const AssessFiveHavesDocument = new TypedDocumentString(`
    mutation AssessFiveHaves($input: AssessFiveHavesInput!) {
  assessFiveHaves(input: $input) {
    fiveHaves {
      passed
      missing
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AssessFiveHavesMutation, AssessFiveHavesMutationVariables>;
export const CityWorkListDocument = new TypedDocumentString(`
    query CityWorkList($filter: OrganizationFilter!, $after: String) {
  organizations(first: 50, after: $after, filter: $filter, orderBy: ACTIONABILITY) {
    totalCount
    nodes {
      ...WorkUnit
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment WorkUnit on Organization {
  id
  name
  formalMemberCount
  addedOn
  coverageStatus
  county {
    code
    name
  }
  branches {
    id
    name
  }
  liaisons {
    id
    name
  }
}`) as unknown as TypedDocumentString<CityWorkListQuery, CityWorkListQueryVariables>;
export const CountyWorkListDocument = new TypedDocumentString(`
    query CountyWorkList($code: String!, $filter: OrganizationFilter!, $after: String) {
  county(code: $code) {
    code
    organizations(first: 50, after: $after, filter: $filter, orderBy: ACTIONABILITY) {
      totalCount
      nodes {
        ...WorkUnit
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment WorkUnit on Organization {
  id
  name
  formalMemberCount
  addedOn
  coverageStatus
  county {
    code
    name
  }
  branches {
    id
    name
  }
  liaisons {
    id
    name
  }
}`) as unknown as TypedDocumentString<CountyWorkListQuery, CountyWorkListQueryVariables>;
export const WorkTargetsDocument = new TypedDocumentString(`
    query WorkTargets($countyCode: String, $status: WorkTargetStatus, $after: String) {
  liaisonWorkTargets(
    countyCode: $countyCode
    status: $status
    first: 50
    after: $after
  ) {
    totalCount
    nodes {
      id
      description
      setOn
      dueOn
      completedOn
      status
      overdue
      liaison {
        id
        name
        kind
      }
      organization {
        id
        name
        county {
          code
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<WorkTargetsQuery, WorkTargetsQueryVariables>;
export const UnitLiaisonsDocument = new TypedDocumentString(`
    query UnitLiaisons($id: ID!) {
  node(id: $id) {
    ... on Organization {
      id
      liaisons {
        id
        name
        kind
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitLiaisonsQuery, UnitLiaisonsQueryVariables>;
export const RecordWorkTargetDocument = new TypedDocumentString(`
    mutation RecordWorkTarget($input: RecordLiaisonWorkTargetInput!) {
  recordLiaisonWorkTarget(input: $input) {
    workTarget {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
    warnings {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RecordWorkTargetMutation, RecordWorkTargetMutationVariables>;
export const CompleteWorkTargetDocument = new TypedDocumentString(`
    mutation CompleteWorkTarget($input: CompleteLiaisonWorkTargetInput!) {
  completeLiaisonWorkTarget(input: $input) {
    workTarget {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteWorkTargetMutation, CompleteWorkTargetMutationVariables>;
export const WorkMeasuresDocument = new TypedDocumentString(`
    query WorkMeasures($year: Int!) {
  fiveHavesRate(year: $year) {
    city {
      assessed
      passed
      rate {
        percent
      }
    }
    counties {
      county {
        code
        name
      }
      assessed
      passed
      rate {
        percent
      }
    }
  }
  excellenceCompletion(year: $year) {
    city {
      expectedCount
      campaignCount
      steps {
        step
        label
        rate {
          numerator
          denominator
          percent
        }
      }
    }
    counties {
      county {
        code
        name
      }
      expectedCount
      campaignCount
      steps {
        step
        label
        rate {
          numerator
          denominator
          percent
        }
      }
    }
  }
  city {
    coverage {
      liaisonCount
      unitsPerLiaison
    }
    counties {
      code
      name
      coverage {
        liaisonCount
        unitsPerLiaison
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkMeasuresQuery, WorkMeasuresQueryVariables>;