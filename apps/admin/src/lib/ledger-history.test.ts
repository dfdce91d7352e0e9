import { describe, expect, it } from "vitest";
import { auditTime, auditValue, fieldLabel, operationLabel } from "./ledger-history";

describe("the audit trail for people", () => {
  it("names operations and fields in Chinese, unknown ones as they are", () => {
    expect(operationLabel("createOrganization")).toBe("新增组织");
    expect(operationLabel("somethingNew")).toBe("somethingNew");
    expect(fieldLabel("formalMemberCount")).toBe("正式党员");
    expect(fieldLabel("x")).toBe("x");
  });

  it("reads an affiliation (挂靠) and the flags' effective day", () => {
    expect(operationLabel("affiliateOrganization")).toBe("挂靠党组织");
    expect(operationLabel("endAffiliation")).toBe("结束挂靠");
    expect(fieldLabel("affiliation:12")).toBe("挂靠");
    expect(fieldLabel("statusEffectiveOn")).toBe("规模以上/具备条件生效日期");
    const value = (to: string | null) => JSON.stringify({ branch: "中共某公司支部委员会", from: "2026-05-01", to });
    expect(auditValue("affiliation:12", value(null))).toBe("中共某公司支部委员会（2026-05-01 至 今）");
    expect(auditValue("affiliation:12", value("2026-09-01"))).toBe("中共某公司支部委员会（2026-05-01 至 2026-09-01）");
    expect(auditValue("affiliation:12", null)).toBe("—");
  });

  it("reads the JSON values", () => {
    expect(auditValue("aboveScale", "true")).toBe("是");
    expect(auditValue("eligible", "false")).toBe("否");
    expect(auditValue("industry", null)).toBe("—");
    expect(auditValue("industry", "null")).toBe("—");
    expect(auditValue("industry", '"制造业"')).toBe("制造业");
    expect(auditValue("formalMemberCount", "5")).toBe("5");
    expect(auditValue("category", '"SOCIAL_ORGANIZATION"')).toBe("新社会组织");
    expect(auditValue("level", '"GENERAL_BRANCH"')).toBe("党总支");
    expect(auditValue("organizationIds", "[1,2]")).toBe("1、2");
    expect(auditValue("x", "{bad")).toBe("{bad");
  });

  it("shows instants in Beijing time", () => {
    expect(auditTime("2026-11-28T03:04:05Z")).toBe("2026-11-28 11:04");
  });
});
