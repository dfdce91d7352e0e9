/**
 * Plain records the services hand to the API layer, read from raw rows of either back end.
 */
import type { CoverageRole, Formation, IsoDate, OrganizationCategory } from "@liangxin/domain";
import { bool, dateValue, num } from "./sql.js";

type Row = Record<string, unknown>;
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v == null ? null : String(v));
const intOrNull = (v: unknown): number | null => (v == null ? null : Number(v));

export interface OrganizationRecord {
  readonly id: number;
  readonly name: string;
  readonly creditCode: string | null;
  readonly category: OrganizationCategory;
  readonly subtype: string | null;
  readonly countyCode: string;
  readonly parkId: number | null;
  readonly industry: string | null;
  readonly employeeCount: number | null;
  readonly aboveScale: boolean;
  readonly eligible: boolean;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount: number;
  readonly legalRepresentativeIsMember: boolean;
  readonly addedOn: IsoDate;
  readonly ceasedOn: IsoDate | null;
}

/** Column names with a prefix (for joins), computed once per prefix rather than once per value. */
function prefixed<const C extends readonly string[]>(columns: C): (prefix: string) => Record<C[number], string> {
  const cache = new Map<string, Record<C[number], string>>();
  return (prefix) => {
    let keys = cache.get(prefix);
    if (!keys) {
      keys = Object.fromEntries(columns.map((c) => [c, prefix + c])) as Record<C[number], string>;
      cache.set(prefix, keys);
    }
    return keys;
  };
}

export function organizationFromRow(r: Row, prefix = ""): OrganizationRecord {
  const k = organizationKeys(prefix);
  return {
    id: num(r[k.id]),
    name: str(r[k.name]),
    creditCode: strOrNull(r[k.credit_code]),
    category: str(r[k.category]) as OrganizationCategory,
    subtype: strOrNull(r[k.subtype]),
    countyCode: str(r[k.county_code]),
    parkId: intOrNull(r[k.park_id]),
    industry: strOrNull(r[k.industry]),
    employeeCount: intOrNull(r[k.employee_count]),
    aboveScale: bool(r[k.above_scale]),
    eligible: bool(r[k.eligible]),
    formalMemberCount: num(r[k.formal_member_count]),
    probationaryMemberCount: num(r[k.probationary_member_count]),
    legalRepresentativeIsMember: bool(r[k.legal_representative_is_member]),
    addedOn: dateValue(r[k.added_on]) as IsoDate,
    ceasedOn: dateValue(r[k.ceased_on]),
  };
}

/** Organization columns selected with a prefix, for joins: `o.id AS o_id, …`. */
export const ORGANIZATION_COLUMNS = [
  "id",
  "name",
  "credit_code",
  "category",
  "subtype",
  "county_code",
  "park_id",
  "industry",
  "employee_count",
  "above_scale",
  "eligible",
  "formal_member_count",
  "probationary_member_count",
  "legal_representative_is_member",
  "added_on",
  "ceased_on",
] as const;

const organizationKeys = prefixed(ORGANIZATION_COLUMNS);

export const selectColumns = (alias: string, columns: readonly string[], prefix = ""): string =>
  columns.map((c) => (prefix ? `${alias}.${c} AS ${prefix}${c}` : `${alias}.${c}`)).join(", ");

/** The organization columns the API reads (not the bookkeeping timestamps). */
export const ORGANIZATION_SELECT = selectColumns("o", ORGANIZATION_COLUMNS);

export interface CountyRecord {
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: string;
  readonly official: boolean;
  readonly sortOrder: number;
}

export function countyFromRow(r: Row): CountyRecord {
  return {
    code: str(r.code),
    name: str(r.name),
    fullName: str(r.full_name),
    kind: str(r.kind),
    official: bool(r.official),
    sortOrder: num(r.sort_order),
  };
}

export interface BranchRecord {
  readonly id: number;
  readonly name: string;
  readonly countyCode: string;
  readonly formation: Formation;
  readonly level: string;
  readonly foundedOn: IsoDate;
  readonly dissolvedOn: IsoDate | null;
  readonly formalMemberCount: number;
  readonly committeeSize: number | null;
  readonly secretaryName: string | null;
  readonly secretaryPhone: string | null;
}

export const BRANCH_COLUMNS = [
  "id",
  "name",
  "county_code",
  "formation",
  "level",
  "founded_on",
  "dissolved_on",
  "formal_member_count",
  "committee_size",
  "secretary_name",
  "secretary_phone",
] as const;

const branchKeys = prefixed(BRANCH_COLUMNS);

export function branchFromRow(r: Row, prefix = ""): BranchRecord {
  const k = branchKeys(prefix);
  return {
    id: num(r[k.id]),
    name: str(r[k.name]),
    countyCode: str(r[k.county_code]),
    formation: str(r[k.formation]) as Formation,
    level: str(r[k.level]),
    foundedOn: dateValue(r[k.founded_on]) as IsoDate,
    dissolvedOn: dateValue(r[k.dissolved_on]),
    formalMemberCount: num(r[k.formal_member_count]),
    committeeSize: intOrNull(r[k.committee_size]),
    secretaryName: strOrNull(r[k.secretary_name]),
    secretaryPhone: strOrNull(r[k.secretary_phone]),
  };
}

export interface BranchLinkRecord {
  readonly branch: BranchRecord;
  readonly role: CoverageRole;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface LiaisonRecord {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly countyCode: string;
  readonly title: string | null;
  readonly phone: string | null;
}

export const LIAISON_COLUMNS = ["id", "name", "kind", "county_code", "title", "phone"] as const;

const liaisonKeys = prefixed(LIAISON_COLUMNS);

export function liaisonFromRow(r: Row, prefix = ""): LiaisonRecord {
  const k = liaisonKeys(prefix);
  return {
    id: num(r[k.id]),
    name: str(r[k.name]),
    kind: str(r[k.kind]),
    countyCode: str(r[k.county_code]),
    title: strOrNull(r[k.title]),
    phone: strOrNull(r[k.phone]),
  };
}

/** A leader (领导干部) with his term; `countyCode` null for a city leader. */
export interface LeaderRecord {
  readonly id: number;
  readonly name: string;
  readonly title: string;
  readonly level: string;
  readonly countyCode: string | null;
  readonly phone: string | null;
  readonly sortOrder: number;
  readonly termStart: IsoDate | null;
  readonly termEnd: IsoDate | null;
  readonly organizationHead: boolean;
}

export function leaderFromRow(r: Row): LeaderRecord {
  return {
    id: num(r.id),
    name: str(r.name),
    title: str(r.title),
    level: str(r.level),
    countyCode: strOrNull(r.county_code),
    phone: strOrNull(r.phone),
    sortOrder: num(r.sort_order),
    termStart: dateValue(r.term_start),
    termEnd: dateValue(r.term_end),
    organizationHead: bool(r.organization_head),
  };
}

/** An industrial park with its 党工委. */
export interface ParkRecord {
  readonly id: number;
  readonly countyCode: string;
  readonly name: string;
  readonly workCommitteeName: string | null;
  readonly workCommitteeSecretary: string | null;
  readonly workCommitteePhone: string | null;
}

export function parkFromRow(r: Row): ParkRecord {
  return {
    id: num(r.id),
    countyCode: str(r.county_code),
    name: str(r.name),
    workCommitteeName: strOrNull(r.work_committee_name),
    workCommitteeSecretary: strOrNull(r.work_committee_secretary),
    workCommitteePhone: strOrNull(r.work_committee_phone),
  };
}
