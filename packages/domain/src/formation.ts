/**
 * How a party organization is formed (组建方式), domain.md §3.1: the level a member count calls for,
 * the formation a unit should take, and the validation of a proposed or recorded branch.
 */
import {
  BRANCH_LEVEL_LABELS,
  type BranchLevel,
  FORMATION_LABELS,
  type Formation,
  levelRank,
  type OrganizationCategory,
} from "./hierarchy.js";
import { type Finding, type Verdict, verdict } from "./result.js";

export interface FormationConfig {
  /** Most units one joint branch may cover: 5 by the national rule; some cities use 10. */
  readonly jointUnitCap: number;
}

export const DEFAULT_FORMATION_CONFIG: FormationConfig = { jointUnitCap: 5 };

/** Formal members a unit needs to form its own organization; also the least any branch may have. */
export const MIN_FORMAL_MEMBERS = 3;
/** A 党支部 should not exceed this many members. */
export const BRANCH_ADVISORY_MAX_MEMBERS = 50;
/** From this many formal members a branch elects a committee; below it, a secretary only. */
export const COMMITTEE_THRESHOLD = 7;

/**
 * Committee sizes by level (中国共产党基层组织选举工作条例): 支委会 3–5, never more than 7; 总支委员会
 * 5–7; 党的基层委员会 5–9, never more than 11.
 */
export const COMMITTEE_SIZES: Readonly<Record<BranchLevel, { min: number; usualMax: number; max: number }>> = {
  BRANCH: { min: 3, usualMax: 5, max: 7 },
  GENERAL_BRANCH: { min: 5, usualMax: 7, max: 7 },
  COMMITTEE: { min: 5, usualMax: 9, max: 11 },
};

/** 3–49 → 党支部, 50–99 → 党总支, 100+ → 党委; null below 3 (no organization of its own). */
export function levelForMemberCount(formalMembers: number): BranchLevel | null {
  if (formalMembers >= 100) return "COMMITTEE";
  if (formalMembers >= 50) return "GENERAL_BRANCH";
  if (formalMembers >= MIN_FORMAL_MEMBERS) return "BRANCH";
  return null;
}

/** The branch needs a committee (支委会 etc.) rather than a lone secretary. */
export function needsCommittee(formalMembers: number): boolean {
  return formalMembers >= COMMITTEE_THRESHOLD;
}

export interface UnitForFormation {
  readonly formalMemberCount: number;
  readonly parkId?: string | null;
  readonly industry?: string | null;
}

export type FormationAlternative = "REGIONAL" | "INDUSTRY" | "JOINT" | "AFFILIATE" | "LIAISON";

export type FormationRecommendation =
  | {
      readonly kind: "STANDALONE";
      readonly level: BranchLevel;
      readonly leadership: "COMMITTEE" | "SECRETARY";
      readonly reason: string;
    }
  | { readonly kind: "JOINT"; readonly alternatives: readonly FormationAlternative[]; readonly reason: string }
  | { readonly kind: "LIAISON"; readonly alternatives: readonly FormationAlternative[]; readonly reason: string };

/**
 * What a unit should do (§3.1): 3+ formal members → its own organization at the level its members call
 * for; 1–2 → a joint branch by similar trade or adjacent area (or a park/trade branch, 挂靠, a
 * liaison); none → a liaison or instructor first, a joint branch where members nearby allow.
 */
export function recommendFormation(unit: UnitForFormation): FormationRecommendation {
  const members = unit.formalMemberCount;
  const level = levelForMemberCount(members);
  if (level) {
    return {
      kind: "STANDALONE",
      level,
      leadership: needsCommittee(members) ? "COMMITTEE" : "SECRETARY",
      reason: `正式党员${members}名，应单独组建${BRANCH_LEVEL_LABELS[level]}`,
    };
  }
  const areaOrTrade: FormationAlternative[] = [];
  if (unit.parkId) areaOrTrade.push("REGIONAL");
  if (unit.industry) areaOrTrade.push("INDUSTRY");
  if (members > 0) {
    return {
      kind: "JOINT",
      alternatives: [...areaOrTrade, "AFFILIATE", "LIAISON"],
      reason: `正式党员不足${MIN_FORMAL_MEMBERS}名，按行业相近、地域相邻原则建立联合党支部`,
    };
  }
  return {
    kind: "LIAISON",
    alternatives: ["JOINT", ...areaOrTrade],
    reason: "暂无正式党员，选派党建工作联络员或指导员开展党的工作",
  };
}

// --- validation ----------------------------------------------------------------------------

export type FormationRuleCode =
  | "NO_UNITS"
  | "DUPLICATE_UNIT"
  | "UNITS_IN_DIFFERENT_COUNTIES"
  | "BRANCH_MIN_MEMBERS"
  | "STANDALONE_ONE_UNIT"
  | "STANDALONE_MIN_MEMBERS"
  | "JOINT_MIN_UNITS"
  | "JOINT_MAX_UNITS"
  | "JOINT_MIN_MEMBERS"
  | "SHOULD_FORM_OWN"
  | "REGIONAL_DIFFERENT_PARKS"
  | "INDUSTRY_DIFFERENT_INDUSTRIES"
  | "LEVEL_ABOVE_MEMBER_COUNT"
  | "LEVEL_BELOW_MEMBER_COUNT"
  | "BRANCH_OVER_50"
  | "COMMITTEE_RECOMMENDED"
  | "COMMITTEE_NOT_ALLOWED"
  | "COMMITTEE_TOO_SMALL"
  | "COMMITTEE_TOO_LARGE"
  | "COMMITTEE_ABOVE_USUAL"
  | "COMMITTEE_EXCEEDS_MEMBERS"
  | "INVALID_COUNT";

export interface UnitInBranch extends UnitForFormation {
  readonly id: string;
  readonly countyCode: string;
  readonly category?: OrganizationCategory;
  /** Display name, used in messages when given. */
  readonly name?: string;
}

export interface BranchProposal {
  readonly formation: Formation;
  /** The level asked for; when null or absent the level follows the member count. */
  readonly level?: BranchLevel | null;
  /** Formal members of the branch itself. */
  readonly formalMemberCount: number;
  /** People on the branch committee; null or absent when the branch has a secretary only. */
  readonly committeeSize?: number | null;
  /** Units the branch covers (as HOST or MEMBER; affiliations are not part of a formation). */
  readonly units: readonly UnitInBranch[];
}

export interface BranchVerdict extends Verdict<FormationRuleCode> {
  /** The level the branch takes: the one asked for, or the one its members call for. */
  readonly level: BranchLevel | null;
}

type Found = Finding<FormationRuleCode>;

const label = (u: UnitInBranch): string => u.name ?? u.id;
const isCount = (n: number | null | undefined): boolean => n == null || (Number.isSafeInteger(n) && n >= 0);

/**
 * Checks a branch against the formation rules. Errors block the change; warnings are advice
 * (a lower level than the members call for is allowed with approval; a 党支部 above 50 members).
 */
export function validateBranch(
  proposal: BranchProposal,
  config: FormationConfig = DEFAULT_FORMATION_CONFIG,
): BranchVerdict {
  const errors: Found[] = [];
  const warnings: Found[] = [];
  const { formation, units, formalMemberCount: members } = proposal;

  const badCounts = [
    ["formalMemberCount", members] as const,
    ["committeeSize", proposal.committeeSize] as const,
    ...units.map((u, i) => [`units.${i}.formalMemberCount`, u.formalMemberCount] as const),
  ].filter(([, n]) => !isCount(n));
  if (badCounts.length > 0) {
    for (const [field] of badCounts) {
      errors.push({ code: "INVALID_COUNT", message: "人数必须是非负整数", field: field.split(".") });
    }
    return { ...verdict(errors, warnings), level: null };
  }

  // Units: at least one, each once, one county.
  if (units.length === 0) {
    errors.push({ code: "NO_UNITS", message: "党组织至少覆盖一个单位", field: ["organizationIds"] });
  }
  const seen = new Set<string>();
  const duplicates = units.filter((u) => {
    const repeated = seen.has(u.id);
    seen.add(u.id);
    return repeated;
  });
  if (duplicates.length > 0) {
    errors.push({
      code: "DUPLICATE_UNIT",
      message: `同一单位重复列出：${duplicates.map(label).join("、")}`,
      field: ["organizationIds"],
      subjects: duplicates.map((u) => u.id),
    });
  }
  const counties = new Set(units.map((u) => u.countyCode));
  if (counties.size > 1) {
    errors.push({
      code: "UNITS_IN_DIFFERENT_COUNTIES",
      message: "联合、区域或行业党组织覆盖的单位须在同一县（市）区",
      field: ["organizationIds"],
    });
  }

  if (members < MIN_FORMAL_MEMBERS) {
    errors.push({
      code: "BRANCH_MIN_MEMBERS",
      message: `党组织须有正式党员${MIN_FORMAL_MEMBERS}名以上（现有${members}名）`,
      field: ["formalMemberCount"],
    });
  }

  const shouldFormOwn = (): void => {
    const big = units.filter((u) => u.formalMemberCount >= MIN_FORMAL_MEMBERS);
    if (big.length > 0) {
      warnings.push({
        code: "SHOULD_FORM_OWN",
        message: `正式党员${MIN_FORMAL_MEMBERS}名以上的单位应单独组建：${big.map(label).join("、")}`,
        subjects: big.map((u) => u.id),
      });
    }
  };

  switch (formation) {
    case "STANDALONE": {
      if (units.length > 1) {
        errors.push({
          code: "STANDALONE_ONE_UNIT",
          message: "单独组建的党组织只覆盖本单位",
          field: ["organizationIds"],
        });
      }
      const host = units[0];
      if (units.length === 1 && host && host.formalMemberCount < MIN_FORMAL_MEMBERS) {
        errors.push({
          code: "STANDALONE_MIN_MEMBERS",
          message: `单独组建须本单位有正式党员${MIN_FORMAL_MEMBERS}名以上（${label(host)}现有${host.formalMemberCount}名），可建立联合党支部`,
          field: ["organizationIds"],
          subjects: [host.id],
        });
      }
      break;
    }
    case "JOINT": {
      if (units.length > 0 && units.length < 2) {
        errors.push({ code: "JOINT_MIN_UNITS", message: "联合党支部至少覆盖2个单位", field: ["organizationIds"] });
      }
      if (units.length > config.jointUnitCap) {
        errors.push({
          code: "JOINT_MAX_UNITS",
          message: `联合党支部覆盖单位一般不超过${config.jointUnitCap}个（现有${units.length}个）`,
          field: ["organizationIds"],
        });
      }
      const total = units.reduce((sum, u) => sum + u.formalMemberCount, 0);
      if (units.length > 0 && total < MIN_FORMAL_MEMBERS) {
        errors.push({
          code: "JOINT_MIN_MEMBERS",
          message: `联合党支部覆盖单位的正式党员合计须${MIN_FORMAL_MEMBERS}名以上（现有${total}名）`,
          field: ["organizationIds"],
        });
      }
      shouldFormOwn();
      break;
    }
    case "REGIONAL":
    case "INDUSTRY": {
      shouldFormOwn();
      if (formation === "REGIONAL" && new Set(units.map((u) => u.parkId ?? null)).size > 1) {
        warnings.push({ code: "REGIONAL_DIFFERENT_PARKS", message: "区域党组织覆盖的单位不在同一园区或市场" });
      }
      if (formation === "INDUSTRY" && new Set(units.map((u) => u.industry ?? null)).size > 1) {
        warnings.push({ code: "INDUSTRY_DIFFERENT_INDUSTRIES", message: "行业党组织覆盖的单位不属同一行业" });
      }
      break;
    }
  }

  // Level by members: a lower level with approval (warning); a higher one is not allowed.
  const byCount = levelForMemberCount(members);
  const level = proposal.level ?? byCount;
  if (proposal.level && byCount) {
    const asked = levelRank(proposal.level);
    const due = levelRank(byCount);
    if (asked > due) {
      errors.push({
        code: "LEVEL_ABOVE_MEMBER_COUNT",
        message: `正式党员${members}名，不足以设立${BRANCH_LEVEL_LABELS[proposal.level]}（应为${BRANCH_LEVEL_LABELS[byCount]}）`,
        field: ["level"],
      });
    } else if (asked < due) {
      warnings.push({
        code: "LEVEL_BELOW_MEMBER_COUNT",
        message: `正式党员${members}名，一般应设立${BRANCH_LEVEL_LABELS[byCount]}；设立${BRANCH_LEVEL_LABELS[proposal.level]}须经上级党组织批准`,
        field: ["level"],
      });
    }
  }
  if (level === "BRANCH" && members > BRANCH_ADVISORY_MAX_MEMBERS) {
    warnings.push({
      code: "BRANCH_OVER_50",
      message: `党支部党员一般不超过${BRANCH_ADVISORY_MAX_MEMBERS}名（现有${members}名），宜分设或升格为党总支`,
      field: ["formalMemberCount"],
    });
  }

  // Committee or secretary.
  if (level && members >= MIN_FORMAL_MEMBERS)
    checkCommittee(level, members, proposal.committeeSize ?? null, errors, warnings);

  return { ...verdict(errors, warnings), level: level ?? null };
}

function checkCommittee(
  level: BranchLevel,
  members: number,
  committeeSize: number | null,
  errors: Found[],
  warnings: Found[],
): void {
  const sizes = COMMITTEE_SIZES[level];
  const name = level === "BRANCH" ? "支部委员会" : level === "GENERAL_BRANCH" ? "总支部委员会" : "党委委员会";
  const field = ["committeeSize"];
  if (!needsCommittee(members)) {
    if (committeeSize != null && committeeSize > 0) {
      errors.push({
        code: "COMMITTEE_NOT_ALLOWED",
        message: `正式党员不足${COMMITTEE_THRESHOLD}名的党组织不设委员会，只设书记1名`,
        field,
      });
    }
    return;
  }
  if (committeeSize == null || committeeSize === 0) {
    warnings.push({
      code: "COMMITTEE_RECOMMENDED",
      message: `正式党员${COMMITTEE_THRESHOLD}名以上，应设立${name}（${sizes.min}至${sizes.usualMax}人）`,
      field,
    });
    return;
  }
  if (committeeSize > members) {
    errors.push({ code: "COMMITTEE_EXCEEDS_MEMBERS", message: `委员人数（${committeeSize}）超过正式党员人数`, field });
  } else if (committeeSize < sizes.min) {
    errors.push({ code: "COMMITTEE_TOO_SMALL", message: `${name}委员不少于${sizes.min}人`, field });
  } else if (committeeSize > sizes.max) {
    errors.push({ code: "COMMITTEE_TOO_LARGE", message: `${name}委员最多不超过${sizes.max}人`, field });
  } else if (committeeSize > sizes.usualMax) {
    warnings.push({
      code: "COMMITTEE_ABOVE_USUAL",
      message: `${name}委员一般为${sizes.min}至${sizes.usualMax}人`,
      field,
    });
  }
}

/** Display name of a formation and level, e.g. 联合组建的党支部. */
export function describeBranch(formation: Formation, level: BranchLevel): string {
  return `${FORMATION_LABELS[formation]}的${BRANCH_LEVEL_LABELS[level]}`;
}

// --- affiliation (挂靠) ----------------------------------------------------------------------

export type AffiliationRuleCode =
  | "AFFILIATE_SHOULD_FORM_OWN"
  | "AFFILIATE_NO_MEMBERS"
  | "AFFILIATE_BRANCH_NOT_IN_FORCE"
  | "AFFILIATE_BEFORE_ADDED"
  | "AFFILIATE_ALREADY_COVERED"
  | "UNITS_IN_DIFFERENT_COUNTIES";

export interface AffiliationProposal {
  /** The unit whose members attach to the branch. */
  readonly unit: UnitInBranch & { readonly addedOn?: string | null };
  /** The existing branch it attaches to (any formation). */
  readonly branch: {
    readonly id: string;
    readonly name?: string;
    readonly countyCode: string;
    readonly foundedOn: string;
    readonly dissolvedOn?: string | null;
  };
  /** First day of the affiliation. */
  readonly on: string;
  /** The unit's coverage links (any branch, any role) in force on `on` or starting later. */
  readonly coverage: readonly {
    readonly branchId: string;
    readonly branchName?: string;
    readonly role: "HOST" | "MEMBER" | "AFFILIATED";
    readonly from: string;
    readonly to?: string | null;
  }[];
}

/**
 * 挂靠 (§3.1): "where even a joint branch is not possible, affiliate to an existing branch, or
 * dispatch a liaison". So:
 * - the unit has fewer than 3 formal members (3+ must form its own organization: an error);
 * - a unit without formal members is advised to take a liaison instead (a warning: 挂靠 attaches
 *   members to a branch);
 * - the branch exists and is in force on the first day; it lies in the unit's county;
 * - the unit is not covered by another branch then or later (one branch at a time: a unit hosts,
 *   belongs to or is affiliated to one), and the day is not before it entered the ledger.
 * An affiliated unit counts as organization-covered (coverage.ts), not as standalone.
 */
export function validateAffiliation(p: AffiliationProposal): Verdict<AffiliationRuleCode> {
  const errors: Finding<AffiliationRuleCode>[] = [];
  const warnings: Finding<AffiliationRuleCode>[] = [];
  const unit = label(p.unit);
  const branch = p.branch.name ?? p.branch.id;
  if (p.unit.formalMemberCount >= MIN_FORMAL_MEMBERS) {
    errors.push({
      code: "AFFILIATE_SHOULD_FORM_OWN",
      message: `${unit}有正式党员${p.unit.formalMemberCount}名，应单独组建党组织，不能挂靠`,
      field: ["organizationId"],
      subjects: [p.unit.id],
    });
  } else if (p.unit.formalMemberCount === 0) {
    warnings.push({
      code: "AFFILIATE_NO_MEMBERS",
      message: `${unit}暂无正式党员，一般选派党建工作联络员或指导员`,
      field: ["organizationId"],
      subjects: [p.unit.id],
    });
  }
  if (p.unit.countyCode !== p.branch.countyCode) {
    errors.push({
      code: "UNITS_IN_DIFFERENT_COUNTIES",
      message: `${unit}与「${branch}」不在同一县（市）区`,
      field: ["branchId"],
    });
  }
  if (p.on < p.branch.foundedOn || (p.branch.dissolvedOn != null && p.on >= p.branch.dissolvedOn)) {
    errors.push({
      code: "AFFILIATE_BRANCH_NOT_IN_FORCE",
      message:
        p.on < p.branch.foundedOn
          ? `「${branch}」${p.branch.foundedOn}成立，挂靠日期不能早于成立日期`
          : `「${branch}」已于${p.branch.dissolvedOn}撤销`,
      field: ["from"],
    });
  }
  if (p.unit.addedOn != null && p.on < p.unit.addedOn) {
    errors.push({
      code: "AFFILIATE_BEFORE_ADDED",
      message: `挂靠日期不能早于${unit}纳入台账的日期（${p.unit.addedOn}）`,
      field: ["from"],
    });
  }
  for (const link of p.coverage) {
    if (link.to != null && link.to <= p.on) continue;
    const other = link.branchName ?? link.branchId;
    errors.push({
      code: "AFFILIATE_ALREADY_COVERED",
      message:
        link.role === "AFFILIATED"
          ? `${unit}已挂靠「${other}」（${link.from}起），请先结束该挂靠`
          : `${unit}已由「${other}」覆盖（${link.from}起），不能再挂靠`,
      field: ["organizationId"],
      subjects: [link.branchId],
    });
  }
  return verdict(errors, warnings);
}
