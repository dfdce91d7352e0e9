/**
 * The hierarchy of domain.md §2: city → county-level reporting units → organizations (optionally in
 * a park) → party branches, and the vocabularies every other module uses.
 */

export const CITY = { code: "211200", name: "铁岭市" } as const;

export const COUNTY_KINDS = ["COUNTY", "COUNTY_CITY", "DISTRICT", "DEVELOPMENT_ZONE", "HIGH_TECH_ZONE"] as const;
export type CountyKind = (typeof COUNTY_KINDS)[number];

export const COUNTY_KIND_LABELS: Readonly<Record<CountyKind, string>> = {
  COUNTY: "县",
  COUNTY_CITY: "县级市",
  DISTRICT: "市辖区",
  DEVELOPMENT_ZONE: "经济技术开发区",
  HIGH_TECH_ZONE: "高新技术产业开发区",
};

export interface County {
  /** Six-digit code: GB/T 2260 for the seven official units, 7x codes for the two zones. */
  readonly code: string;
  readonly name: string;
  /** Full name where the short one is ambiguous (开发区 → 铁岭经济技术开发区). */
  readonly fullName: string;
  readonly kind: CountyKind;
  /** False for codes that are not national administrative-division codes (the two zones). */
  readonly official: boolean;
  /** The county-level demonstration-site quota the speech gives (§3.4). */
  readonly countySiteQuota: number;
  /** Order in which the speech and official tables list the units. */
  readonly order: number;
}

/** The nine county-level reporting units, in the order the speech lists them. */
export const COUNTIES: readonly County[] = [
  { code: "211221", name: "铁岭县", fullName: "铁岭县", kind: "COUNTY", official: true, countySiteQuota: 30, order: 1 },
  {
    code: "211282",
    name: "开原市",
    fullName: "开原市",
    kind: "COUNTY_CITY",
    official: true,
    countySiteQuota: 30,
    order: 2,
  },
  { code: "211224", name: "昌图县", fullName: "昌图县", kind: "COUNTY", official: true, countySiteQuota: 30, order: 3 },
  {
    code: "211281",
    name: "调兵山市",
    fullName: "调兵山市",
    kind: "COUNTY_CITY",
    official: true,
    countySiteQuota: 30,
    order: 4,
  },
  { code: "211223", name: "西丰县", fullName: "西丰县", kind: "COUNTY", official: true, countySiteQuota: 20, order: 5 },
  {
    code: "211202",
    name: "银州区",
    fullName: "银州区",
    kind: "DISTRICT",
    official: true,
    countySiteQuota: 20,
    order: 6,
  },
  {
    code: "211204",
    name: "清河区",
    fullName: "清河区",
    kind: "DISTRICT",
    official: true,
    countySiteQuota: 20,
    order: 7,
  },
  {
    code: "211271",
    name: "开发区",
    fullName: "铁岭经济技术开发区",
    kind: "DEVELOPMENT_ZONE",
    official: false,
    countySiteQuota: 15,
    order: 8,
  },
  {
    code: "211272",
    name: "高新区",
    fullName: "铁岭高新技术产业开发区",
    kind: "HIGH_TECH_ZONE",
    official: false,
    countySiteQuota: 5,
    order: 9,
  },
];

export const COUNTY_CODES: readonly string[] = COUNTIES.map((c) => c.code);

const COUNTY_BY_CODE = new Map(COUNTIES.map((c) => [c.code, c]));

export function findCounty(code: string): County | undefined {
  return COUNTY_BY_CODE.get(code);
}

export function isCountyCode(code: string): boolean {
  return COUNTY_BY_CODE.has(code);
}

/** City-level demonstration sites for the year (§3.4); the speech gives no split over counties. */
export const CITY_SITE_QUOTA_TOTAL = 30;
/** County-level demonstration sites for the year: the sum of the counties' quotas (200). */
export const COUNTY_SITE_QUOTA_TOTAL = COUNTIES.reduce((sum, c) => sum + c.countySiteQuota, 0);

// --- organizations -------------------------------------------------------------------------

export const ORGANIZATION_CATEGORIES = ["NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"] as const;
export type OrganizationCategory = (typeof ORGANIZATION_CATEGORIES)[number];

export const CATEGORY_LABELS: Readonly<Record<OrganizationCategory, string>> = {
  NON_PUBLIC_ENTERPRISE: "非公有制经济组织",
  SOCIAL_ORGANIZATION: "新社会组织",
};

export const ORGANIZATION_SUBTYPES = {
  NON_PUBLIC_ENTERPRISE: ["PRIVATE", "HK_MACAO_TAIWAN", "FOREIGN_INVESTED"],
  SOCIAL_ORGANIZATION: [
    "SOCIAL_GROUP",
    "FOUNDATION",
    "PRIVATE_NON_ENTERPRISE",
    "LAW_FIRM",
    "ACCOUNTING_FIRM",
    "TAX_FIRM",
  ],
} as const;

export type OrganizationSubtype =
  | (typeof ORGANIZATION_SUBTYPES.NON_PUBLIC_ENTERPRISE)[number]
  | (typeof ORGANIZATION_SUBTYPES.SOCIAL_ORGANIZATION)[number];

export const SUBTYPE_LABELS: Readonly<Record<OrganizationSubtype, string>> = {
  PRIVATE: "私营企业",
  HK_MACAO_TAIWAN: "港澳台投资企业",
  FOREIGN_INVESTED: "外商投资企业",
  SOCIAL_GROUP: "社会团体",
  FOUNDATION: "基金会",
  PRIVATE_NON_ENTERPRISE: "民办非企业单位",
  LAW_FIRM: "律师事务所",
  ACCOUNTING_FIRM: "会计师事务所",
  TAX_FIRM: "税务师事务所",
};

/** The category a subtype belongs to, or undefined for an unknown subtype. */
export function categoryOfSubtype(subtype: string): OrganizationCategory | undefined {
  for (const category of ORGANIZATION_CATEGORIES) {
    if ((ORGANIZATION_SUBTYPES[category] as readonly string[]).includes(subtype)) return category;
  }
  return undefined;
}

export const OPERATING_STATUSES = ["OPERATING", "CEASED"] as const;
export type OperatingStatus = (typeof OPERATING_STATUSES)[number];

// --- branches ------------------------------------------------------------------------------

/** 党委, 党总支, 党支部, from the highest level down. */
export const BRANCH_LEVELS = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"] as const;
export type BranchLevel = (typeof BRANCH_LEVELS)[number];

export const BRANCH_LEVEL_LABELS: Readonly<Record<BranchLevel, string>> = {
  COMMITTEE: "党委",
  GENERAL_BRANCH: "党总支",
  BRANCH: "党支部",
};

/** Rank of a level: 党支部 1, 党总支 2, 党委 3. */
export function levelRank(level: BranchLevel): number {
  return level === "BRANCH" ? 1 : level === "GENERAL_BRANCH" ? 2 : 3;
}

export const FORMATIONS = ["STANDALONE", "JOINT", "REGIONAL", "INDUSTRY"] as const;
export type Formation = (typeof FORMATIONS)[number];

export const FORMATION_LABELS: Readonly<Record<Formation, string>> = {
  STANDALONE: "单独组建",
  JOINT: "联合组建",
  REGIONAL: "区域组建",
  INDUSTRY: "行业组建",
};

/** A unit's role in a branch that covers it. */
export const COVERAGE_ROLES = ["HOST", "MEMBER", "AFFILIATED"] as const;
export type CoverageRole = (typeof COVERAGE_ROLES)[number];

export const COVERAGE_ROLE_LABELS: Readonly<Record<CoverageRole, string>> = {
  HOST: "本单位",
  MEMBER: "成员单位",
  AFFILIATED: "挂靠",
};

/** The role a unit takes in a branch of the given formation when it is not merely affiliated. */
export function defaultRoleFor(formation: Formation): CoverageRole {
  return formation === "STANDALONE" ? "HOST" : "MEMBER";
}

// --- liaisons ------------------------------------------------------------------------------

export const LIAISON_KINDS = ["LIAISON", "INSTRUCTOR"] as const;
export type LiaisonKind = (typeof LIAISON_KINDS)[number];

export const LIAISON_KIND_LABELS: Readonly<Record<LiaisonKind, string>> = {
  LIAISON: "党建工作联络员",
  INSTRUCTOR: "党建工作指导员",
};

// --- demonstration sites and leaders -------------------------------------------------------

export const SITE_LEVELS = ["CITY", "COUNTY"] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];

export const SITE_LEVEL_LABELS: Readonly<Record<SiteLevel, string>> = { CITY: "市级", COUNTY: "县级" };

export const LEADER_LEVELS = ["CITY", "COUNTY"] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];

export const LEADER_LEVEL_LABELS: Readonly<Record<LeaderLevel, string>> = {
  CITY: "副市级以上",
  COUNTY: "副县级以上",
};
