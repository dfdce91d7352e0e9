/**
 * The rules on an organization's own ledger values (domain.md §6): what a unit's record must hold,
 * whatever else is on the ledger. Uniqueness and parks are checked against the ledger by the server.
 */
import { validateCreditCode } from "./credit-code.js";
import { type IsoDate, parseValidity } from "./dates.js";
import { categoryOfSubtype, isCountyCode, type OrganizationCategory } from "./hierarchy.js";
import { type Finding, type Verdict, verdict } from "./result.js";

/** Largest member or employee count the ledger accepts (a typing error beyond it, not a unit). */
export const MAX_COUNT = 10_000_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_INDUSTRY_LENGTH = 64;

export type OrganizationRuleCode =
  | "NAME_REQUIRED"
  | "NAME_TOO_LONG"
  | "CREDIT_CODE_INVALID"
  | "CREDIT_CODE_ADVICE"
  | "UNKNOWN_COUNTY"
  | "UNKNOWN_SUBTYPE"
  | "SUBTYPE_OF_OTHER_CATEGORY"
  | "ABOVE_SCALE_ONLY_ENTERPRISES"
  | "COUNT_OUT_OF_RANGE"
  | "INDUSTRY_TOO_LONG"
  | "ADDED_IN_FUTURE"
  | "CEASED_IN_FUTURE"
  | "CEASED_BEFORE_ADDED";

export interface OrganizationValues {
  readonly name: string;
  readonly creditCode: string | null;
  readonly category: OrganizationCategory;
  readonly subtype: string | null;
  readonly countyCode: string;
  readonly aboveScale: boolean;
  readonly employeeCount: number | null;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount: number;
  readonly industry: string | null;
  readonly addedOn: IsoDate;
  readonly ceasedOn: IsoDate | null;
}

/**
 * Checks a unit's values. Errors block the change; warnings advise (a credit code with a bad check
 * character or a legacy number can still be recorded, §6).
 */
export function validateOrganization(v: OrganizationValues, today: IsoDate): Verdict<OrganizationRuleCode> {
  const errors: Finding<OrganizationRuleCode>[] = [];
  const warnings: Finding<OrganizationRuleCode>[] = [];
  const at = (name: string) => [name];
  if (v.name.trim() === "") errors.push({ code: "NAME_REQUIRED", message: "单位名称不能为空", field: at("name") });
  if (v.name.length > MAX_NAME_LENGTH) {
    errors.push({ code: "NAME_TOO_LONG", message: `单位名称最多${MAX_NAME_LENGTH}个字符`, field: at("name") });
  }
  if (v.creditCode !== null) {
    const code = validateCreditCode(v.creditCode);
    for (const e of code.errors)
      errors.push({ code: "CREDIT_CODE_INVALID", message: e.message, field: at("creditCode") });
    for (const w of code.warnings) {
      warnings.push({ code: "CREDIT_CODE_ADVICE", message: `[${w.code}] ${w.message}`, field: at("creditCode") });
    }
  }
  if (!isCountyCode(v.countyCode)) {
    errors.push({ code: "UNKNOWN_COUNTY", message: `未知的县（市）区代码：${v.countyCode}`, field: at("countyCode") });
  }
  if (v.subtype !== null) {
    const category = categoryOfSubtype(v.subtype);
    if (category === undefined) {
      errors.push({ code: "UNKNOWN_SUBTYPE", message: `未知的单位类型：${v.subtype}`, field: at("subtype") });
    } else if (category !== v.category) {
      errors.push({ code: "SUBTYPE_OF_OTHER_CATEGORY", message: "单位类型与单位类别不符", field: at("subtype") });
    }
  }
  if (v.aboveScale && v.category !== "NON_PUBLIC_ENTERPRISE") {
    errors.push({
      code: "ABOVE_SCALE_ONLY_ENTERPRISES",
      message: "只有非公有制经济组织有规模以上之分",
      field: at("aboveScale"),
    });
  }
  for (const key of ["employeeCount", "formalMemberCount", "probationaryMemberCount"] as const) {
    const n = v[key];
    if (n !== null && (!Number.isSafeInteger(n) || n < 0 || n > MAX_COUNT)) {
      errors.push({ code: "COUNT_OUT_OF_RANGE", message: `人数须为0至${MAX_COUNT}的整数`, field: at(key) });
    }
  }
  if (v.industry !== null && v.industry.length > MAX_INDUSTRY_LENGTH) {
    errors.push({ code: "INDUSTRY_TOO_LONG", message: `行业最多${MAX_INDUSTRY_LENGTH}个字符`, field: at("industry") });
  }
  if (v.addedOn > today) {
    errors.push({ code: "ADDED_IN_FUTURE", message: `纳入台账日期不能晚于今天（${today}）`, field: at("addedOn") });
  }
  if (v.ceasedOn !== null) {
    if (v.ceasedOn > today) {
      errors.push({ code: "CEASED_IN_FUTURE", message: `停止经营日期不能晚于今天（${today}）`, field: at("ceasedOn") });
    } else if (!parseValidity(v.addedOn, v.ceasedOn).ok) {
      errors.push({
        code: "CEASED_BEFORE_ADDED",
        message: `停止经营日期须晚于纳入台账日期（${v.addedOn}）`,
        field: at("ceasedOn"),
      });
    }
  }
  return verdict(errors, warnings);
}
