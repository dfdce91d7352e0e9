import { describe, expect, it } from "vitest";
import { auditTime, auditValue, fieldLabel, operationLabel } from "./ledger-history";

describe("the audit trail for people", () => {
  it("names operations and fields in Chinese, unknown ones as they are", () => {
    expect(operationLabel("createOrganization")).toBe("新增组织");
    expect(operationLabel("somethingNew")).toBe("somethingNew");
    expect(fieldLabel("formalMemberCount")).toBe("正式党员");
    expect(fieldLabel("x")).toBe("x");
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
