import { describe, expect, it } from "vitest";
import { MAX_COUNT, type OrganizationValues, validateOrganization } from "../src/index.js";

const valid: OrganizationValues = {
  name: "辽宁留德润滑油有限公司",
  creditCode: "91350100M000100Y43",
  category: "NON_PUBLIC_ENTERPRISE",
  subtype: "PRIVATE",
  countyCode: "211281",
  aboveScale: true,
  employeeCount: 420,
  formalMemberCount: 26,
  probationaryMemberCount: 1,
  industry: "制造业",
  addedOn: "2006-07-17",
  ceasedOn: null,
};
const codes = (v: OrganizationValues, today = "2026-11-27") => validateOrganization(v, today).errors.map((e) => e.code);

describe("validateOrganization (§6)", () => {
  it("accepts a well-formed unit", () => {
    expect(validateOrganization(valid, "2026-11-27")).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it.each([
    [{ name: "  " }, "NAME_REQUIRED", "name"],
    [{ name: "名".repeat(201) }, "NAME_TOO_LONG", "name"],
    [{ creditCode: "12345" }, "CREDIT_CODE_INVALID", "creditCode"],
    [{ countyCode: "999999" }, "UNKNOWN_COUNTY", "countyCode"],
    [{ subtype: "GUILD" }, "UNKNOWN_SUBTYPE", "subtype"],
    [{ subtype: "LAW_FIRM" }, "SUBTYPE_OF_OTHER_CATEGORY", "subtype"],
    [{ category: "SOCIAL_ORGANIZATION", subtype: "SOCIAL_GROUP" }, "ABOVE_SCALE_ONLY_ENTERPRISES", "aboveScale"],
    [{ formalMemberCount: -1 }, "COUNT_OUT_OF_RANGE", "formalMemberCount"],
    [{ employeeCount: MAX_COUNT + 1 }, "COUNT_OUT_OF_RANGE", "employeeCount"],
    [{ probationaryMemberCount: 1.5 }, "COUNT_OUT_OF_RANGE", "probationaryMemberCount"],
    [{ industry: "业".repeat(65) }, "INDUSTRY_TOO_LONG", "industry"],
    [{ addedOn: "2026-11-28" }, "ADDED_IN_FUTURE", "addedOn"],
    [{ ceasedOn: "2026-11-28" }, "CEASED_IN_FUTURE", "ceasedOn"],
    [{ ceasedOn: "2006-07-17" }, "CEASED_BEFORE_ADDED", "ceasedOn"],
  ] as const)("refuses %o with %s on %s", (change, code, field) => {
    const verdict = validateOrganization({ ...valid, ...change } as OrganizationValues, "2026-11-27");
    expect(verdict.valid).toBe(false);
    expect(verdict.errors).toEqual([expect.objectContaining({ code, field: [field] })]);
  });

  it("advises on a credit code with a bad check character, and records it", () => {
    const v = validateOrganization({ ...valid, creditCode: "91350100M000100Y44" }, "2026-11-27");
    expect(v.valid).toBe(true);
    expect(v.warnings).toEqual([expect.objectContaining({ code: "CREDIT_CODE_ADVICE", field: ["creditCode"] })]);
  });

  it("lets a unit cease operating today or before, after it joined the ledger", () => {
    expect(codes({ ...valid, ceasedOn: "2026-11-27" })).toEqual([]);
    expect(codes({ ...valid, ceasedOn: "2006-07-18" })).toEqual([]);
  });
});
