/**
 * The audit trail of a unit or a branch, for people: the operation and field names in Chinese and
 * the JSON values as they read (是/否, labels of the enums, — for none).
 */
import { BRANCH_LEVEL_LABELS, CATEGORY_LABELS, FORMATION_LABELS, subtypeLabel } from "./labels";

export const OPERATION_LABELS: Readonly<Record<string, string>> = {
  createOrganization: "新增组织",
  updateOrganization: "编辑组织",
  ceaseOrganization: "停止经营",
  importOrganizations: "Excel 导入",
  foundBranch: "成立党组织",
  updateBranch: "调整党组织",
  dissolveBranch: "撤销党组织",
  dispatchLiaison: "选派联络员",
  endLiaisonAssignment: "结束派驻",
  affiliateOrganization: "挂靠党组织",
  endAffiliation: "结束挂靠",
};

export const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "名称",
  creditCode: "统一社会信用代码",
  category: "类别",
  subtype: "单位类型",
  countyCode: "县（市）区代码",
  parkId: "园区",
  industry: "行业",
  employeeCount: "从业人员",
  aboveScale: "规模以上",
  eligible: "具备开展党建工作条件",
  formalMemberCount: "正式党员",
  probationaryMemberCount: "预备党员",
  legalRepresentativeIsMember: "法定代表人是党员",
  addedOn: "纳入台账日期",
  ceasedOn: "停止经营日期",
  level: "层级",
  formation: "组建方式",
  committeeSize: "支委会人数",
  secretaryName: "书记",
  foundedOn: "成立日期",
  dissolvedOn: "撤销日期",
  effectiveOn: "生效日期",
  statusEffectiveOn: "规模以上/具备条件生效日期",
  reason: "原因",
  organizationIds: "覆盖单位",
  units: "覆盖单位",
};

export const operationLabel = (operation: string): string => OPERATION_LABELS[operation] ?? operation;
/** A field's label; an affiliation's key (`affiliation:<branch>`) reads 挂靠. */
export const fieldLabel = (field: string): string =>
  FIELD_LABELS[field] ?? (field.startsWith("affiliation:") ? "挂靠" : field);

const ENUM_VALUES: Readonly<Record<string, (value: string) => string | null>> = {
  category: (v) => (CATEGORY_LABELS as Readonly<Record<string, string>>)[v] ?? null,
  subtype: (v) => subtypeLabel(v),
  level: (v) => (BRANCH_LEVEL_LABELS as Readonly<Record<string, string>>)[v] ?? null,
  formation: (v) => (FORMATION_LABELS as Readonly<Record<string, string>>)[v] ?? null,
};

/** A value of the audit trail (JSON text, or null) as it reads for this field. */
export function auditValue(field: string, json: string | null): string {
  if (json === null) return "—";
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "—";
    if (typeof v === "boolean") return v ? "是" : "否";
    if (typeof v === "string") return ENUM_VALUES[field]?.(v) ?? v;
    if (typeof v === "number") return String(v);
    if (Array.isArray(v)) return v.length === 0 ? "—" : v.map(show).join("、");
    const affiliation = v as { branch?: unknown; from?: unknown; to?: unknown };
    if (field.startsWith("affiliation:") && typeof affiliation.branch === "string") {
      return `${affiliation.branch}（${String(affiliation.from)} 至 ${affiliation.to ? String(affiliation.to) : "今"}）`;
    }
    return JSON.stringify(v);
  };
  return show(value);
}

/** An instant of the trail in Beijing time, YYYY-MM-DD HH:mm. */
export function auditTime(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Date(t + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}
