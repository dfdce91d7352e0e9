/**
 * The ledger's forms as plain data: form values → mutation inputs (what an empty field means to the
 * API), and the formation rules' advice before a branch is founded (the domain's own validateBranch).
 */
import { type BranchLevel, type Formation, validateBranch } from "@liangxin/domain";
import type {
  CreateOrganizationInput,
  DispatchLiaisonInput,
  FoundBranchInput,
  OrganizationCategory,
  UpdateBranchInput,
  UpdateOrganizationInput,
} from "../gql/graphql";

/** What the 组织 form holds: text as typed, numbers as numbers (null when empty). */
export interface OrganizationFormValues {
  name: string;
  creditCode: string;
  category: OrganizationCategory;
  subtype: string | null;
  industry: string;
  employeeCount: number | null;
  aboveScale: boolean;
  eligible: boolean;
  formalMemberCount: number;
  probationaryMemberCount: number;
  legalRepresentativeIsMember: boolean;
  /** YYYY-MM-DD or empty (create: today; edit: still operating). */
  addedOn: string;
  ceasedOn: string;
  /** Edit: the day a change of 规模以上 / 具备条件 takes effect (YYYY-MM-DD; empty: today). */
  effectiveOn: string;
}

export const ORGANIZATION_FIELDS: readonly (keyof OrganizationFormValues & string)[] = [
  "name",
  "creditCode",
  "category",
  "subtype",
  "industry",
  "employeeCount",
  "aboveScale",
  "eligible",
  "formalMemberCount",
  "probationaryMemberCount",
  "legalRepresentativeIsMember",
  "addedOn",
  "ceasedOn",
  "effectiveOn",
];

export const EMPTY_ORGANIZATION: OrganizationFormValues = {
  name: "",
  creditCode: "",
  category: "NON_PUBLIC_ENTERPRISE",
  subtype: null,
  industry: "",
  employeeCount: null,
  aboveScale: false,
  eligible: true,
  formalMemberCount: 0,
  probationaryMemberCount: 0,
  legalRepresentativeIsMember: false,
  addedOn: "",
  ceasedOn: "",
  effectiveOn: "",
};

const text = (value: string | null | undefined): string => (value ?? "").trim();
const optionalText = (value: string | null | undefined): string | null => {
  const t = text(value);
  return t === "" ? null : t;
};

/** A new unit of a county: empty optional fields are left out (the server's defaults apply). */
export function toCreateOrganizationInput(values: OrganizationFormValues, countyCode: string): CreateOrganizationInput {
  const input: CreateOrganizationInput = {
    countyCode,
    name: text(values.name),
    category: values.category,
    aboveScale: values.category === "NON_PUBLIC_ENTERPRISE" && values.aboveScale,
    formalMemberCount: values.formalMemberCount,
    probationaryMemberCount: values.probationaryMemberCount,
    eligible: values.eligible,
    legalRepresentativeIsMember: values.legalRepresentativeIsMember,
  };
  const creditCode = optionalText(values.creditCode);
  if (creditCode !== null) input.creditCode = creditCode;
  if (values.subtype) input.subtype = values.subtype;
  const industry = optionalText(values.industry);
  if (industry !== null) input.industry = industry;
  if (values.employeeCount !== null && values.employeeCount !== undefined) input.employeeCount = values.employeeCount;
  const addedOn = optionalText(values.addedOn);
  if (addedOn !== null) input.addedOn = addedOn;
  return input;
}

/** The form's values of a unit as the API shows it. */
export interface OrganizationShown {
  readonly id: string;
  readonly name: string;
  readonly creditCode?: string | null;
  readonly category: OrganizationCategory;
  readonly subtype?: string | null;
  readonly industry?: string | null;
  readonly employeeCount?: number | null;
  readonly aboveScale: boolean;
  readonly eligible: boolean;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount: number;
  readonly legalRepresentativeIsMember: boolean;
  readonly addedOn: string;
  readonly ceasedOn?: string | null;
}

export function organizationFormValues(o: OrganizationShown): OrganizationFormValues {
  return {
    name: o.name,
    creditCode: o.creditCode ?? "",
    category: o.category,
    subtype: o.subtype ?? null,
    industry: o.industry ?? "",
    employeeCount: o.employeeCount ?? null,
    aboveScale: o.aboveScale,
    eligible: o.eligible,
    formalMemberCount: o.formalMemberCount,
    probationaryMemberCount: o.probationaryMemberCount,
    legalRepresentativeIsMember: o.legalRepresentativeIsMember,
    addedOn: o.addedOn,
    ceasedOn: o.ceasedOn ?? "",
    effectiveOn: "",
  };
}

/**
 * The changes of an edit: only the fields that differ from what was shown; an optional text emptied
 * is sent as "" (the API clears it); a 停止经营日期 filled in ends the unit's operation.
 */
export function toUpdateOrganizationInput(
  before: OrganizationShown,
  values: OrganizationFormValues,
): UpdateOrganizationInput {
  const was = organizationFormValues(before);
  const input: UpdateOrganizationInput = { id: before.id };
  if (text(values.name) !== text(was.name)) input.name = text(values.name);
  if (text(values.creditCode) !== text(was.creditCode)) input.creditCode = text(values.creditCode);
  if (text(values.industry) !== text(was.industry)) input.industry = text(values.industry);
  if ((values.subtype ?? null) !== was.subtype) input.subtype = values.subtype ?? "";
  const aboveScale = values.category === "NON_PUBLIC_ENTERPRISE" && values.aboveScale;
  if (aboveScale !== was.aboveScale) input.aboveScale = aboveScale;
  if (values.eligible !== was.eligible) input.eligible = values.eligible;
  if (values.legalRepresentativeIsMember !== was.legalRepresentativeIsMember) {
    input.legalRepresentativeIsMember = values.legalRepresentativeIsMember;
  }
  if (values.formalMemberCount !== was.formalMemberCount) input.formalMemberCount = values.formalMemberCount;
  if (values.probationaryMemberCount !== was.probationaryMemberCount) {
    input.probationaryMemberCount = values.probationaryMemberCount;
  }
  if (values.employeeCount !== null && values.employeeCount !== was.employeeCount) {
    input.employeeCount = values.employeeCount;
  }
  const ceasedOn = optionalText(values.ceasedOn);
  if (ceasedOn !== null && ceasedOn !== optionalText(was.ceasedOn)) input.ceasedOn = ceasedOn;
  // Eligibility and above-scale have dates: earlier days keep the old values.
  const effectiveOn = optionalText(values.effectiveOn);
  if (effectiveOn !== null && ("aboveScale" in input || "eligible" in input)) input.effectiveOn = effectiveOn;
  return input;
}

/** Whether an edit changes the flags that have dates (规模以上, 具备条件): then it asks from when. */
export function changesStatus(
  before: OrganizationShown,
  values: Pick<OrganizationFormValues, "category" | "aboveScale" | "eligible">,
): boolean {
  const aboveScale = values.category === "NON_PUBLIC_ENTERPRISE" && values.aboveScale;
  return aboveScale !== before.aboveScale || values.eligible !== before.eligible;
}

// --- affiliation (挂靠) ----------------------------------------------------------------------

/** 挂靠党组织: the unit that has the branch, then the branch, and the first day. */
export interface AffiliateFormValues {
  hostId: string | undefined;
  branchId: string | undefined;
  from: string;
}

export const AFFILIATE_FIELDS: readonly (keyof AffiliateFormValues & string)[] = ["branchId", "from"];

/** Whether an edit changes anything. */
export const changesAnything = (input: UpdateOrganizationInput): boolean => Object.keys(input).length > 1;

// --- branches -------------------------------------------------------------------------------

export interface FoundBranchFormValues {
  name: string;
  formation: Formation;
  /** null: the level the member count calls for. */
  level: BranchLevel | null;
  formalMemberCount: number;
  committeeSize: number | null;
  secretaryName: string;
  foundedOn: string;
}

export const FOUND_BRANCH_FIELDS: readonly (keyof FoundBranchFormValues & string)[] = [
  "name",
  "formation",
  "level",
  "formalMemberCount",
  "committeeSize",
  "secretaryName",
  "foundedOn",
];

export function toFoundBranchInput(
  values: FoundBranchFormValues,
  organizationIds: readonly string[],
): FoundBranchInput {
  const input: FoundBranchInput = {
    name: text(values.name),
    formation: values.formation,
    formalMemberCount: values.formalMemberCount,
    foundedOn: values.foundedOn,
    organizationIds: [...organizationIds],
  };
  if (values.level) input.level = values.level;
  if (values.committeeSize !== null && values.committeeSize !== undefined) input.committeeSize = values.committeeSize;
  const secretary = optionalText(values.secretaryName);
  if (secretary !== null) input.secretaryName = secretary;
  return input;
}

/** A unit the branch would cover, as the formation rules see it. */
export interface UnitFacts {
  readonly id: string;
  readonly name: string;
  readonly countyCode: string;
  readonly category: OrganizationCategory;
  readonly formalMemberCount: number;
  readonly parkId: string | null;
  readonly industry: string | null;
}

export interface Advice {
  readonly field: string | null;
  readonly message: string;
}

/** The formation rules' verdict on the form as filled in, before it is sent (the server decides). */
export function branchAdvice(
  values: Partial<FoundBranchFormValues>,
  units: readonly UnitFacts[],
): { errors: Advice[]; warnings: Advice[] } {
  if (!values.formation || typeof values.formalMemberCount !== "number") return { errors: [], warnings: [] };
  const verdict = validateBranch({
    formation: values.formation,
    level: values.level ?? null,
    formalMemberCount: values.formalMemberCount,
    committeeSize: values.committeeSize ?? null,
    units,
  });
  const show = (f: { field?: readonly string[] | null; message: string }): Advice => ({
    field: f.field?.[0] ?? null,
    message: f.message,
  });
  return { errors: verdict.errors.map(show), warnings: verdict.warnings.map(show) };
}

export interface UpdateBranchFormValues {
  effectiveOn: string;
  formalMemberCount: number | null;
  level: BranchLevel | null;
  committeeSize: number | null;
  secretaryName: string;
}

export const UPDATE_BRANCH_FIELDS: readonly (keyof UpdateBranchFormValues & string)[] = [
  "effectiveOn",
  "formalMemberCount",
  "level",
  "committeeSize",
  "secretaryName",
];

/** A change from a day on: only what differs from the branch as it is. */
export function toUpdateBranchInput(
  branch: {
    id: string;
    level: BranchLevel;
    formalMemberCount: number;
    committeeSize?: number | null;
    secretaryName?: string | null;
  },
  values: UpdateBranchFormValues,
): UpdateBranchInput {
  const input: UpdateBranchInput = { branchId: branch.id, effectiveOn: values.effectiveOn };
  if (values.formalMemberCount !== null && values.formalMemberCount !== branch.formalMemberCount) {
    input.formalMemberCount = values.formalMemberCount;
  }
  if (values.level && values.level !== branch.level) input.level = values.level;
  const committee = values.committeeSize ?? 0;
  if (committee !== (branch.committeeSize ?? 0)) input.committeeSize = committee;
  const secretary = text(values.secretaryName);
  if (secretary !== "" && secretary !== text(branch.secretaryName)) input.secretaryName = secretary;
  return input;
}

export interface DispatchLiaisonFormValues {
  name: string;
  kind: "LIAISON" | "INSTRUCTOR";
  title: string;
  phone: string;
  from: string;
}

export const DISPATCH_LIAISON_FIELDS: readonly (keyof DispatchLiaisonFormValues & string)[] = [
  "name",
  "kind",
  "title",
  "phone",
  "from",
];

export function toDispatchLiaisonInput(
  values: DispatchLiaisonFormValues,
  countyCode: string,
  organizationIds: readonly string[],
): DispatchLiaisonInput {
  const input: DispatchLiaisonInput = {
    countyCode,
    name: text(values.name),
    kind: values.kind,
    from: values.from,
    organizationIds: [...organizationIds],
  };
  const title = optionalText(values.title);
  if (title !== null) input.title = title;
  const phone = optionalText(values.phone);
  if (phone !== null) input.phone = phone;
  return input;
}

/** Today in China (the ledger's days are Beijing days), YYYY-MM-DD. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * May the signed-in user write this county's ledger: WRITE_LEDGER (the server's table), and the
 * county in its scope (a city-wide writer anywhere, a county's writer in its own county).
 */
export function mayWriteLedger(
  viewer: { readonly capabilities: readonly string[] },
  scope: { readonly kind: "CITY" } | { readonly kind: "COUNTY"; readonly countyCode: string },
  countyCode: string,
): boolean {
  if (!viewer.capabilities.includes("WRITE_LEDGER")) return false;
  return scope.kind === "CITY" || (scope.countyCode !== "" && scope.countyCode === countyCode);
}
