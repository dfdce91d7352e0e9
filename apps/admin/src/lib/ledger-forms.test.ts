import { describe, expect, it } from "vitest";
import {
  branchAdvice,
  changesAnything,
  changesStatus,
  EMPTY_ORGANIZATION,
  mayWriteLedger,
  type OrganizationShown,
  organizationFormValues,
  toCreateOrganizationInput,
  toDispatchLiaisonInput,
  todayInChina,
  toFoundBranchInput,
  toUpdateBranchInput,
  toUpdateOrganizationInput,
  type UnitFacts,
} from "./ledger-forms";

const shown: OrganizationShown = {
  id: "T3JnOjE=",
  name: "调兵山市某机械有限公司",
  creditCode: "91211281MA0XXXXXX1",
  category: "NON_PUBLIC_ENTERPRISE",
  subtype: "PRIVATE",
  industry: "制造业",
  employeeCount: 120,
  aboveScale: true,
  eligible: true,
  formalMemberCount: 4,
  probationaryMemberCount: 1,
  legalRepresentativeIsMember: false,
  addedOn: "2023-05-31",
  ceasedOn: null,
};

describe("toCreateOrganizationInput", () => {
  it("trims text and leaves empty optional fields out", () => {
    const input = toCreateOrganizationInput(
      { ...EMPTY_ORGANIZATION, name: "  新公司 ", creditCode: " ", industry: "", formalMemberCount: 2 },
      "211281",
    );
    expect(input).toEqual({
      countyCode: "211281",
      name: "新公司",
      category: "NON_PUBLIC_ENTERPRISE",
      aboveScale: false,
      formalMemberCount: 2,
      probationaryMemberCount: 0,
      eligible: true,
      legalRepresentativeIsMember: false,
    });
  });

  it("sends what is filled in, and never 规模以上 for a social organization", () => {
    const input = toCreateOrganizationInput(
      {
        ...EMPTY_ORGANIZATION,
        name: "律所",
        category: "SOCIAL_ORGANIZATION",
        subtype: "LAW_FIRM",
        aboveScale: true,
        employeeCount: 12,
        industry: "法律服务",
        addedOn: "2026-11-01",
      },
      "211281",
    );
    expect(input).toMatchObject({
      aboveScale: false,
      subtype: "LAW_FIRM",
      employeeCount: 12,
      industry: "法律服务",
      addedOn: "2026-11-01",
    });
  });
});

describe("toUpdateOrganizationInput", () => {
  it("sends the effective day with a change of 规模以上 or 具备条件 only", () => {
    const values = { ...organizationFormValues(shown), aboveScale: false, effectiveOn: "2023-05-01" };
    expect(changesStatus(shown, values)).toBe(true);
    expect(toUpdateOrganizationInput(shown, values)).toEqual({
      id: shown.id,
      aboveScale: false,
      effectiveOn: "2023-05-01",
    });
    // Without a day the server takes today; without a change of the flags no day is sent.
    expect(toUpdateOrganizationInput(shown, { ...values, effectiveOn: " " })).toEqual({
      id: shown.id,
      aboveScale: false,
    });
    const members = { ...organizationFormValues(shown), formalMemberCount: 5, effectiveOn: "2023-05-01" };
    expect(changesStatus(shown, members)).toBe(false);
    expect(toUpdateOrganizationInput(shown, members)).toEqual({ id: shown.id, formalMemberCount: 5 });
  });

  it("sends only what changed", () => {
    const values = { ...organizationFormValues(shown), formalMemberCount: 6, name: "调兵山市某机械有限公司 " };
    const input = toUpdateOrganizationInput(shown, values);
    expect(input).toEqual({ id: shown.id, formalMemberCount: 6 });
    expect(changesAnything(input)).toBe(true);
    expect(changesAnything(toUpdateOrganizationInput(shown, organizationFormValues(shown)))).toBe(false);
  });

  it("clears an emptied optional text with an empty string", () => {
    const input = toUpdateOrganizationInput(shown, {
      ...organizationFormValues(shown),
      industry: "  ",
      creditCode: "",
      subtype: null,
    });
    expect(input).toEqual({ id: shown.id, industry: "", creditCode: "", subtype: "" });
  });

  it("ends the operation with 停止经营日期, once", () => {
    expect(toUpdateOrganizationInput(shown, { ...organizationFormValues(shown), ceasedOn: "2026-11-20" })).toEqual({
      id: shown.id,
      ceasedOn: "2026-11-20",
    });
    const ceased = { ...shown, ceasedOn: "2026-11-20" };
    expect(toUpdateOrganizationInput(ceased, organizationFormValues(ceased))).toEqual({ id: shown.id });
  });
});

const unit: UnitFacts = {
  id: "1",
  name: "某公司",
  countyCode: "211281",
  category: "NON_PUBLIC_ENTERPRISE",
  formalMemberCount: 2,
  parkId: null,
  industry: null,
};

describe("branches", () => {
  it("maps the found form, level and committee only when given", () => {
    expect(
      toFoundBranchInput(
        {
          name: " 中共某公司支部委员会 ",
          formation: "STANDALONE",
          level: null,
          formalMemberCount: 5,
          committeeSize: null,
          secretaryName: "",
          foundedOn: "2026-11-28",
        },
        ["a"],
      ),
    ).toEqual({
      name: "中共某公司支部委员会",
      formation: "STANDALONE",
      formalMemberCount: 5,
      foundedOn: "2026-11-28",
      organizationIds: ["a"],
    });
  });

  it("shows the domain's formation errors before submit: a standalone branch needs 3 formal members", () => {
    const advice = branchAdvice({ formation: "STANDALONE", formalMemberCount: 2, level: null }, [unit]);
    expect(advice.errors.length).toBeGreaterThan(0);
    expect(advice.errors.map((e) => e.message).join()).toMatch(/3/);
    const fine = branchAdvice({ formation: "STANDALONE", formalMemberCount: 5 }, [{ ...unit, formalMemberCount: 5 }]);
    expect(fine.errors).toEqual([]);
  });

  it("warns of a 党支部 above 50 members without blocking it", () => {
    const advice = branchAdvice({ formation: "STANDALONE", formalMemberCount: 60, level: "BRANCH" }, [
      { ...unit, formalMemberCount: 60 },
    ]);
    expect(advice.errors).toEqual([]);
    expect(advice.warnings.length).toBeGreaterThan(0);
  });

  it("says nothing while the form is incomplete", () => {
    expect(branchAdvice({}, [unit])).toEqual({ errors: [], warnings: [] });
  });

  it("maps an adjustment to what differs from the branch", () => {
    const branch = {
      id: "b",
      level: "BRANCH" as const,
      formalMemberCount: 5,
      committeeSize: null,
      secretaryName: "张三",
    };
    expect(
      toUpdateBranchInput(branch, {
        effectiveOn: "2026-11-01",
        formalMemberCount: 60,
        level: "GENERAL_BRANCH",
        committeeSize: 5,
        secretaryName: "张三",
      }),
    ).toEqual({
      branchId: "b",
      effectiveOn: "2026-11-01",
      formalMemberCount: 60,
      level: "GENERAL_BRANCH",
      committeeSize: 5,
    });
    expect(
      toUpdateBranchInput(branch, {
        effectiveOn: "2026-11-01",
        formalMemberCount: 5,
        level: "BRANCH",
        committeeSize: null,
        secretaryName: " ",
      }),
    ).toEqual({ branchId: "b", effectiveOn: "2026-11-01" });
  });
});

describe("liaisons", () => {
  it("maps the dispatch form", () => {
    expect(
      toDispatchLiaisonInput(
        { name: " 李四 ", kind: "INSTRUCTOR", title: "", phone: "024-1", from: "2026-11-28" },
        "211281",
        ["o"],
      ),
    ).toEqual({
      countyCode: "211281",
      name: "李四",
      kind: "INSTRUCTOR",
      from: "2026-11-28",
      phone: "024-1",
      organizationIds: ["o"],
    });
  });
});

describe("mayWriteLedger", () => {
  const writer = { capabilities: ["WRITE_LEDGER", "READ_HISTORY"] };
  it("lets a city-wide writer write anywhere and a county's writer only its own county", () => {
    expect(mayWriteLedger(writer, { kind: "CITY" }, "211281")).toBe(true);
    expect(mayWriteLedger(writer, { kind: "COUNTY", countyCode: "211281" }, "211281")).toBe(true);
    expect(mayWriteLedger(writer, { kind: "COUNTY", countyCode: "211281" }, "211221")).toBe(false);
    expect(mayWriteLedger(writer, { kind: "COUNTY", countyCode: "" }, "")).toBe(false);
  });
  it("never lets a role without WRITE_LEDGER write", () => {
    expect(mayWriteLedger({ capabilities: [] }, { kind: "CITY" }, "211281")).toBe(false);
    expect(mayWriteLedger({ capabilities: ["READ_HISTORY", "REVIEW_SITE"] }, { kind: "CITY" }, "211281")).toBe(false);
  });
});

describe("todayInChina", () => {
  it("is the Beijing day", () => {
    expect(todayInChina(new Date("2026-11-28T17:00:00Z"))).toBe("2026-11-29");
    expect(todayInChina(new Date("2026-11-28T15:59:00Z"))).toBe("2026-11-28");
  });
});
